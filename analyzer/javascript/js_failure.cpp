#include "javascript/js_failure.h"

#include <algorithm>
#include <set>

#include "core/function_environment.h"
#include "core/message_excerpt.h"
#include "javascript/js_environment.h"
#include "javascript/js_resolve.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// True when `node` reads a variable of the environment, which may be
/// unset: `process.env.X`, `env['X']` of an alias, or a `const` holding
/// one (`const arn = process.env.BUCKET_ARN`, `const { ARN } =
/// process.env`).
bool reads_variable(const JsModule &module, TSNode node,
                    const std::vector<std::string> &set, int depth = 0) {
  const JsTree &tree = module.tree();
  node = unwrap_expression(node);
  if ((is(node, "member_expression") || is(node, "subscript_expression")) &&
      is_environment_object(module, field(node, "object"))) {
    std::optional<std::string> name =
        is(node, "member_expression")
            ? std::optional<std::string>(tree.text(field(node, "property")))
            : string_value(tree, field(node, "index"));
    return !name || (!reserved_by_lambda(*name) &&
                     std::find(set.begin(), set.end(), *name) == set.end());
  }
  if (!is(node, "identifier") || depth > 3)
    return false;
  std::string name(tree.text(node));
  std::optional<TSNode> local = local_declaration(module, node, name);
  const Binding *binding = local ? nullptr : module.binding(name);
  TSNode declarator = local ? *local : binding ? binding->site : TSNode{};
  if (!is(declarator, "variable_declarator"))
    return false;
  TSNode pattern = field(declarator, "name");
  TSNode value = field(declarator, "value");
  if (is(pattern, "identifier"))
    return !ts_node_is_null(value) &&
           reads_variable(module, value, set, depth + 1);
  // `const { ARN } = process.env` (without a default)
  if (!is(pattern, "object_pattern") || !is_environment_object(module, value))
    return false;
  auto unset = [&](std::string_view key) {
    return !reserved_by_lambda(key) &&
           std::find(set.begin(), set.end(), key) == set.end();
  };
  for (TSNode property : named_children(pattern))
    if (is(property, "shorthand_property_identifier_pattern") &&
        tree.text(property) == name)
      return unset(name);
    else if (is(property, "pair_pattern") &&
             tree.text(field(property, "value")) == name)
      return unset(tree.text(field(property, "key")));
  return false;
}

/// Calls that throw on input they cannot convert.
bool is_conversion(std::string_view callee) {
  static const std::set<std::string_view> kConversions{
      "JSON.parse", "decodeURIComponent", "decodeURI", "BigInt", "URL"};
  return kConversions.count(callee) > 0;
}

/// Why `code` may throw, or "" (construction_failure).
std::string may_throw(const JsModule &module, TSNode code,
                      const std::vector<std::string> &set) {
  const JsTree &tree = module.tree();
  std::string why;
  auto visit = [&](TSNode node) {
    if (opens_scope(node))
      return false;
    if (is(node, "member_expression") || is(node, "subscript_expression")) {
      TSNode object = field(node, "object");
      // `process.env.X?.split(':')` reads nothing of an unset variable.
      std::string_view rest =
          tree.text(node).substr(tree.text(object).size());
      if (rest.rfind("?.", 0) != 0 && reads_variable(module, object, set))
        why = "'" + std::string(tree.text(unwrap_expression(object))) +
              "' may be unset, and reading '" +
              message_excerpt(rest.substr(0, rest.find('(')), 30) +
              "' of it then throws a TypeError";
    } else if (is(node, "call_expression") || is(node, "new_expression")) {
      TSNode callee = field(node, is(node, "call_expression") ? "function"
                                                              : "constructor");
      if (is_conversion(tree.text(callee)))
        why = "a conversion ('" + std::string(tree.text(callee)) +
              "(...)') can throw";
    }
    return why.empty();
  };
  if (visit(code))
    walk_named_descendants(code, visit);
  return why;
}

/// True when `node` holds a `return` or `throw` of the function it is in.
bool can_exit(TSNode node) {
  bool found = is(node, "return_statement") || is(node, "throw_statement");
  if (!found)
    walk_named_descendants(node, [&](TSNode inner) {
      if (opens_scope(inner))
        return false;
      found = found || is(inner, "return_statement") ||
              is(inner, "throw_statement");
      return !found;
    });
  return found;
}

/// The first statement before `statement`, up to `body`, that `pick`
/// chooses, nearest first.
template <typename Pick>
TSNode statement_before(TSNode statement, TSNode body, Pick pick) {
  // The containing nodes and each block's statements found once: asking
  // tree-sitter for a parent or a previous sibling walks down from the
  // root, and a walk up from each of n nested nodes would cost n^3.
  const std::vector<TSNode> containing = treesitter::ancestors(statement, body);
  TSNode at = statement;
  for (std::size_t up = 0; up < containing.size() && !ts_node_eq(at, body);
       at = containing[up++]) {
    TSNode parent = containing[up];
    if (is_function_node(parent))
      break;
    if (!is(parent, "statement_block") && !is(parent, "switch_case") &&
        !is(parent, "switch_default"))
      continue;
    std::vector<TSNode> siblings = named_children(parent);
    auto here = std::find_if(siblings.begin(), siblings.end(),
                             [&](TSNode node) { return ts_node_eq(node, at); });
    while (here != siblings.begin())
      if (pick(*--here))
        return *here;
  }
  return {};
}

/// Calls that cannot throw whatever they are given.
bool never_throws(const JsModule &module, TSNode callee) {
  const JsTree &tree = module.tree();
  std::string_view text = tree.text(callee);
  static const std::set<std::string_view> kPlain{
      "Date.now", "String", "Number", "Boolean", "Array.isArray", "isNaN",
      "parseInt", "parseFloat", "encodeURIComponent", "Symbol"};
  if (kPlain.count(text))
    return true;
  TSNode object = is(callee, "member_expression") ? field(callee, "object")
                                                  : TSNode{};
  return is(object, "identifier") &&
         (tree.text(object) == "console" || tree.text(object) == "Math") &&
         !module.binding(std::string(tree.text(object)));
}

/// What in `statement` may throw on what the invocation was given, or a
/// null node: an `await` (a rejected promise), a call (a validation, a
/// parse, a helper of another module), a conversion, a member read of a
/// value that may be undefined (`event.Records[0].s3`, `USERS[event.user]
/// .name`), or destructuring one (`const { id } = event.detail`). A
/// construction that would fail at INIT must not move past it: the
/// invocation it ends would have answered with its own error.
TSNode may_throw_on_input(const JsModule &module, TSNode statement) {
  const JsTree &tree = module.tree();
  auto deep = [&](TSNode value) {
    value = unwrap_expression(value);
    return (is(value, "member_expression") || is(value, "subscript_expression") ||
            is(value, "call_expression")) &&
           !is_environment_object(module, value);
  };
  TSNode found{};
  auto visit = [&](TSNode node) {
    if (opens_scope(node))
      return false;
    if (is(node, "await_expression") ||
        (is(node, "call_expression") &&
         !never_throws(module, field(node, "function")) &&
         !required_module(module, node)) ||
        (is(node, "new_expression") &&
         is_conversion(tree.text(field(node, "constructor")))))
      found = node;
    else if ((is(node, "member_expression") ||
              is(node, "subscript_expression")) &&
             tree.text(node)
                     .substr(tree.text(field(node, "object")).size())
                     .rfind("?.", 0) != 0 &&
             deep(field(node, "object")))
      found = node;
    else if (is(node, "variable_declarator") &&
             (is(field(node, "name"), "object_pattern") ||
              is(field(node, "name"), "array_pattern")) &&
             deep(field(node, "value")))
      found = node;
    return ts_node_is_null(found);
  };
  if (visit(statement))
    walk_named_descendants(statement, visit);
  return found;
}

/// The function of the module `call` calls by its name, or a null node.
TSNode called_function(const JsModule &module, TSNode call) {
  TSNode callee = unwrap_expression(field(call, "function"));
  if (!is(callee, "identifier"))
    return {};
  std::string name(module.tree().text(callee));
  const Binding *binding = module.binding(name);
  return binding && binding->kind == Binding::Kind::Function &&
                 !local_declaration(module, callee, name)
             ? binding->function
             : TSNode{};
}

} // namespace

std::string caught_around(const JsTree &tree, TSNode call) {
  for (TSNode at = call, parent = ts_node_parent(call);
       !ts_node_is_null(parent) && !is_function_node(parent) &&
       !is(parent, "statement_block");
       at = parent, parent = ts_node_parent(parent)) {
    // `at.catch(...)`, `at.then(ok, failed)`
    if (!is(parent, "member_expression") ||
        !ts_node_eq(field(parent, "object"), at))
      continue;
    TSNode around = ts_node_parent(parent);
    std::string_view method = tree.text(field(parent, "property"));
    if (is(around, "call_expression") &&
        (method == "catch" ||
         (method == "then" && arguments_of(around).size() >= 2)))
      return "." + std::string(method) + "(...)";
  }
  return "";
}

std::string construction_failure(const JsModule &module, TSNode construction,
                                 const std::vector<TSNode> &along,
                                 const std::vector<std::string> &set) {
  std::string why = may_throw(module, construction, set);
  for (TSNode statement : along)
    if (why.empty())
      why = may_throw(module, statement, set);
  return why;
}

bool always_exits(TSNode statement) {
  if (is(statement, "return_statement") || is(statement, "throw_statement"))
    return true;
  if (is(statement, "statement_block")) {
    for (TSNode inner : named_children(statement))
      if (always_exits(inner))
        return true;
    return false;
  }
  if (is(statement, "if_statement")) {
    TSNode alternative = field(statement, "alternative");
    return !ts_node_is_null(alternative) &&
           always_exits(field(statement, "consequence")) &&
           always_exits(ts_node_named_child(alternative, 0));
  }
  if (is(statement, "try_statement")) {
    TSNode handler = field(statement, "handler");
    return always_exits(field(statement, "body")) &&
           (ts_node_is_null(handler) || always_exits(field(handler, "body")));
  }
  return false;
}

TSNode exit_before(TSNode statement, TSNode body) {
  return statement_before(statement, body, always_exits);
}

TSNode guard_before(const JsModule &module, TSNode statement, TSNode body) {
  return statement_before(statement, body, [&](TSNode before) {
    // A function or class declared there runs nothing.
    if (opens_scope(before))
      return false;
    if (can_exit(before))
      return true;
    // What a `try` catches does not end the function; its handler's and
    // finalizer's code may.
    if (is(before, "try_statement")) {
      for (const char *part : {"handler", "finalizer"})
        if (TSNode clause = field(before, part);
            !ts_node_is_null(clause) &&
            !ts_node_is_null(may_throw_on_input(module, clause)))
          return true;
      return false;
    }
    return !ts_node_is_null(may_throw_on_input(module, before));
  });
}

std::string guard_text(const JsTree &tree, TSNode guard) {
  std::string_view text = tree.text(guard);
  TSNode test = field(guard, is(guard, "switch_statement") ? "value"
                             : is(guard, "for_in_statement") ? "right"
                                                             : "condition");
  if (!ts_node_is_null(test))
    text = text.substr(0, ts_node_end_byte(test) - ts_node_start_byte(guard));
  return message_excerpt(text.substr(0, text.find('\n')), 60);
}

std::string answering_wrapper(const JsModule &module, TSNode function) {
  const JsTree &tree = module.tree();
  // The calls the handler is given to: as written there, or by its name.
  std::vector<TSNode> calls;
  if (TSNode around = ts_node_parent(function); is(around, "arguments"))
    calls.push_back(ts_node_parent(around));
  TSNode named = field(function, "name");
  if (ts_node_is_null(named) && is(ts_node_parent(function), "variable_declarator"))
    named = field(ts_node_parent(function), "name");
  if (is(named, "identifier")) {
    std::string name(tree.text(named));
    walk_named_descendants(tree.root(), [&](TSNode node) {
      if (is(node, "identifier") && tree.text(node) == name &&
          is(ts_node_parent(node), "arguments") &&
          !local_declaration(module, node, name))
        calls.push_back(ts_node_parent(ts_node_parent(node)));
      return true;
    });
  }
  for (TSNode call : calls) {
    if (!is(call, "call_expression"))
      continue;
    std::string callee(tree.text(field(call, "function")));
    TSNode wrapper = called_function(module, call);
    if (!ts_node_is_null(wrapper)) {
      if (tree.text(wrapper).find("catch") != std::string_view::npos)
        return "the handler is what '" + callee + "' makes of it, which "
               "catches its errors";
      continue;
    }
    // A library's, or another module's of the project, which hoist does
    // not read here.
    if (auto library = imported_name(module, field(call, "function")))
      return "the handler is what '" + callee + "' (from '" +
             library->first + "') makes of it, which may answer for its "
             "errors";
  }
  return "";
}

} // namespace hoist::javascript
