#include "javascript/js_call_targets.h"

#include <optional>
#include <set>

#include "javascript/js_environment.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::named_children;

constexpr int kMaxDepth = 8;

/// The keys `index` may be (`'setup'`, `c ? 'apply' : 'skip'`, a `const`
/// of a string: constant_string); nothing when hoist cannot tell.
std::optional<std::vector<std::string>> keys_of(const JsModule &module,
                                                TSNode index, int depth) {
  const JsTree &tree = module.tree();
  index = unwrap_expression(index);
  if (depth > kMaxDepth || ts_node_is_null(index))
    return std::nullopt;
  if (is(index, "number"))
    return std::vector<std::string>{std::string(tree.text(index))};
  if (is(index, "ternary_expression")) {
    auto consequence = keys_of(module, field(index, "consequence"), depth + 1);
    auto alternative = keys_of(module, field(index, "alternative"), depth + 1);
    if (!consequence || !alternative)
      return std::nullopt;
    consequence->insert(consequence->end(), alternative->begin(),
                        alternative->end());
    return consequence;
  }
  if (auto value = constant_string(module, index))
    return std::vector<std::string>{*value};
  return std::nullopt;
}

/// The key a member of an object literal or class body is stored under,
/// as a subscript names it: `setup` of `setup() {}` or `'setup': f`, and,
/// for a computed key (`[INIT]() {}`), its expression's text in brackets.
std::string member_key(const JsTree &tree, TSNode member) {
  TSNode key = is(member, "pair") ? field(member, "key")
               : is(member, "shorthand_property_identifier") ? member
               : is(member, "field_definition") ? field(member, "property")
                                                : field(member, "name");
  if (auto value = string_value(tree, key))
    return *value;
  if (is(key, "computed_property_name") && ts_node_named_child_count(key) > 0) {
    TSNode inner = ts_node_named_child(key, 0);
    if (auto value = string_value(tree, inner))
      return *value;
    return "[" + std::string(tree.text(inner)) + "]";
  }
  return std::string(tree.text(key));
}

class Finder {
public:
  Finder(Modules &modules, CallTargets &found)
      : modules_(modules), found_(found) {}

  /// Adds what the callee `node` of `module` may be.
  void callee(const JsModule &module, TSNode node, int depth) {
    node = unwrap_expression(node);
    if (depth > kMaxDepth || ts_node_is_null(node)) {
      found_.complete = false;
      return;
    }
    const JsTree &tree = module.tree();
    if (auto target = resolve_function(modules_, module, node)) {
      add(*target);
      return;
    }
    if (is(node, "sequence_expression")) {
      TSNode last{};
      for (TSNode part : named_children(node))
        if (!is(part, "comment"))
          last = part;
      callee(module, last, depth + 1);
      return;
    }
    if (is(node, "ternary_expression")) {
      callee(module, field(node, "consequence"), depth + 1);
      callee(module, field(node, "alternative"), depth + 1);
      return;
    }
    if (is(node, "binary_expression")) { // f || noop, f ?? noop
      std::string_view op = tree.text(field(node, "operator"));
      if (op == "||" || op == "??" || op == "&&") {
        callee(module, field(node, "left"), depth + 1);
        callee(module, field(node, "right"), depth + 1);
        return;
      }
    }
    if (is(node, "identifier")) {
      // const fn = c ? f : g
      TSNode value = const_value(module, node);
      if (ts_node_is_null(value))
        if (const Binding *binding =
                module.binding(std::string(tree.text(node)));
            binding &&
            !local_declaration(module, node, std::string(tree.text(node))) &&
            is(binding->site, "variable_declarator") &&
            tree.text(ts_node_child(ts_node_parent(binding->site), 0)) ==
                "const")
          value = field(binding->site, "value");
      if (!ts_node_is_null(value)) {
        callee(module, value, depth + 1);
        return;
      }
    }
    if (is(node, "member_expression")) {
      std::string_view property = tree.text(field(node, "property"));
      if (property == "call" || property == "apply") {
        callee(module, field(node, "object"), depth + 1);
        return;
      }
    }
    if (is(node, "subscript_expression")) {
      subscript(module, unwrap_expression(field(node, "object")),
                field(node, "index"), depth);
      return;
    }
    found_.complete = false;
  }

  /// Listeners `emitter` has for `event` (an argument, null: any), that
  /// module-level code of `module` registers with `on`, `once`, ...
  void listeners(const JsModule &module, TSNode emitter, TSNode event) {
    const JsTree &tree = module.tree();
    static const std::set<std::string_view> kRegistering{
        "on", "once", "addListener", "prependListener",
        "prependOnceListener"};
    std::optional<std::string> wanted =
        ts_node_is_null(event) ? std::nullopt : string_value(tree, event);
    for (TSNode statement : named_children(tree.root())) {
      TSNode call = is(statement, "expression_statement")
                        ? unwrap_expression(ts_node_named_child(statement, 0))
                        : TSNode{};
      TSNode function = is(call, "call_expression")
                            ? unwrap_expression(field(call, "function"))
                            : TSNode{};
      if (!is(function, "member_expression") ||
          !kRegistering.count(tree.text(field(function, "property"))) ||
          tree.text(unwrap_expression(field(function, "object"))) !=
              tree.text(emitter))
        continue;
      std::vector<TSNode> arguments = arguments_of(call);
      if (arguments.size() < 2)
        continue;
      std::optional<std::string> registered = string_value(tree, arguments[0]);
      if (wanted && registered && *wanted != *registered)
        continue;
      callee(module, arguments[1], 0);
    }
  }

private:
  void add(std::pair<const JsModule *, TSNode> target) {
    // A getter or setter is what a read runs, not what it gives.
    if (is(target.second, "method_definition"))
      for (uint32_t i = 0; i < ts_node_child_count(target.second); ++i) {
        std::string_view token = treesitter::kind(ts_node_child(target.second, i));
        if (token == "get" || token == "set") {
          found_.complete = false;
          return;
        }
      }
    for (const auto &known : found_.functions)
      if (known.first == target.first && ts_node_eq(known.second, target.second))
        return;
    found_.functions.push_back(target);
  }

  /// `object[index]`: an array literal's element, an object literal's,
  /// a class's or a project module's member.
  void subscript(const JsModule &module, TSNode object, TSNode index,
                 int depth) {
    const JsTree &tree = module.tree();
    auto keys = keys_of(module, index, 0);
    // Written `[INIT]` in the object: the key's text.
    std::string spelled = "[" + std::string(tree.text(unwrap_expression(index))) + "]";
    auto wanted = [&](const std::string &key) {
      if (key == spelled)
        return true;
      if (!keys)
        return true;
      for (const std::string &candidate : *keys)
        if (candidate == key)
          return true;
      return false;
    };
    if (is(object, "array")) {
      std::size_t i = 0;
      for (TSNode element : named_children(object))
        if (!is(element, "comment") && wanted(std::to_string(i++)))
          callee(module, element, depth + 1);
      return;
    }
    if (TSNode literal = is(object, "object") ? object
                                              : object_literal(module, object);
        !ts_node_is_null(literal)) {
      bool any = false;
      for (TSNode member : named_children(literal)) {
        if (is(member, "spread_element")) {
          found_.complete = false;
          continue;
        }
        if (is(member, "comment") || !wanted(member_key(tree, member)))
          continue;
        any = true;
        if (is(member, "method_definition"))
          add({&module, member});
        else if (is(member, "pair"))
          callee(module, field(member, "value"), depth + 1);
        else if (is(member, "shorthand_property_identifier"))
          callee(module, member, depth + 1);
      }
      // Added later (`actions[k] = f`), or not a function's key at all.
      if (!any || !keys)
        found_.complete = false;
      return;
    }
    auto klass = resolve_function(modules_, module, object);
    if (klass && is_class_node(klass->second)) {
      const JsTree &owner = klass->first->tree();
      for (TSNode member : named_children(field(klass->second, "body")))
        if (is(member, "method_definition") && wanted(member_key(owner, member)))
          add({klass->first, member});
      if (!keys)
        found_.complete = false;
      return;
    }
    // require('./env')[k], ns[k] of `import * as ns`
    std::optional<std::string> specifier = required_module(module, object);
    if (!specifier && is(object, "identifier"))
      if (const Binding *binding =
              module.binding(std::string(tree.text(object)));
          binding && binding->kind == Binding::Kind::Import &&
          binding->path.empty() &&
          !local_declaration(module, object, std::string(tree.text(object))))
        specifier = binding->module;
    if (const JsModule *target =
            specifier ? modules_.imported(module, *specifier) : nullptr) {
      for (const auto &[name, exported] : target->exports())
        if (wanted(name))
          if (auto function = resolve_export(modules_, *target, name, depth + 1))
            add(*function);
      if (!keys || target->exports_unknown_names())
        found_.complete = false;
      return;
    }
    found_.complete = false;
  }

  Modules &modules_;
  CallTargets &found_;
};

} // namespace

CallTargets call_targets(Modules &modules, const JsModule &module,
                         TSNode call) {
  CallTargets found;
  Finder finder(modules, found);
  const JsTree &tree = module.tree();
  bool is_new = is(call, "new_expression");
  TSNode callee =
      unwrap_expression(field(call, is_new ? "constructor" : "function"));
  // bus.emit('cfg', r): the listeners module code registered on `bus`;
  // others may be registered elsewhere.
  if (!is_new && is(callee, "member_expression") &&
      tree.text(field(callee, "property")) == "emit") {
    std::vector<TSNode> arguments = arguments_of(call);
    finder.listeners(module, unwrap_expression(field(callee, "object")),
                     arguments.empty() ? TSNode{} : arguments[0]);
    found.complete = !found.functions.empty();
    return found;
  }
  finder.callee(module, callee, 0);
  if (found.functions.empty())
    found.complete = false;
  return found;
}

std::string called_property(const JsTree &tree, TSNode call) {
  TSNode callee = unwrap_expression(
      field(call, is(call, "new_expression") ? "constructor" : "function"));
  if (!is(callee, "member_expression"))
    return "";
  std::string property(tree.text(field(callee, "property")));
  return property == "call" || property == "apply" || property == "bind"
             ? ""
             : property;
}

} // namespace hoist::javascript
