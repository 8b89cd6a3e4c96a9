#include "javascript/js_wrapped_client.h"

#include <vector>

#include "core/message_excerpt.h"
#include "javascript/js_hoist_fix.h"
#include "javascript/js_resolve.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::kind;
using treesitter::walk_named_descendants;

/// The catalogue's entry for the construction `call` is, or null.
const JsApi *catalogued_api(const JsModule &module, const JsCatalogue &catalogue,
                            TSNode call) {
  bool is_new = is(call, "new_expression");
  if (!is_new && !is(call, "call_expression"))
    return nullptr;
  auto name = imported_name(module, field(call, is_new ? "constructor" : "function"));
  return name ? catalogue.match(name->first, name->second,
                                is_new ? JsApi::Kind::New : JsApi::Kind::Call)
              : nullptr;
}

/// The text of `call`'s arguments but the one at `skipped`: the options a
/// wrapper is given beside its client.
std::string other_arguments(const JsTree &tree, TSNode call,
                            std::size_t skipped) {
  std::string text;
  std::vector<TSNode> given = arguments_of(call);
  for (std::size_t i = 0; i < given.size(); ++i)
    if (i != skipped)
      text += std::string(tree.text(given[i])) + "\n";
  return text;
}

} // namespace

std::string wrapped_client_risk(const JsModule &module,
                                const JsCatalogue &catalogue,
                                TSNode construction, const JsApi &api) {
  std::vector<TSNode> given = arguments_of(construction);
  if (!api.wraps || *api.wraps >= given.size())
    return "";
  const JsTree &tree = module.tree();
  TSNode client = unwrap_expression(given[*api.wraps]);
  if (is_catalogued(module, catalogue, client))
    return ""; // built in place: it moves along
  std::string text = message_excerpt(tree.text(client), 40);
  std::string name(tree.text(client));
  if (is(client, "identifier") && local_declaration(module, client, name))
    return ""; // a local: it moves first, or the move reads a local
  const Binding *binding =
      is(client, "identifier") ? module.binding(name) : nullptr;
  TSNode declarator = binding ? binding->site : TSNode{};
  TSNode declaration =
      ts_node_is_null(declarator) ? TSNode{} : ts_node_parent(declarator);
  if (!is(declarator, "variable_declarator") ||
      !is(declaration, "lexical_declaration") ||
      kind(ts_node_child(declaration, 0)) != std::string_view("const") ||
      !is_catalogued(module, catalogue,
                     unwrap_expression(field(declarator, "value"))))
    return "it wraps '" + text + "', which is not a client built there or "
           "held by a module-level 'const': at module scope it would wrap "
           "what '" + text + "' holds at INIT, which may be another client, "
           "or none yet, or one configured later";
  if (is(ts_node_parent(declaration), "export_statement"))
    return "it wraps '" + name + "', which the module exports: other "
           "modules may use or wrap it otherwise, and at module scope it "
           "is wrapped at INIT, once";
  // Every other use of the client in the module.
  std::string ours = other_arguments(tree, construction, *api.wraps);
  std::string risk;
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!risk.empty())
      return false;
    if (!is(node, "identifier") || tree.text(node) != name ||
        ts_node_eq(node, field(declarator, "name")) ||
        local_declaration(module, node, name))
      return true;
    TSNode parent = ts_node_parent(node);
    TSNode grandparent = ts_node_parent(parent);
    // `client.send(command)`: a call of its methods
    if (is(parent, "member_expression") &&
        ts_node_eq(field(parent, "object"), node) &&
        is(grandparent, "call_expression") &&
        ts_node_eq(field(grandparent, "function"), parent) &&
        tree.text(field(parent, "property")) != "config" &&
        tree.text(field(parent, "property")) != "middlewareStack")
      return true;
    // Wrapped again: alike, or with other options.
    if (is(parent, "arguments")) {
      std::vector<TSNode> arguments = arguments_of(grandparent);
      const JsApi *other = catalogued_api(module, catalogue, grandparent);
      if (other && other->wraps && *other->wraps < arguments.size() &&
          ts_node_eq(unwrap_expression(arguments[*other->wraps]), node)) {
        if (ts_node_eq(grandparent, construction) ||
            other_arguments(tree, grandparent, *other->wraps) == ours)
          return true;
        risk = "'" + message_excerpt(tree.text(grandparent), 50) +
               "' wraps '" + name + "' too, with other options: each sets "
               "them in the configuration of '" + name + "', and at module "
               "scope the last one built at INIT would set them for every "
               "invocation";
        return false;
      }
    }
    risk = "it wraps '" + name + "', which the module also uses otherwise "
           "('" + message_excerpt(tree.text(parent), 40) + "'): at module "
           "scope it is wrapped at INIT, once, before that use";
    return false;
  });
  return risk;
}

} // namespace hoist::javascript
