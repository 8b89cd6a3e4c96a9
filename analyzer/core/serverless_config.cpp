// serverless.yml: functions.<name>.handler, with provider.runtime.
#include "core/deployment.h"
#include "core/yaml_location.h"

namespace hoist {

void read_serverless_config(const SourceFilePtr &file, DeploymentScan &out) {
  YamlNode::Ptr root = parse_yaml(file, out, "YAML");
  const YamlNode *functions = root ? root->get("functions") : nullptr;
  if (!functions || !functions->is_map())
    return;
  std::string default_runtime;
  if (const YamlNode *provider = root->get("provider");
      provider && provider->is_map())
    default_runtime = yaml_string(provider->get("runtime"));
  std::filesystem::path dir =
      std::filesystem::absolute(file->path()).parent_path();
  for (const auto &[name, body] : functions->entries) {
    if (!body->is_map() || body->get("image"))
      continue; // container images name their handler in the image
    const YamlNode *handler = body->get("handler");
    std::string text = yaml_string(handler);
    const YamlNode *runtime_node = body->get("runtime");
    std::string runtime =
        runtime_node ? yaml_string(runtime_node) : default_runtime;
    if (text.empty() || !is_python_runtime(runtime))
      continue;
    out.handlers.push_back(
        {text, dir.lexically_normal(), runtime, yaml_location(file, *handler),
         "function '" + name->scalar + "' in " + file->path()});
  }
}

} // namespace hoist
