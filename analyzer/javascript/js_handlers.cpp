#include "javascript/js_handlers.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "core/message_excerpt.h"
#include "core/source_file.h"
#include "core/tsconfig.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::named_children;

/// Calls `visit` on `directory` and on each directory above it, up to
/// `base` (or the root when `base` is not above it), until it returns
/// true; says whether it did.
template <typename Visit>
bool any_directory_up(const std::filesystem::path &directory,
                      const std::filesystem::path &base, Visit visit) {
  namespace fs = std::filesystem;
  fs::path absolute_base = fs::absolute(base).lexically_normal();
  for (fs::path dir = fs::absolute(directory).lexically_normal();;
       dir = dir.parent_path()) {
    if (visit(dir))
      return true;
    if (dir == absolute_base || !dir.has_relative_path() ||
        dir.lexically_relative(absolute_base).string().rfind("..", 0) == 0)
      return false;
  }
}

/// True when `pattern`, a destructured parameter, takes a field of a Lambda
/// event (`{ body, pathParameters }`, `{ Records }`, `{ request, response }`
/// of a Cognito trigger), or its TypeScript `type` names an event
/// (`APIGatewayProxyEvent`); not an options object (`{ region, userPoolId
/// }`).
bool destructures_event(const JsTree &tree, TSNode pattern, TSNode type) {
  static const std::set<std::string_view> kEventFields{"body",
                                                       "headers",
                                                       "multiValueHeaders",
                                                       "pathParameters",
                                                       "queryStringParameters",
                                                       "requestContext",
                                                       "httpMethod",
                                                       "rawPath",
                                                       "rawQueryString",
                                                       "resource",
                                                       "stageVariables",
                                                       "isBase64Encoded",
                                                       "Records",
                                                       "detail",
                                                       "source",
                                                       "arguments",
                                                       "identity",
                                                       "request",
                                                       "response",
                                                       "triggerSource",
                                                       "RequestType",
                                                       "ResourceProperties",
                                                       "Payload",
                                                       "input"};
  if (!ts_node_is_null(type) &&
      lowered(tree.text(type)).find("event") != std::string::npos)
    return true;
  for (TSNode part : named_children(pattern)) {
    TSNode key = is(part, "pair_pattern")                ? field(part, "key")
                 : is(part, "object_assignment_pattern") ? field(part, "left")
                                                         : part;
    if (kEventFields.count(tree.text(key)))
      return true;
  }
  return false;
}

/// The first parameter's name, "{}" for a destructured event (see
/// destructures_event), "{options}" for another destructured object, ""
/// for none.
std::string first_parameter(const JsTree &tree, TSNode function) {
  TSNode single = field(function, "parameter"); // x => ...
  if (!ts_node_is_null(single))
    return std::string(tree.text(single));
  std::vector<TSNode> parameters =
      named_children(field(function, "parameters"));
  for (TSNode parameter : parameters) {
    if (is(parameter, "comment"))
      continue;
    // TypeScript wraps each in required_parameter/optional_parameter.
    TSNode pattern = field(parameter, "pattern");
    if (ts_node_is_null(pattern))
      pattern = parameter;
    if (is(pattern, "assignment_pattern"))
      pattern = field(pattern, "left");
    if (is(pattern, "object_pattern"))
      return destructures_event(tree, pattern, field(parameter, "type"))
                 ? "{}"
                 : "{options}";
    return std::string(tree.text(pattern));
  }
  return "";
}

bool event_like(const std::string &parameter) {
  std::string name = lowered(parameter);
  return name == "{}" || name.find("event") != std::string::npos ||
         name == "evt" || name == "e" || name == "_e" || name == "ev";
}

} // namespace

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return out;
}

TSNode exported_function(const JsModule &module,
                         const JsModule::Export &exported) {
  TSNode value = unwrap_expression(exported.value);
  if (is(value, "identifier") || is(value, "shorthand_property_identifier")) {
    const Binding *binding =
        module.binding(std::string(module.tree().text(value)));
    value = binding && binding->kind == Binding::Kind::Function
                ? unwrap_expression(binding->function)
                : TSNode{};
  }
  return !ts_node_is_null(value) && is_function_node(value) ? value : TSNode{};
}

bool takes_event_first(const JsTree &tree, TSNode function) {
  return event_like(first_parameter(tree, function));
}

std::optional<NodeHandlerString>
parse_node_handler(const ConfiguredHandler &configured, std::string &error) {
  const std::string &text = configured.handler;
  std::size_t slash = text.rfind('/');
  std::string directory =
      slash == std::string::npos ? "" : text.substr(0, slash);
  std::string last = text.substr(slash == std::string::npos ? 0 : slash + 1);
  std::size_t dot = last.find('.');
  // `src/.listener` names no file: Lambda loads the directory `src/`.
  if (dot == std::string::npos || dot + 1 == last.size()) {
    error = "handler '" + message_excerpt(text) + "' is not '<file>.<export>'";
    return std::nullopt;
  }
  if (text.find("..") != std::string::npos) {
    error = "handler '" + message_excerpt(text) +
            "' climbs out of the code root with '..'";
    return std::nullopt;
  }
  NodeHandlerString handler;
  handler.stem = (configured.code_root / directory / last.substr(0, dot))
                     .lexically_normal();
  handler.export_path = last.substr(dot + 1);
  return handler;
}

std::optional<std::filesystem::path>
module_file(const NodeHandlerString &handler,
            const ConfiguredHandler &configured, std::uintmax_t max_size) {
  namespace fs = std::filesystem;
  // What discovery leaves out as compiled output is checked in its source.
  if (auto source = compiled_source(handler.stem, max_size))
    return source;
  // Lambda requires the path without extension first, so a directory
  // (`src/.listener`, or `lib.handler` beside a lib/) loads its index file.
  std::error_code not_directory;
  fs::path stem = fs::is_directory(handler.stem, not_directory)
                      ? handler.stem / "index"
                      : handler.stem;
  for (const char *extension :
       {".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".tsx"}) {
    fs::path candidate = stem;
    candidate += extension;
    std::error_code error;
    if (fs::is_regular_file(candidate, error))
      return candidate;
  }
  const std::vector<fs::path> &entries = configured.build_entry_points;
  if (entries.empty())
    return std::nullopt;
  fs::path outbase = entries.front().parent_path();
  for (const fs::path &entry : entries)
    while (!outbase.empty() &&
           entry.lexically_relative(outbase).generic_string().rfind("..", 0) ==
               0)
      outbase = outbase.parent_path();
  fs::path wanted = handler.stem.lexically_relative(
      fs::absolute(configured.code_root).lexically_normal());
  for (const fs::path &entry : entries) {
    fs::path output = entry.lexically_relative(outbase).replace_extension();
    std::error_code error;
    if (output == wanted && fs::is_regular_file(entry, error))
      return entry;
  }
  return std::nullopt;
}

bool may_be_built(const std::filesystem::path &code_root,
                  const std::filesystem::path &base, std::uintmax_t max_size) {
  namespace fs = std::filesystem;
  return any_directory_up(code_root, base, [max_size](const fs::path &dir) {
    std::error_code error;
    for (const char *config :
         {"tsconfig.json", "webpack.config.js", "webpack.config.ts",
          "esbuild.config.js", "esbuild.config.mjs", "rollup.config.js",
          "babel.config.js", ".babelrc"})
      if (fs::exists(dir / config, error))
        return true;
    std::string unread;
    if (auto package = read_file(dir / "package.json", unread, max_size))
      for (const char *tool : {"typescript", "esbuild", "webpack", "rollup",
                               "babel", "parcel", "tsc", "tsup", "swc"})
        if (package->find(tool) != std::string::npos)
          return true;
    return false;
  });
}

bool deployed_elsewhere(const std::filesystem::path &file,
                        const std::filesystem::path &base,
                        std::uintmax_t max_size) {
  namespace fs = std::filesystem;
  bool elsewhere = false;
  any_directory_up(
      fs::absolute(file).parent_path(), base, [&](const fs::path &dir) {
        for (const char *name : {"serverless.yml", "serverless.yaml"}) {
          std::string unread;
          auto config = read_file(dir / name, unread, max_size);
          if (!config)
            continue;
          elsewhere = deploys_elsewhere(*config);
          return true; // the nearest one says
        }
        return false;
      });
  return elsewhere;
}

bool is_test_path(const std::string &path) {
  std::string name = path.substr(path.rfind('/') + 1);
  if (name.find(".test.") != std::string::npos ||
      name.find(".spec.") != std::string::npos)
    return true;
  for (const char *directory :
       {"test/", "tests/", "__tests__/", "__mocks__/", "spec/"})
    if (path.rfind(directory, 0) == 0 ||
        path.find(std::string("/") + directory) != std::string::npos)
      return true;
  return false;
}

std::vector<JsHandler> find_handlers(const JsModule &module,
                                     const std::vector<std::string> &patterns) {
  static const std::vector<std::string> kDefault{
      "handler", "lambdaHandler", "*Handler", "*_handler", "handler*"};
  std::vector<JsHandler> handlers;
  for (const auto &[name, exported] : module.exports()) {
    // A name given whole is a handler; one a glob matches needs a
    // handler's form too.
    const std::string *matched = nullptr;
    for (const std::string &pattern : patterns.empty() ? kDefault : patterns)
      if (fnmatch(pattern.c_str(), name.c_str(), 0) == 0 &&
          (!matched || pattern == name))
        matched = &pattern;
    if (!matched)
      continue;
    bool exact = *matched == name;
    // An exported function, or a name bound to one (or to a wrapper's
    // result): what the export resolves to is the checker's to follow.
    TSNode value = unwrap_expression(exported.value);
    if (!exact) {
      TSNode function = exported_function(module, exported);
      std::string reason =
          "its exported name matches the handler pattern '" + *matched + "'";
      // A call (`middy(getUser)`), or a name bound to one.
      TSNode made = value;
      if (is(value, "identifier") || is(value, "shorthand_property_identifier"))
        if (const Binding *binding =
                module.binding(std::string(module.tree().text(value))))
          if (is(binding->site, "variable_declarator"))
            made = unwrap_expression(field(binding->site, "value"));
      if (is(made, "call_expression")) {
        handlers.push_back({name, exported.site, reason, true});
        continue;
      }
      if (ts_node_is_null(function) ||
          !takes_event_first(module.tree(), function))
        continue;
      handlers.push_back({name, exported.site, reason});
      continue;
    }
    handlers.push_back(
        {name, exported.site, "it is exported as '" + name + "'"});
  }
  return handlers;
}

bool names_module(const std::vector<std::string> &components,
                  const std::string &task_root, const std::string &path) {
  namespace fs = std::filesystem;
  if (components.empty())
    return false;
  fs::path file = fs::absolute(path).lexically_normal();
  fs::path stem = file.parent_path() / file.stem();
  // A directory's index file is what Lambda loads for the directory.
  if (file.stem() == "index" &&
      names_module(components, task_root, file.parent_path().string()))
    return true;
  if (!task_root.empty()) {
    fs::path wanted = task_root;
    for (const std::string &component : components)
      wanted /= component;
    return stem == wanted.lexically_normal();
  }
  std::vector<std::string> parts;
  for (const fs::path &part : stem)
    parts.push_back(part.string());
  return parts.size() >= components.size() &&
         std::equal(components.rbegin(), components.rend(), parts.rbegin());
}

} // namespace hoist::javascript
