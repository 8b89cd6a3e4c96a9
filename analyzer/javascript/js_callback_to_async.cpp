#include "javascript/js_callback_to_async.h"

#include "core/own_lines.h"
#include "javascript/js_resolve.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::walk_named_descendants;

/// True for the `break` of a switch case or a bare `return`: what follows a
/// call of the callback without doing anything.
bool only_leaves(TSNode statement) {
  return is(statement, "break_statement") ||
         (is(statement, "return_statement") &&
          (ts_node_named_child_count(statement) == 0 ||
           is(ts_node_named_child(statement, 0), "comment")));
}

/// True when nothing of the handler runs after `statement`: it is the last
/// statement of its block (or followed there by a `break` or a bare
/// `return`), and so is each statement around it, up to `body`.
bool ends_the_run(TSNode statement, TSNode body) {
  for (TSNode at = statement;;) {
    TSNode parent = ts_node_parent(at);
    if (ts_node_is_null(parent))
      return false;
    bool block = is(parent, "statement_block");
    if (block || is(parent, "switch_case") || is(parent, "switch_default")) {
      for (TSNode next = ts_node_next_named_sibling(at); !ts_node_is_null(next);
           next = ts_node_next_named_sibling(next)) {
        if (is(next, "comment"))
          continue;
        if (is(next, "return_statement") && only_leaves(next))
          return true; // the handler ends there
        if (only_leaves(next))
          break;
        return false;
      }
      if (ts_node_eq(parent, body))
        return true;
    } else if (!is(parent, "if_statement") && !is(parent, "else_clause") &&
               !is(parent, "try_statement") && !is(parent, "catch_clause") &&
               !is(parent, "switch_body") && !is(parent, "switch_statement")) {
      return false; // a loop, a label, a finalizer's block, an expression
    }
    if (is(parent, "try_statement") &&
        ts_node_eq(field(parent, "finalizer"), at))
      return false;
    at = parent;
  }
}

/// What replaces a call of the callback: `return x;` for `callback(null,
/// x)`, `return;` for `callback()` or `callback(null)`, `throw e;` for
/// `callback(e)`; nothing for another shape.
std::optional<std::string> replacement(const JsTree &tree, TSNode call) {
  std::vector<TSNode> arguments;
  for (TSNode argument : arguments_of(call))
    if (!is(argument, "comment"))
      arguments.push_back(argument);
  if (arguments.size() > 2 || (!arguments.empty() &&
                               is(arguments[0], "spread_element")))
    return std::nullopt;
  bool no_error = arguments.empty() || tree.text(arguments[0]) == "null" ||
                  tree.text(arguments[0]) == "undefined";
  if (no_error)
    return arguments.size() == 2
               ? "return " + std::string(tree.text(arguments[1])) + ";"
               : std::string("return;");
  if (arguments.size() == 1)
    return "throw " + std::string(tree.text(arguments[0])) + ";";
  return std::nullopt;
}

/// The parameters of `function` as written (with their types and
/// defaults), when `parameters` (its counted ones) are three, the third a
/// plain name, and so are they; else empty.
std::vector<TSNode> three_declared(TSNode function,
                                   const std::vector<TSNode> &parameters) {
  TSNode list = field(function, "parameters");
  std::vector<TSNode> declared;
  if (parameters.size() != 3 || !is(parameters[2], "identifier") ||
      ts_node_is_null(list))
    return declared;
  for (TSNode parameter : treesitter::named_children(list))
    if (!is(parameter, "comment"))
      declared.push_back(parameter);
  if (declared.size() != 3)
    declared.clear();
  return declared;
}

} // namespace

std::optional<Fix> callback_to_async(const JsModule &module, TSNode function,
                                     const std::vector<TSNode> &parameters) {
  const JsTree &tree = module.tree();
  TSNode body = field(function, "body");
  std::vector<TSNode> declared = three_declared(function, parameters);
  if (declared.empty() || !is(body, "statement_block") ||
      !(is(function, "function_expression") || is(function, "function") ||
        is(function, "function_declaration") || is(function, "arrow_function")))
    return std::nullopt;
  std::string callback(tree.text(parameters[2]));
  Fix fix;
  bool shaped = true;
  walk_named_descendants(body, [&](TSNode node) {
    if (!shaped)
      return false;
    if (!is(node, "identifier") || tree.text(node) != callback)
      return true;
    auto declaration = local_declaration(module, node, callback);
    if (!declaration || !ts_node_eq(*declaration, function))
      return true; // another name that is spelled alike
    TSNode call = ts_node_parent(node);
    TSNode statement = ts_node_parent(call);
    std::optional<std::string> text =
        is(call, "call_expression") && ts_node_eq(field(call, "function"), node)
            ? replacement(tree, call)
            : std::nullopt;
    shaped = text && !in_nested_function(call, function) &&
             (is(statement, "return_statement") ||
              (is(statement, "expression_statement") &&
               ends_the_run(statement, body)));
    if (!shaped)
      return false;
    fix.edits.push_back({tree.file(), tree.range(statement), *text});
    // The `break` or `return` after it can no longer be reached.
    TSNode next = ts_node_next_named_sibling(statement);
    while (is(next, "comment"))
      next = ts_node_next_named_sibling(next);
    if (only_leaves(next))
      if (auto lines = own_lines(*tree.file(), tree.range(next), "//");
          lines && lines->second.empty())
        fix.edits.push_back({tree.file(), lines->first, ""});
    return true;
  });
  // Another return's value was ignored; an async handler's is the response.
  walk_own_body(function, [&](TSNode node) {
    if (is(node, "return_statement") && ts_node_named_child_count(node) > 0 &&
        !is(ts_node_named_child(node, 0), "comment")) {
      TSNode value = ts_node_named_child(node, 0);
      shaped = shaped && is(value, "call_expression") &&
               tree.text(field(value, "function")) == callback;
    }
    return shaped;
  });
  if (!shaped)
    return std::nullopt;
  std::size_t at = tree.range(function).begin;
  fix.edits.push_back({tree.file(), {at, at}, "async "});
  fix.edits.push_back({tree.file(),
                       {tree.range(declared[1]).end, tree.range(declared[2]).end},
                       ""});
  // A declared return type (`: void`) is wrong of an async function, which
  // returns a promise of the response (TypeScript's TS1064): TypeScript
  // infers it instead.
  if (TSNode returns = field(function, "return_type"); !ts_node_is_null(returns))
    fix.edits.push_back({tree.file(), tree.range(returns), ""});
  fix.title = "make the handler async, returning what it passed to '" +
              callback + "'";
  fix.applicability = Applicability::Unsafe;
  fix.unsafe_because =
      "Lambda then ends the invoke when the handler's promise settles, where "
      "it waited for the event loop to empty after a callback, so work the "
      "handler leaves running is frozen with the environment";
  return fix;
}

std::optional<Fix> drop_unused_callback(const JsModule &module,
                                        TSNode function,
                                        const std::vector<TSNode> &parameters) {
  const JsTree &tree = module.tree();
  std::vector<TSNode> declared = three_declared(function, parameters);
  if (declared.empty())
    return std::nullopt;
  const std::string callback(tree.text(parameters[2]));
  bool used = false;
  walk_named_descendants(field(function, "body"), [&](TSNode node) {
    if (used)
      return false;
    if (is(node, "identifier") && tree.text(node) == callback) {
      auto declaration = local_declaration(module, node, callback);
      used = !declaration || ts_node_eq(*declaration, function);
    }
    return !used;
  });
  if (used)
    return std::nullopt;
  Fix fix;
  fix.edits.push_back({tree.file(),
                       {tree.range(declared[1]).end, tree.range(declared[2]).end},
                       ""});
  fix.title = "remove the unused parameter '" + callback + "'";
  fix.applicability = Applicability::Safe;
  // `callback: Callback`: a type it names may then be imported for
  // nothing, which TypeScript's noUnusedLocals refuses (`any` names none).
  TSNode type = field(declared[2], "type");
  std::string unused_type;
  if (!ts_node_is_null(type))
    walk_named_descendants(type, [&](TSNode named) {
      if (!is(named, "type_identifier") || !unused_type.empty())
        return unused_type.empty();
      const std::string_view spelled = tree.text(named);
      std::size_t uses = 0;
      walk_named_descendants(tree.root(), [&](TSNode node) {
        if ((is(node, "type_identifier") || is(node, "identifier")) &&
            tree.text(node) == spelled)
          ++uses;
        return true;
      });
      if (uses <= 2) // its import and this annotation
        unused_type = spelled;
      return false;
    });
  if (!unused_type.empty()) {
    fix.applicability = Applicability::Unsafe;
    fix.unsafe_because = "'" + unused_type +
                         "', which its annotation names, may then be "
                         "imported for nothing, which TypeScript refuses "
                         "under noUnusedLocals";
  }
  return fix;
}

} // namespace hoist::javascript
