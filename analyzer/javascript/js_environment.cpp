#include "javascript/js_environment.h"

#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::named_children;

/// Aliases are followed this many `const`s deep.
constexpr int kMaxAliases = 4;

bool is_object(const JsModule &module, TSNode node, bool environment,
               int depth);

/// The declarator that binds the identifier `node`, in a function or at
/// module level, or a null node.
TSNode declarator_of(const JsModule &module, TSNode node,
                     const std::string &name) {
  if (auto local = local_declaration(module, node, name))
    return is(*local, "variable_declarator") ? *local : TSNode{};
  const Binding *binding = module.binding(name);
  return binding && is(binding->site, "variable_declarator") ? binding->site
                                                             : TSNode{};
}

/// True when the identifier `node` is bound to the process object
/// (`environment` false) or to `process.env`: an alias (`const env =
/// process.env`) or a part destructured (`const { env } = process`).
bool bound_to_object(const JsModule &module, TSNode node, bool environment,
                     int depth) {
  const JsTree &tree = module.tree();
  std::string name(tree.text(node));
  TSNode declarator = declarator_of(module, node, name);
  if (ts_node_is_null(declarator) || depth >= kMaxAliases)
    return false;
  TSNode pattern = field(declarator, "name");
  TSNode value = field(declarator, "value");
  if (ts_node_is_null(value))
    return false;
  if (is(pattern, "identifier"))
    return tree.text(pattern) == name &&
           is_object(module, value, environment, depth + 1);
  if (!environment || !is(pattern, "object_pattern") ||
      !is_object(module, value, false, depth + 1))
    return false;
  for (TSNode property : named_children(pattern))
    if ((is(property, "shorthand_property_identifier_pattern") &&
         tree.text(property) == name && name == "env") ||
        (is(property, "pair_pattern") &&
         tree.text(field(property, "value")) == name &&
         tree.text(field(property, "key")) == "env"))
      return true;
  return false;
}

bool is_object(const JsModule &module, TSNode node, bool environment,
               int depth) {
  const JsTree &tree = module.tree();
  node = unwrap_expression(node);
  if (ts_node_is_null(node))
    return false;
  if (auto imported = imported_name(module, node);
      imported && imported->first == "process")
    return imported->second == (environment ? "env" : "");
  if (is(node, "identifier") || is(node, "shorthand_property_identifier")) {
    std::string name(tree.text(node));
    if (!environment && name == "process" &&
        !local_declaration(module, node, name) && !module.binding(name))
      return true;
    return bound_to_object(module, node, environment, depth);
  }
  // `x.env`, `x['env']` of the process object; `globalThis.process`
  TSNode object = is(node, "member_expression") ||
                          is(node, "subscript_expression")
                      ? field(node, "object")
                      : TSNode{};
  if (ts_node_is_null(object))
    return false;
  std::optional<std::string> key =
      is(node, "member_expression")
          ? std::optional<std::string>(tree.text(field(node, "property")))
          : string_value(tree, field(node, "index"));
  if (!key)
    return false;
  if (environment)
    return *key == "env" && is_object(module, object, false, depth);
  TSNode root = unwrap_expression(object);
  std::string_view global = tree.text(root);
  return *key == "process" && is(root, "identifier") &&
         (global == "globalThis" || global == "global") &&
         !local_declaration(module, root, std::string(global)) &&
         !module.binding(std::string(global));
}

} // namespace

bool is_process_object(const JsModule &module, TSNode node) {
  return is_object(module, node, false, 0);
}

bool is_environment_object(const JsModule &module, TSNode node) {
  return is_object(module, node, true, 0);
}

std::optional<std::string> constant_string(const JsModule &module, TSNode node,
                                           int depth) {
  const JsTree &tree = module.tree();
  node = unwrap_expression(node);
  if (ts_node_is_null(node) || depth > kMaxAliases * 4)
    return std::nullopt;
  if (auto value = string_value(tree, node))
    return value;
  if (is(node, "template_string")) {
    std::string value;
    for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
      TSNode part = ts_node_child(node, i);
      if (is(part, "template_substitution")) {
        auto inner = constant_string(module, ts_node_named_child(part, 0),
                                     depth + 1);
        if (!inner)
          return std::nullopt;
        value += *inner;
      } else if (is(part, "string_fragment")) {
        value += tree.text(part);
      } else if (is(part, "escape_sequence")) {
        return std::nullopt;
      }
    }
    return value;
  }
  if (is(node, "binary_expression") &&
      tree.text(field(node, "operator")) == "+") {
    auto left = constant_string(module, field(node, "left"), depth + 1);
    auto right = left ? constant_string(module, field(node, "right"), depth + 1)
                      : std::nullopt;
    if (left && right)
      return *left + *right;
    return std::nullopt;
  }
  if (is(node, "identifier")) {
    TSNode declarator = declarator_of(module, node, std::string(tree.text(node)));
    TSNode declaration = ts_node_is_null(declarator) ? TSNode{}
                                                     : ts_node_parent(declarator);
    if (is(declaration, "lexical_declaration") &&
        tree.text(ts_node_child(declaration, 0)) == "const" &&
        is(field(declarator, "name"), "identifier"))
      return constant_string(module, field(declarator, "value"), depth + 1);
  }
  return std::nullopt;
}

namespace {

/// True when the identifier `node` is a local `const` copy of the whole
/// environment: `const env = { ...process.env }`.
bool copies_environment(const JsModule &module, TSNode node) {
  if (!is(node, "identifier"))
    return false;
  TSNode value = const_value(module, node);
  value = unwrap_expression(value);
  if (!is(value, "object"))
    return false;
  for (TSNode part : named_children(value))
    if (is(part, "spread_element") &&
        is_environment_object(module, ts_node_named_child(part, 0)))
      return true;
  return false;
}

} // namespace

std::optional<std::string> environment_variable_read(const JsModule &module,
                                                     TSNode read) {
  bool member = is(read, "member_expression");
  if (!member && !is(read, "subscript_expression"))
    return std::nullopt;
  TSNode object = unwrap_expression(field(read, "object"));
  if (!is_environment_object(module, object) &&
      !copies_environment(module, object))
    return std::nullopt;
  if (member)
    return std::string(module.tree().text(field(read, "property")));
  return constant_string(module, field(read, "index")).value_or("*");
}

} // namespace hoist::javascript
