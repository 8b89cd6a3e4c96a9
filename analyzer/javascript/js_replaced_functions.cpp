#include "javascript/js_replaced_functions.h"

#include <algorithm>
#include <set>
#include <vector>

#include "javascript/js_resolve.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// The name of the class `klass` (a declaration, or an expression bound to
/// a variable), or "".
std::string class_name(const JsTree &tree, TSNode klass) {
  TSNode name = field(klass, "name");
  if (ts_node_is_null(name) && is(ts_node_parent(klass), "variable_declarator"))
    name = field(ts_node_parent(klass), "name");
  return is(name, "identifier") || is(name, "type_identifier")
             ? std::string(tree.text(name))
             : "";
}

/// The class whose `static` block `node` runs in, where `this` is the
/// class (arrow functions keep it); a null node elsewhere.
TSNode static_block_class(TSNode node) {
  for (TSNode at = ts_node_parent(node); !ts_node_is_null(at);
       at = ts_node_parent(at)) {
    if (is(at, "class_static_block"))
      return ts_node_parent(ts_node_parent(at)); // class_body, class
    if (is_function_node(at) && !is(at, "arrow_function"))
      return {};
  }
  return {};
}

/// How code names the place `target` is (an assignment's left side, what a
/// decorator is given): `C.prototype.m`, `exports.handler` (also for
/// `module.exports.handler` and `exports["handler"]`), `f`; `O[*]` for a
/// computed key of `O`; `this` in a class's static block as the class.
/// "" for a local name or another form.
std::string place(const JsModule &module, TSNode target) {
  const JsTree &tree = module.tree();
  target = unwrap_expression(target);
  std::string found;
  if (is(target, "identifier")) {
    std::string name(tree.text(target));
    if (local_declaration(module, target, name))
      return "";
    found = name;
  } else if (is(target, "this")) {
    TSNode klass = static_block_class(target);
    found = ts_node_is_null(klass) ? "" : class_name(tree, klass);
  } else if (is(target, "member_expression") ||
             is(target, "subscript_expression")) {
    std::string object = place(module, field(target, "object"));
    if (object.empty())
      return "";
    std::optional<std::string> key =
        is(target, "member_expression")
            ? std::optional<std::string>(tree.text(field(target, "property")))
            : string_value(tree, unwrap_expression(field(target, "index")));
    found = object + (key ? "." + *key : "[*]");
  }
  if (found == "module.exports" || found.rfind("module.exports.", 0) == 0 ||
      found.rfind("module.exports[", 0) == 0)
    found = found.substr(7);
  return found;
}

/// True when `value` is `function`, or a name bound to it.
bool names_function(const JsModule &module, TSNode value, TSNode function) {
  value = unwrap_expression(value);
  if (ts_node_eq(value, function))
    return true;
  if (!is(value, "identifier"))
    return false;
  std::string name(module.tree().text(value));
  const Binding *binding = module.binding(name);
  return binding && !local_declaration(module, value, name) &&
         ts_node_eq(binding->function, function);
}

/// The places `function` is kept in (place's form): its name, its
/// variable's, its method's (and its class's), its exports'.
std::set<std::string> places_of(const JsModule &module, TSNode function) {
  const JsTree &tree = module.tree();
  std::set<std::string> places;
  TSNode parent = ts_node_parent(function);
  while (is(parent, "parenthesized_expression"))
    parent = ts_node_parent(parent);
  TSNode name = field(function, "name");
  if (!is(function, "method_definition") && is(name, "identifier"))
    places.insert(std::string(tree.text(name)));
  if (is(parent, "variable_declarator") && is(field(parent, "name"), "identifier"))
    places.insert(std::string(tree.text(field(parent, "name"))));
  // A method of a class or of an object bound to a name.
  TSNode key = is(function, "method_definition") ? name
               : is(parent, "pair")              ? field(parent, "key")
                                                 : TSNode{};
  TSNode holder = is(function, "method_definition") ? parent
                  : is(parent, "pair")              ? ts_node_parent(parent)
                                                    : TSNode{};
  std::optional<std::string> member =
      is(key, "property_identifier") ? std::optional<std::string>(tree.text(key))
                                     : string_value(tree, key);
  if (member && is(holder, "class_body")) {
    TSNode klass = ts_node_parent(holder);
    std::string owner = class_name(tree, klass);
    bool is_static = false;
    for (uint32_t i = 0; i < ts_node_child_count(function); ++i)
      is_static = is_static || treesitter::kind(ts_node_child(function, i)) ==
                                   std::string_view("static");
    if (!owner.empty()) {
      places.insert(owner); // the class replaced (a class decorator's)
      places.insert(owner + (is_static ? "." : ".prototype.") + *member);
    }
  } else if (member && is(holder, "object")) {
    TSNode bound = ts_node_parent(holder);
    if (is(bound, "variable_declarator") && is(field(bound, "name"), "identifier"))
      places.insert(std::string(tree.text(field(bound, "name"))) + "." + *member);
    else if (is(bound, "assignment_expression"))
      if (std::string object = place(module, field(bound, "left")); !object.empty())
        places.insert(object + "." + *member);
  }
  // Where module code stores it: its exports (`exports.handler = main`).
  for (const auto &[exported, value] : module.exports())
    if (names_function(module, value.value, function))
      places.insert("exports." + exported);
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (is(node, "assignment_expression") &&
        names_function(module, field(node, "right"), function))
      if (std::string stored = place(module, field(node, "left")); !stored.empty())
        places.insert(stored);
    return true;
  });
  return places;
}

/// True when the place `written` (place's form) is one of `places`: the
/// same, a computed key of the object one is a member of, or the whole
/// `module.exports` of an export.
bool writes_place(const std::string &written,
                  const std::set<std::string> &places) {
  if (places.count(written))
    return true;
  std::string object = written.size() > 3 &&
                               written.compare(written.size() - 3, 3, "[*]") == 0
                           ? written.substr(0, written.size() - 3)
                       : written == "exports" ? written
                                              : "";
  if (object.empty())
    return false;
  for (const std::string &kept : places)
    if (kept.rfind(object + ".", 0) == 0 &&
        kept.find('.', object.size() + 1) == std::string::npos)
      return true;
  return false;
}

/// True when `call` calls through to `wrapped` with what `function` was
/// given: `wrapped(event, context)`, `wrapped(...args)`,
/// `wrapped.call(this, event)`, `wrapped.apply(this, arguments)`.
bool calls_through(const JsTree &tree, TSNode call, const std::string &wrapped,
                   TSNode function) {
  call = unwrap_expression(call);
  if (!is(call, "call_expression"))
    return false;
  TSNode callee = unwrap_expression(field(call, "function"));
  std::vector<TSNode> given = arguments_of(call);
  std::string how;
  if (is(callee, "member_expression") &&
      tree.text(field(callee, "object")) == wrapped) {
    how = tree.text(field(callee, "property"));
    if ((how != "call" && how != "apply") || given.empty() ||
        !is(given.front(), "this"))
      return false;
    given.erase(given.begin());
  } else if (!is(callee, "identifier") || tree.text(callee) != wrapped) {
    return false;
  }
  std::vector<std::string> parameters;
  for (TSNode parameter : named_children(field(function, "parameters")))
    parameters.emplace_back(tree.text(parameter));
  if (is(field(function, "parameter"), "identifier")) // `event => ...`
    parameters.emplace_back(tree.text(field(function, "parameter")));
  if (how == "apply")
    return given.size() == 1 &&
           (tree.text(given.front()) == "arguments" ||
            (parameters.size() == 1 &&
             "..." + std::string(tree.text(given.front())) == parameters[0]));
  if (given.size() != parameters.size())
    return false;
  for (std::size_t i = 0; i < given.size(); ++i)
    if (tree.text(given[i]) != parameters[i])
      return false;
  return true;
}

/// True when `statement` only logs: `console.log(...)` of values it reads
/// without calling, assigning or awaiting anything.
bool only_logs(const JsModule &module, TSNode statement) {
  const JsTree &tree = module.tree();
  if (!is(statement, "expression_statement"))
    return false;
  TSNode call = unwrap_expression(ts_node_named_child(statement, 0));
  TSNode callee = is(call, "call_expression") ? field(call, "function") : TSNode{};
  if (!is(callee, "member_expression") ||
      tree.text(field(callee, "object")) != "console" ||
      module.binding("console"))
    return false;
  bool plain = true;
  for (TSNode argument : arguments_of(call)) {
    auto visit = [&](TSNode node) {
      static const std::set<std::string_view> kActing{
          "call_expression", "new_expression", "assignment_expression",
          "augmented_assignment_expression", "update_expression",
          "await_expression", "yield_expression"};
      plain = plain && !kActing.count(treesitter::kind(node)) &&
              !opens_scope(node);
      return plain;
    };
    if (visit(argument))
      walk_named_descendants(argument, visit);
  }
  return plain;
}

/// True when `call` (what an assignment puts somewhere) is what a function
/// of the module makes of the one it is given, that only logs and then
/// calls through: `logged(exports.handler)` of `function logged(fn) {
/// return async (event, context) => { console.log(...); return fn(event,
/// context); }; }`.
bool logs_and_calls_through(const JsModule &module, TSNode call) {
  const JsTree &tree = module.tree();
  call = unwrap_expression(call);
  if (!is(call, "call_expression") || arguments_of(call).size() != 1)
    return false;
  TSNode callee = unwrap_expression(field(call, "function"));
  std::string name(tree.text(callee));
  const Binding *binding = is(callee, "identifier") ? module.binding(name) : nullptr;
  if (!binding || binding->kind != Binding::Kind::Function ||
      local_declaration(module, callee, name))
    return false;
  TSNode wrapper = binding->function;
  std::vector<TSNode> parameters = named_children(field(wrapper, "parameters"));
  TSNode single = field(wrapper, "parameter");
  std::string wrapped = is(single, "identifier") ? std::string(tree.text(single))
                        : parameters.size() == 1 && is(parameters[0], "identifier")
                            ? std::string(tree.text(parameters[0]))
                            : "";
  if (wrapped.empty())
    return false;
  // What it returns: its arrow's value, or its body's one `return`.
  TSNode body = field(wrapper, "body");
  TSNode made = body;
  if (is(body, "statement_block")) {
    std::vector<TSNode> statements = named_children(body);
    made = statements.size() == 1 && is(statements[0], "return_statement")
               ? ts_node_named_child(statements[0], 0)
               : TSNode{};
  }
  made = unwrap_expression(made);
  if (ts_node_is_null(made) || !is_function_node(made) ||
      is(made, "method_definition"))
    return false;
  TSNode inner = field(made, "body");
  if (!is(inner, "statement_block"))
    return calls_through(tree, inner, wrapped, made);
  std::vector<TSNode> statements;
  for (TSNode statement : named_children(inner))
    if (!is(statement, "comment"))
      statements.push_back(statement);
  if (statements.empty() || !is(statements.back(), "return_statement") ||
      !calls_through(tree, ts_node_named_child(statements.back(), 0), wrapped,
                     made))
    return false;
  statements.pop_back();
  for (TSNode statement : statements)
    if (!only_logs(module, statement))
      return false;
  return true;
}

/// True when `node` is a call in module code, of a function of the module,
/// that is given `function` (or its name) to wrap: `exports.handler =
/// logged(main)`, `export const handler = logged(main)`. What it makes runs
/// around each call of `function` through it.
bool wraps_in_module_code(const JsModule &module, TSNode node,
                          TSNode function) {
  if (!is(node, "call_expression"))
    return false;
  TSNode callee = unwrap_expression(field(node, "function"));
  std::string name(module.tree().text(callee));
  const Binding *binding =
      is(callee, "identifier") ? module.binding(name) : nullptr;
  if (!binding || binding->kind != Binding::Kind::Function ||
      local_declaration(module, callee, name))
    return false;
  std::vector<TSNode> given = arguments_of(node);
  if (std::none_of(given.begin(), given.end(), [&](TSNode argument) {
        return names_function(module, argument, function);
      }))
    return false;
  for (TSNode at = ts_node_parent(node); !ts_node_is_null(at);
       at = ts_node_parent(at))
    if (is_function_node(at))
      return false;
  return true;
}

/// The decorators written on `node` (a method or a class): its own
/// children, or, as the TypeScript grammar puts a method's, the class
/// body's members just before it.
std::vector<TSNode> decorators_of(TSNode node) {
  std::vector<TSNode> found;
  for (TSNode child : named_children(node))
    if (is(child, "decorator"))
      found.push_back(child);
  for (TSNode before = ts_node_prev_named_sibling(node);
       is(before, "decorator"); before = ts_node_prev_named_sibling(before))
    found.push_back(before);
  return found;
}

/// True when `value` (the right of an assignment, through a chain of them:
/// tsc's `exports.a = exports.b = void 0`) is `void 0`, `undefined` or
/// `null`: an export declared before it is defined, no function put there.
bool empties(const JsTree &tree, TSNode value) {
  value = unwrap_expression(value);
  while (is(value, "assignment_expression"))
    value = unwrap_expression(field(value, "right"));
  std::string_view text = tree.text(value);
  return text == "void 0" || text == "undefined" || text == "null";
}

} // namespace

TSNode replacement_of(const JsModule &module, TSNode function) {
  const JsTree &tree = module.tree();
  function = awaiter_owner(tree, function);
  std::vector<TSNode> decorated = decorators_of(function);
  if (is(ts_node_parent(function), "class_body"))
    for (TSNode decorator : decorators_of(ts_node_parent(ts_node_parent(function))))
      decorated.push_back(decorator);
  if (!decorated.empty())
    return decorated.front();
  std::set<std::string> places = places_of(module, function);
  if (places.empty())
    return {};
  TSNode found{};
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!ts_node_is_null(found))
      return false;
    if (is(node, "assignment_expression") &&
        !names_function(module, field(node, "right"), function) &&
        !empties(tree, field(node, "right"))) {
      std::string written = place(module, field(node, "left"));
      // The whole of module.exports replaced by what a call makes of it
      // (`module.exports = wrap(module.exports)`; not esbuild's
      // `module.exports = __toCommonJS(src_exports)`).
      if (written == "exports") {
        TSNode right = unwrap_expression(field(node, "right"));
        std::vector<TSNode> given = is(right, "call_expression")
                                        ? arguments_of(right)
                                        : std::vector<TSNode>{};
        if (std::none_of(given.begin(), given.end(), [&](TSNode argument) {
              return place(module, argument) == "exports";
            }))
          return true;
      }
      if (!written.empty() && writes_place(written, places) &&
          !logs_and_calls_through(module, field(node, "right")))
        found = node;
    } else if (wraps_in_module_code(module, node, function) &&
               !logs_and_calls_through(module, node)) {
      found = node;
    } else if (is(node, "call_expression")) {
      // tsc's decorators: `__decorate([...], C.prototype, "m", null)`.
      std::string_view callee = tree.text(field(node, "function"));
      std::vector<TSNode> given = arguments_of(node);
      if (given.size() >= 3 &&
          callee.find("__decorate") != std::string_view::npos) {
        std::string target = place(module, given[1]);
        std::optional<std::string> key = string_value(tree, given[2]);
        if (!target.empty() && places.count(target + "." + key.value_or("")))
          found = node;
      }
    }
    return ts_node_is_null(found);
  });
  return found;
}

} // namespace hoist::javascript
