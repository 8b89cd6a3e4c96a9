#include "javascript/js_sdk_v2_versions.h"

#include <optional>
#include <vector>

#include "core/message_excerpt.h"
#include "javascript/js_configuration_changes.h"
#include "javascript/js_handlers.h"
#include "javascript/js_project_writers.h"
#include "javascript/js_resolve.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::kind;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// What `node` holds when it names a `const` (a local one, else the
/// module's), else `node`; without parentheses.
TSNode constant_value(const JsModule &module, TSNode node) {
  node = unwrap_expression(node);
  if (!is(node, "identifier"))
    return node;
  if (TSNode local = const_value(module, node); !ts_node_is_null(local))
    return local;
  std::string name(module.tree().text(node));
  const Binding *binding = module.binding(name);
  if (binding && !local_declaration(module, node, name) &&
      is(binding->site, "variable_declarator") &&
      kind(ts_node_child(ts_node_parent(binding->site), 0)) ==
          std::string_view("const"))
    return unwrap_expression(field(binding->site, "value"));
  return node;
}

/// The object literal `node` is, or a `const` holds; a null node for
/// anything else.
TSNode options_object(const JsModule &module, TSNode node) {
  node = constant_value(module, node);
  return is(node, "object") ? node : TSNode{};
}

/// The versions a module's code asks SDK v2 for, for one service: where
/// each is said, and the value.
struct Asked {
  struct Version {
    const JsModule *module; ///< where it is said
    TSNode said;  ///< the member or assignment that says it, for messages
    TSNode value; ///< what it says
  };
  std::vector<Version> api_version;  ///< `apiVersion`
  std::vector<Version> for_service;  ///< `apiVersions[service]`
  bool names_versions = false;       ///< an `apiVersions` is given
  bool given_service = false;        ///< a DocumentClient's `service`
  TSNode unreadable{};               ///< what hoist cannot read
  const JsModule *unreadable_in = nullptr; ///< its module
  void cannot_read(const JsModule &module, TSNode node) {
    unreadable = node;
    unreadable_in = &module;
  }
};

/// Reads `versions`, an `apiVersions` object said by `said`, for the
/// version it asks of `identifier`.
void read_versions(const JsModule &module, TSNode versions, TSNode said,
                   const std::string &identifier, Asked &asked) {
  const JsTree &tree = module.tree();
  TSNode object = options_object(module, versions);
  if (ts_node_is_null(object)) {
    asked.cannot_read(module, said);
    return;
  }
  for (TSNode version : named_children(object)) {
    if (is(version, "comment"))
      continue;
    TSNode service = is(version, "pair") ? field(version, "key") : TSNode{};
    std::optional<std::string> key =
        is(service, "string") ? string_value(tree, service)
        : is(service, "property_identifier")
            ? std::optional<std::string>(tree.text(service))
            : std::nullopt;
    if (!key)
      asked.cannot_read(module, version);
    else if (*key == identifier)
      asked.for_service.push_back({&module, version, field(version, "value")});
  }
}

/// Reads `options`, an object of SDK v2 configuration (a client's options,
/// `AWS.config.update(...)`'s), for what it asks of `identifier`'s version.
void read_options(const JsModule &module, TSNode options,
                  const std::string &identifier, Asked &asked) {
  const JsTree &tree = module.tree();
  TSNode object = options_object(module, options);
  if (ts_node_is_null(object)) {
    asked.cannot_read(module, options);
    return;
  }
  for (TSNode member : named_children(object)) {
    if (is(member, "spread_element")) {
      read_options(module, ts_node_named_child(member, 0), identifier, asked);
      continue;
    }
    TSNode key = is(member, "pair") ? field(member, "key")
                 : is(member, "shorthand_property_identifier") ? member
                                                                : TSNode{};
    if (ts_node_is_null(key))
      continue; // a method: no configuration SDK v2 reads
    if (is(key, "computed_property_name")) {
      asked.cannot_read(module, member);
      continue;
    }
    std::string name = is(key, "string") ? string_value(tree, key).value_or("")
                                         : std::string(tree.text(key));
    TSNode value = is(member, "pair") ? field(member, "value") : member;
    if (name == "apiVersion") {
      asked.api_version.push_back({&module, member, value});
    } else if (name == "service") {
      asked.given_service = true;
    } else if (name == "apiVersions") {
      asked.names_versions = true;
      read_versions(module, value, member, identifier, asked);
    }
  }
}

/// Reads what the module's changes of SDK v2's global configuration ask
/// of `identifier`'s version: `AWS.config.apiVersion = ...`,
/// `AWS.config.apiVersions = {...}` (or one member of it),
/// `AWS.config.update({...})`, `AWS.config = new AWS.Config({...})`;
/// `AWS.config.loadFromPath(file)` reads a file hoist does not.
void read_global_configuration(const JsModule &module,
                               const std::string &identifier, Asked &asked) {
  const JsTree &tree = module.tree();
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!changes_sdk_configuration(module, node))
      return true;
    bool assigns = is(node, "assignment_expression");
    TSNode target = field(node, assigns ? "left" : "function");
    std::string path = imported_name(module, target)->second;
    if (!assigns && !is(node, "call_expression"))
      return true;
    TSNode value = assigns ? field(node, "right") : TSNode{};
    if (!assigns) {
      if (path == "config.loadFromPath")
        asked.cannot_read(module, node);
      else if (path == "config.update" && !arguments_of(node).empty())
        read_options(module, arguments_of(node).front(), identifier, asked);
    } else if (path == "config") {
      TSNode built = unwrap_expression(value);
      std::vector<TSNode> given =
          is(built, "new_expression") ? arguments_of(built)
                                      : std::vector<TSNode>{};
      if (!is(built, "new_expression"))
        asked.cannot_read(module, node);
      else if (!given.empty())
        read_options(module, given.front(), identifier, asked);
    } else if (path == "config.apiVersion") {
      asked.api_version.push_back({&module, node, value});
    } else if (path == "config.apiVersions") {
      read_versions(module, value, node, identifier, asked);
    } else if (path == "config.apiVersions." + identifier) {
      asked.for_service.push_back({&module, node, value});
    }
    return true;
  });
}

/// True for 'YYYY-MM-DD'.
bool is_date(const std::string &text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-')
    return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9')
      return false;
  return true;
}

/// Why the version `asked` says makes the constructor throw for `service`
/// (whose oldest model is `oldest`), or "".
std::string version_problem(const Asked::Version &asked,
                            const std::string &service,
                            const std::string &oldest) {
  const JsModule &module = *asked.module;
  const JsTree &tree = module.tree();
  TSNode value = constant_value(module, asked.value);
  std::optional<std::string> version = string_value(tree, value);
  std::string said = "'" + message_excerpt(tree.text(asked.said), 50) + "'";
  if (!version || (*version != "latest" && !is_date(*version)))
    return said + " asks SDK v2 for an API version of " + service +
           " hoist cannot read (a date 'YYYY-MM-DD' or 'latest'), and its "
           "constructor throws when v2 bundles no model that old";
  if (*version != "latest" && *version < oldest)
    return said + " asks SDK v2 for the " + service + " API as of " +
           *version + ", older than any model v2 bundles (the oldest is " +
           oldest + "), and its constructor throws";
  return "";
}

} // namespace

std::string sdk_v2_version_failure(const JsModule &module,
                                   const JsCatalogue &catalogue,
                                   TSNode construction, Modules *modules) {
  if (!is(construction, "new_expression"))
    return "";
  auto name = imported_name(module, field(construction, "constructor"));
  if (!name)
    return "";
  // The service, and whether a DocumentClient builds its client.
  std::string service;
  std::string member;
  if (name->first == "aws-sdk") {
    service = name->second.substr(0, name->second.find('.'));
    if (service.size() < name->second.size())
      member = name->second.substr(service.size() + 1);
  } else if (name->first.rfind("aws-sdk/clients/", 0) == 0) {
    service = name->first.substr(16);
    member = name->second;
  } else {
    return "";
  }
  if (service.empty() || (!member.empty() && member != "DocumentClient"))
    return "";
  const auto *known = catalogue.sdk_v2_service(service);
  std::string identifier = lowered(known ? known->first : service);
  Asked own, global;
  std::vector<TSNode> given = arguments_of(construction);
  if (!given.empty())
    read_options(module, given.front(), identifier, own);
  if (own.given_service && member == "DocumentClient")
    return ""; // it wraps the client given, and builds none
  // The global configuration, as every module INIT loads may set it.
  for (const JsModule *loaded :
       modules ? reachable_modules(*modules, {&module})
               : std::vector<const JsModule *>{&module})
    read_global_configuration(*loaded, identifier, global);
  // The client's `apiVersions` replaces the global one, its `apiVersion`
  // the global one; the version is `apiVersions[service] || apiVersion`.
  std::vector<Asked::Version> versions = own.for_service;
  if (!own.names_versions)
    versions.insert(versions.end(), global.for_service.begin(),
                    global.for_service.end());
  const std::vector<Asked::Version> &fallback =
      own.api_version.empty() ? global.api_version : own.api_version;
  versions.insert(versions.end(), fallback.begin(), fallback.end());
  for (const Asked *asked : {&own, &global})
    if (!ts_node_is_null(asked->unreadable))
      return "hoist cannot read what '" +
             message_excerpt(
                 asked->unreadable_in->tree().text(asked->unreadable), 50) +
             "' asks SDK v2 for as the API version of its client, and its "
             "constructor throws when v2 bundles no model that old";
  if (!known)
    return versions.empty()
               ? ""
               : "hoist does not know the API models SDK v2 bundles for '" +
                     service + "', and its constructor throws when none is "
                     "as old as the version asked for";
  for (const Asked::Version &version : versions)
    if (std::string problem =
            version_problem(version, known->first, known->second);
        !problem.empty())
      return problem;
  return "";
}

} // namespace hoist::javascript
