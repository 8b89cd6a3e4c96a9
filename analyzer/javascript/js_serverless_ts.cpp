#include "javascript/js_serverless_ts.h"

#include <filesystem>
#include <optional>

#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

namespace fs = std::filesystem;
using treesitter::is;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// The object literal `node` is or names (a `const` of its module).
TSNode object_of(const JsModule &module, TSNode node) {
  node = unwrap_expression(node);
  if (is(node, "identifier") || is(node, "shorthand_property_identifier"))
    if (const Binding *binding =
            module.binding(std::string(module.tree().text(node)));
        binding && is(binding->site, "variable_declarator"))
      node = unwrap_expression(field(binding->site, "value"));
  return is(node, "object") ? node : TSNode{};
}

/// The handler string `value` spells for a function defined in `module`:
/// a string, or `${handlerPath(__dirname)}/rest`, where the template's
/// helper gives the module's directory relative to the service's.
std::optional<std::string> handler_string(const JsModule &module,
                                          TSNode value,
                                          const fs::path &service) {
  const JsTree &tree = module.tree();
  if (auto text = string_value(tree, value))
    return text;
  if (!is(value, "template_string"))
    return std::nullopt;
  // One substitution, first, that reads no name but `__dirname` and
  // `process` (`handlerPath(__dirname)` of the project's helper,
  // `__dirname.split(process.cwd())[1].substring(1)`).
  std::vector<TSNode> parts = named_children(value);
  std::string text(tree.text(value));
  std::size_t end = text.find('}');
  if (parts.empty() || !is(parts[0], "template_substitution") ||
      end == std::string::npos || text.compare(end + 1, 1, "/") != 0 ||
      text.find("${", end) != std::string::npos)
    return std::nullopt;
  bool dirname = false, other = false;
  walk_named_descendants(parts[0], [&](TSNode node) {
    std::string_view name = tree.text(node);
    if (is(node, "identifier")) {
      dirname = dirname || name == "__dirname";
      other = other || (name != "__dirname" && name != "process" &&
                        name != "handlerPath");
    }
    return true;
  });
  if (!dirname || other)
    return std::nullopt;
  fs::path directory =
      fs::absolute(tree.file()->path()).lexically_normal().parent_path();
  fs::path relative = directory.lexically_relative(service);
  if (relative.empty() || *relative.begin() == "..")
    return std::nullopt;
  return relative.generic_string() + text.substr(end + 1, text.size() - end - 2);
}

/// The `runtime` of a function or provider object, when it is a string.
std::string runtime_of(const JsModule &module, TSNode object) {
  TSNode runtime = ts_node_is_null(object)
                       ? TSNode{}
                       : property_value(module.tree(), object, "runtime");
  return string_value(module.tree(), unwrap_expression(runtime)).value_or("");
}

} // namespace

bool is_serverless_code_config(const std::string &path) {
  std::string name = fs::path(path).filename().string();
  return name == "serverless.ts" || name == "serverless.js";
}

AppFunctions serverless_code_functions(Modules &modules,
                                                  const JsModule &config) {
  const JsTree &tree = config.tree();
  AppFunctions found;
  std::string service_file = fs::path(tree.file()->path()).filename().string();
  const std::string unread_end =
      ", which hoist cannot read, so no handler it names is checked (name "
      "them with --handler)";
  fs::path service =
      fs::absolute(tree.file()->path()).lexically_normal().parent_path();
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!is(node, "object"))
      return true;
    TSNode listed = property_value(tree, node, "functions");
    TSNode functions = object_of(config, listed);
    // Another cloud's functions (`provider: { name: 'google' }`) are none
    // of Lambda's.
    TSNode provider = object_of(config, property_value(tree, node, "provider"));
    std::optional<std::string> cloud =
        ts_node_is_null(provider)
            ? std::nullopt
            : string_value(tree, unwrap_expression(
                                     property_value(tree, provider, "name")));
    if (cloud && *cloud != "aws")
      return false;
    if (ts_node_is_null(functions)) {
      if (!ts_node_is_null(listed))
        found.unread.push_back(
            {listed, "the functions of " + service_file + " are '" +
                         std::string(tree.text(listed)) + "'" + unread_end});
      return ts_node_is_null(listed);
    }
    std::string provider_runtime = runtime_of(config, provider);
    for (TSNode member : named_children(functions)) {
      if (is(member, "comment"))
        continue;
      if (is(member, "spread_element")) {
        found.unread.push_back(
            {member, service_file + " defines functions with '" +
                         std::string(tree.text(member)) + "'" + unread_end});
        continue;
      }
      TSNode value = is(member, "pair") ? field(member, "value") : member;
      // `create` of `import create from '@functions/create'`: the object
      // that module exports
      const JsModule *owner = &config;
      TSNode object = object_of(config, value);
      value = unwrap_expression(value);
      const Binding *binding =
          is(value, "identifier") || is(value, "shorthand_property_identifier")
              ? config.binding(std::string(tree.text(value)))
              : nullptr;
      if (ts_node_is_null(object) && binding &&
          binding->kind == Binding::Kind::Import)
        if (const JsModule *imported =
                modules.imported(config, binding->module))
          if (auto exported = export_value(
                  modules, *imported,
                  binding->path.empty() ? "default" : binding->path, 0)) {
            owner = exported->first;
            object = object_of(*owner, exported->second);
          }
      if (ts_node_is_null(object)) {
        std::string from =
            binding && binding->kind == Binding::Kind::Import
                ? " from '" + binding->module + "'"
                : "";
        found.unread.push_back(
            {member, service_file + " defines the function '" +
                         std::string(tree.text(member)) + "'" + from +
                         unread_end});
        continue;
      }
      auto handler = handler_string(
          *owner,
          unwrap_expression(property_value(owner->tree(), object, "handler")),
          service);
      std::size_t slash = handler ? handler->rfind('/') : std::string::npos;
      std::size_t dot =
          handler ? handler->find('.', slash == std::string::npos ? 0
                                                                  : slash + 1)
                  : std::string::npos;
      // A nested export (`index.handlers.main`) is left to the runtime.
      if (dot == std::string::npos || dot == 0 ||
          handler->find('.', dot + 1) != std::string::npos) {
        found.unread.push_back(
            {member, "the function '" +
                         std::string(tree.text(is(member, "pair")
                                                   ? field(member, "key")
                                                   : member)) +
                         "' of " + service_file +
                         " has a handler string hoist cannot read, so its "
                         "handler is not checked (name it with --handler)"});
        continue;
      }
      std::string runtime = runtime_of(*owner, object);
      found.read.push_back({(service / handler->substr(0, dot)).lexically_normal(),
                       handler->substr(dot + 1), member,
                       runtime.empty() ? provider_runtime : runtime,
                       "the " + service_file + " function"});
    }
    return false;
  });
  return found;
}

} // namespace hoist::javascript
