// serverless.yml (Serverless Framework, AWS provider): functions.<name>.handler
// with its runtime, else provider.runtime, and its environment merged over
// provider.environment.
#include "core/deployment.h"
#include "core/yaml_location.h"

namespace hoist {
namespace {

/// `key`, or the same key capitalized (`Runtime:`), which the Framework's
/// users write and its schema check only warns about.
const YamlNode *get_either_case(const YamlNode &map, std::string key) {
  if (const YamlNode *value = map.get(key))
    return value;
  key[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(key[0])));
  return map.get(key);
}

bool lists(const YamlNode *sequence, std::string_view item) {
  if (!sequence || sequence->kind != YamlNode::Kind::Sequence)
    return false;
  for (const YamlNode::Ptr &entry : sequence->items)
    if (yaml_string(entry.get()) == item)
      return true;
  return false;
}

/// True when the function is deployed from a prebuilt archive
/// (`package.artifact`), whose code hoist cannot see.
bool packaged_elsewhere(const YamlNode *package) {
  return package && package->is_map() && package->get("artifact");
}

} // namespace

void read_serverless_config(const SourceFilePtr &file,
                            const DeploymentContext &, DeploymentScan &out) {
  std::optional<YamlStream> stream = parse_yaml(file, out, "YAML", true);
  if (!stream || stream->documents.empty())
    return;
  const YamlNode &root = *stream->documents.front();
  // The Framework refuses a file with a repeated key, whatever its place.
  for (const YamlDuplicateKey &duplicate : stream->duplicates)
    report_duplicate_key(file, duplicate, true,
                         "the Serverless Framework refuses the file; hoist "
                         "reads this last one",
                         out);
  const YamlNode *functions = root.get("functions");
  if (!functions || !functions->is_map())
    return;
  // Other providers (Azure, Google, OpenWhisk, Knative, ...) are not Lambda.
  std::string default_runtime;
  const YamlNode *default_environment = nullptr;
  if (const YamlNode *provider = root.get("provider")) {
    std::string name = provider->is_map() ? yaml_string(provider->get("name"))
                                          : yaml_string(provider);
    if (!name.empty() && name != "aws")
      return;
    if (provider->is_map()) {
      default_runtime = yaml_string(get_either_case(*provider, "runtime"));
      default_environment = provider->get("environment");
    }
  }
  if (packaged_elsewhere(root.get("package")))
    return;
  // serverless-wsgi writes wsgi_handler.py into the package at deployment.
  bool wsgi = lists(root.get("plugins"), "serverless-wsgi");
  std::filesystem::path dir =
      std::filesystem::absolute(file->path()).parent_path().lexically_normal();
  for (const auto &[name, body] : functions->entries) {
    if (!body->is_map())
      continue;
    if (body->get("image") || packaged_elsewhere(body->get("package"))) {
      // An image or an archive names code hoist cannot see.
      out.notices.push_back(
          {Severity::Warning, yaml_location(file, *name),
           "the code of function '" + name->scalar +
               "' is not checked: it is deployed as " +
               (body->get("image") ? "an image" : "a prebuilt archive"),
           true});
      continue;
    }
    const YamlNode *handler = body->get("handler");
    if (!handler)
      continue;
    std::string text = yaml_string(handler);
    if (text.empty()) {
      out.notices.push_back(
          {Severity::Warning, yaml_location(file, *handler),
           "'handler' of function '" + name->scalar +
               "' should be a string 'module.function'; it is not checked"});
      continue;
    }
    if (text.find("${") != std::string::npos ||
        (wsgi && text.rfind("wsgi_handler.", 0) == 0))
      continue; // known only at deployment, or written by the plugin
    ConfiguredHandler configured;
    configured.handler = text;
    configured.code_root = dir;
    const YamlNode *runtime = get_either_case(*body, "runtime");
    configured.runtime = runtime ? yaml_string(runtime) : default_runtime;
    if (configured.runtime.find("${") != std::string::npos)
      configured.runtime.clear(); // a variable: the code's files will tell
    configured.where = yaml_location(file, *handler);
    configured.origin = "function '" + name->scalar + "' in " + file->path();
    // The Framework merges the provider's variables with the function's.
    configured.environment.add(default_environment, true);
    configured.environment.add(body->get("environment"), true);
    out.handlers.push_back(std::move(configured));
  }
}

} // namespace hoist
