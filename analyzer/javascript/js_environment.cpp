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

} // namespace hoist::javascript
