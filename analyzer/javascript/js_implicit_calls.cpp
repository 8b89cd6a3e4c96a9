#include "javascript/js_implicit_calls.h"

#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "core/message_excerpt.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::kind;
using treesitter::named_children;
using treesitter::walk_named_descendants;

using Function = std::pair<const JsModule *, TSNode>;

/// Where an object's members are defined: an object literal, a class (its
/// instances' members, or its own static ones), or a project module (its
/// exports).
struct Container {
  const JsModule *module;
  TSNode node;
  enum class Kind { Literal, Instance, Static, Exports } kind;
};

enum class Accessor { Get, Set, Method };

/// True when the method has the keyword `word` before its name (`get`,
/// `set`, `static`, `*`): an anonymous child there.
bool has_keyword(TSNode method, std::string_view word) {
  TSNode name = field(method, "name");
  for (uint32_t i = 0; i < ts_node_child_count(method); ++i) {
    TSNode child = ts_node_child(method, i);
    if (ts_node_eq(child, name))
      break;
    if (!ts_node_is_named(child) && kind(child) == word)
      return true;
  }
  return false;
}

Accessor accessor_of(TSNode method) {
  return has_keyword(method, "get")   ? Accessor::Get
         : has_keyword(method, "set") ? Accessor::Set
                                      : Accessor::Method;
}

bool is_generator(TSNode function) {
  return is(function, "generator_function") ||
         is(function, "generator_function_declaration") ||
         (is(function, "method_definition") && has_keyword(function, "*"));
}

/// The container of the object `value` (an expression of `module`) is.
std::optional<Container> value_container(Modules &modules,
                                         const JsModule &module, TSNode value) {
  value = unwrap_expression(value);
  if (is(value, "object"))
    return Container{&module, value, Container::Kind::Literal};
  if (TSNode literal = object_literal(module, value); !ts_node_is_null(literal))
    return Container{&module, literal, Container::Kind::Literal};
  if (auto klass = instance_class(modules, module, value))
    return Container{klass->first, klass->second, Container::Kind::Instance};
  if (auto resolved = resolve_function(modules, module, value);
      resolved && is_class_node(resolved->second))
    return Container{resolved->first, resolved->second,
                     Container::Kind::Static};
  return std::nullopt;
}

/// The container of the object `object` names: also a project module
/// imported (`require('./settings')`) and what it exports.
std::optional<Container> container_of(Modules &modules, const JsModule &module,
                                      TSNode object) {
  object = unwrap_expression(object);
  if (!is(object, "identifier") && !is(object, "this") &&
      !is(object, "member_expression") && !is(object, "object") &&
      !is(object, "new_expression"))
    return std::nullopt;
  if (is(object, "identifier")) {
    std::string name(module.tree().text(object));
    const Binding *binding =
        local_declaration(module, object, name) ? nullptr : module.binding(name);
    if (binding && binding->kind == Binding::Kind::Import) {
      const JsModule *target = modules.imported(module, binding->module);
      if (!target) // a library's: its code is its business
        return std::nullopt;
      if (binding->path.empty())
        return Container{target, target->tree().root(),
                         Container::Kind::Exports};
      if (binding->path.find('.') != std::string::npos)
        return std::nullopt;
      auto exported = export_value(modules, *target, binding->path, 0);
      return exported ? value_container(modules, *exported->first,
                                        exported->second)
                      : std::nullopt;
    }
  }
  return value_container(modules, module, object);
}

/// The functions `container` defines for its member `name` that run as
/// `want` says, added to `found`.
void find_members(Modules &modules, const Container &container,
                  std::string_view name, Accessor want,
                  std::vector<Function> &found, int depth = 0) {
  const JsModule &module = *container.module;
  const JsTree &tree = module.tree();
  if (depth > 4)
    return;
  auto matches = [&](TSNode method) {
    return tree.text(field(method, "name")) == name &&
           accessor_of(method) == want;
  };
  switch (container.kind) {
  case Container::Kind::Literal:
    for (TSNode member : named_children(container.node)) {
      if (is(member, "method_definition") && matches(member))
        found.push_back({&module, member});
      else if (want == Accessor::Method && is(member, "pair") &&
               tree.text(field(member, "key")) == name)
        if (auto value = resolve_function(modules, module, field(member, "value"));
            value && is_function_node(value->second))
          found.push_back(*value);
    }
    return;
  case Container::Kind::Instance:
  case Container::Kind::Static: {
    bool statics = container.kind == Container::Kind::Static;
    for (TSNode member : named_children(field(container.node, "body")))
      if (is(member, "method_definition") &&
          has_keyword(member, "static") == statics && matches(member))
        found.push_back({&module, member});
    for (TSNode part : named_children(container.node))
      if (is(part, "class_heritage")) {
        TSNode base = ts_node_named_child(part, 0);
        if (is(base, "extends_clause"))
          base = field(base, "value");
        auto parent = resolve_function(modules, module, base);
        if (parent && is_class_node(parent->second))
          find_members(modules, {parent->first, parent->second, container.kind},
                       name, want, found, depth + 1);
      }
    return;
  }
  case Container::Kind::Exports: {
    // `module.exports = { get x() {...} }`
    if (auto value = export_value(modules, module, std::string(name), 0);
        value && is(value->second, "method_definition") &&
        accessor_of(value->second) == want)
      found.push_back(*value);
    // `export default { get x() {...} }` of a default import
    if (auto value = export_value(modules, module, "default", 0))
      if (auto literal = value_container(modules, *value->first, value->second);
          literal && literal->kind == Container::Kind::Literal)
        find_members(modules, *literal, name, want, found, depth + 1);
    // `Object.defineProperty(exports, 'x', { get() {...} })`
    if (want == Accessor::Method)
      return;
    for (TSNode statement : named_children(tree.root())) {
      TSNode call = is(statement, "expression_statement")
                        ? unwrap_expression(ts_node_named_child(statement, 0))
                        : TSNode{};
      if (!is(call, "call_expression") ||
          tree.text(field(call, "function")) != "Object.defineProperty")
        continue;
      std::vector<TSNode> arguments = arguments_of(call);
      if (arguments.size() < 3 ||
          (tree.text(arguments[0]) != "exports" &&
           tree.text(arguments[0]) != "module.exports") ||
          string_value(tree, arguments[1]) != std::string(name) ||
          !is(arguments[2], "object"))
        continue;
      TSNode accessor = property_value(tree, arguments[2],
                                       want == Accessor::Get ? "get" : "set");
      if (auto function = resolve_function(modules, module, accessor);
          function && is_function_node(function->second))
        found.push_back(*function);
    }
    return;
  }
  }
}

/// The `next` methods the iterator `function` returns may have: those of
/// the object literals in its body, and the container's own (`return
/// this`).
void find_next(Modules &modules, const Container &container, TSNode function,
               std::vector<Function> &found) {
  const JsModule &module = *container.module;
  walk_named_descendants(field(function, "body"), [&](TSNode node) {
    if (is(node, "object"))
      find_members(modules, {&module, node, Container::Kind::Literal}, "next",
                   Accessor::Method, found);
    return true;
  });
  find_members(modules, container, "next", Accessor::Method, found);
}

} // namespace

ImplicitCalls implicit_calls(Modules &modules, const JsModule &module,
                             TSNode node) {
  ImplicitCalls result;
  const JsTree &tree = module.tree();
  auto named = [&](TSNode object, std::string_view member) {
    return message_excerpt(tree.text(object), 30) +
           (member.front() == '[' ? "" : ".") + std::string(member);
  };
  // Adds the members `object` defines as `member`; the container, if any.
  auto add = [&](TSNode object, std::string_view member, Accessor want,
                 const std::string &how) -> std::optional<Container> {
    if (ts_node_is_null(object))
      return std::nullopt;
    auto container = container_of(modules, module, object);
    if (!container)
      return std::nullopt;
    std::vector<Function> found;
    find_members(modules, *container, member, want, found);
    for (const auto &[owner, function] : found)
      result.calls.push_back({owner, function, named(object, member), how});
    return found.empty() ? std::nullopt : container;
  };
  // Every getter of an object literal: a spread, a rest pattern, JSON.
  auto all_getters = [&](TSNode object) {
    auto container = container_of(modules, module, object);
    if (!container || container->kind != Container::Kind::Literal)
      return;
    const JsTree &owner = container->module->tree();
    for (TSNode member : named_children(container->node))
      if (is(member, "method_definition") &&
          accessor_of(member) == Accessor::Get)
        result.calls.push_back(
            {container->module, member,
             named(object, owner.text(field(member, "name"))), "a getter"});
  };
  auto iterate = [&](TSNode object, bool asynchronous) {
    for (std::string_view protocol :
         {std::string_view("[Symbol.iterator]"),
          std::string_view(asynchronous ? "[Symbol.asyncIterator]" : "")}) {
      if (protocol.empty())
        continue;
      std::size_t first = result.calls.size();
      auto container = add(object, protocol, Accessor::Method,
                           "what iterating it calls");
      if (!container)
        continue;
      // A generator's body is its `next`; else what it returns has one.
      std::vector<Function> next;
      for (std::size_t i = first; i < result.calls.size(); ++i)
        if (!is_generator(result.calls[i].function))
          find_next(modules, *container, result.calls[i].function, next);
      bool generators = true;
      for (std::size_t i = first; i < result.calls.size(); ++i)
        generators = generators && is_generator(result.calls[i].function);
      if (!generators && next.empty() && result.unfollowed.empty())
        result.unfollowed = "iterating '" + message_excerpt(tree.text(object), 30) +
                            "', whose iterator's 'next' hoist does not find";
      for (const auto &[owner, function] : next)
        result.calls.push_back(
            {owner, function, named(object, "next"), "what iterating it calls"});
    }
  };
  auto coerce = [&](TSNode object) {
    for (std::string_view method :
         {"toString", "valueOf", "[Symbol.toPrimitive]"})
      add(object, method, Accessor::Method, "a coercion to a primitive");
  };
  std::string_view type = kind(node);
  // Asked only by the kinds that read it: a parent is found by a walk down
  // from the root, and every node of a handler is asked here.
  const bool reads_parent =
      type == "member_expression" || type == "subscript_expression" ||
      type == "object_pattern" || type == "array_pattern" ||
      type == "spread_element" || type == "template_substitution";
  TSNode parent = reads_parent ? ts_node_parent(node) : TSNode{};
  if (type == "member_expression" || type == "subscript_expression") {
    // A call's callee: the call follows it.
    if ((is(parent, "call_expression") || is(parent, "new_expression")) &&
        ts_node_eq(field(parent, is(parent, "call_expression") ? "function"
                                                                : "constructor"),
                   node))
      return result;
    std::optional<std::string> property =
        type == "member_expression"
            ? std::optional<std::string>(tree.text(field(node, "property")))
            : string_value(tree, field(node, "index"));
    if (!property || property->empty())
      return result;
    TSNode object = field(node, "object");
    bool assigned = (is(parent, "assignment_expression") ||
                     is(parent, "augmented_assignment_expression")) &&
                    ts_node_eq(field(parent, "left"), node);
    if (!assigned || is(parent, "augmented_assignment_expression"))
      add(object, *property, Accessor::Get, "a getter");
    if (assigned)
      add(object, *property, Accessor::Set, "a setter");
  } else if (type == "object_pattern" || type == "array_pattern") {
    TSNode value = is(parent, "variable_declarator") &&
                           ts_node_eq(field(parent, "name"), node)
                       ? field(parent, "value")
                   : is(parent, "assignment_expression") &&
                           ts_node_eq(field(parent, "left"), node)
                       ? field(parent, "right")
                       : TSNode{};
    if (ts_node_is_null(value))
      return result;
    if (type == "array_pattern") {
      iterate(value, false);
      return result;
    }
    for (TSNode part : named_children(node)) {
      TSNode key = is(part, "shorthand_property_identifier_pattern") ? part
                   : is(part, "pair_pattern")             ? field(part, "key")
                   : is(part, "object_assignment_pattern") ? field(part, "left")
                                                           : TSNode{};
      if (is(part, "rest_pattern"))
        all_getters(value);
      else if (!ts_node_is_null(key))
        add(value, tree.text(key), Accessor::Get, "a getter");
    }
  } else if (type == "await_expression") {
    add(ts_node_named_child(node, 0), "then", Accessor::Method,
        "what 'await' calls");
  } else if (type == "for_in_statement") {
    if (tree.text(field(node, "operator")) == "of")
      iterate(field(node, "right"),
              tree.text(node).rfind("for await", 0) == 0);
  } else if (type == "spread_element") {
    if (is(parent, "object"))
      all_getters(ts_node_named_child(node, 0));
    else
      iterate(ts_node_named_child(node, 0), false);
  } else if (type == "yield_expression") {
    if (tree.text(node).rfind("yield*", 0) == 0 ||
        tree.text(node).rfind("yield *", 0) == 0)
      iterate(ts_node_named_child(node, 0), false);
  } else if (type == "template_substitution") {
    // A tag is given the values as they are.
    if (!is(ts_node_parent(parent), "call_expression"))
      coerce(ts_node_named_child(node, 0));
  } else if (type == "binary_expression") {
    static const std::set<std::string_view> kCoercing{
        "+", "-", "*", "/", "%", "**", "<", ">", "<=", ">=", "==", "!="};
    std::string_view op = tree.text(field(node, "operator"));
    if (op == "instanceof")
      add(field(node, "right"), "[Symbol.hasInstance]", Accessor::Method,
          "what 'instanceof' calls");
    else if (kCoercing.count(op)) {
      coerce(field(node, "left"));
      coerce(field(node, "right"));
    }
  } else if (type == "call_expression" || type == "new_expression") {
    std::string_view callee = tree.text(
        field(node, type == "call_expression" ? "function" : "constructor"));
    std::vector<TSNode> arguments = arguments_of(node);
    if (arguments.empty())
      return result;
    static const std::set<std::string_view> kIterating{
        "Array.from",     "Promise.all", "Promise.allSettled", "Promise.any",
        "Promise.race",   "Set",         "Map",                "WeakSet",
        "WeakMap",        "Object.fromEntries"};
    if (callee == "String" || callee == "Number")
      coerce(arguments[0]);
    else if (callee == "JSON.stringify") {
      add(arguments[0], "toJSON", Accessor::Method, "what JSON.stringify calls");
      all_getters(arguments[0]);
    } else if (kIterating.count(callee))
      iterate(arguments[0], false);
  }
  return result;
}

} // namespace hoist::javascript
