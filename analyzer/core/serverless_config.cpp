// serverless.yml: functions.<name>.handler, with provider.runtime.
#include <yaml-cpp/yaml.h>

#include "core/deployment.h"
#include "core/yaml_location.h"

namespace hoist {

void read_serverless_config(const SourceFilePtr &file, DeploymentScan &out) {
  YAML::Node root = parse_yaml(file, out, "YAML");
  if (!root.IsMap() || !root["functions"] || !root["functions"].IsMap())
    return;
  std::string default_runtime;
  if (root["provider"] && root["provider"].IsMap())
    default_runtime = yaml_string(root["provider"]["runtime"]);
  std::filesystem::path dir =
      std::filesystem::absolute(file->path()).parent_path();
  for (const auto &function : root["functions"]) {
    const YAML::Node body = function.second;
    if (!body.IsMap() || body["image"])
      continue; // container images name their handler in the image
    std::string text = yaml_string(body["handler"]);
    std::string runtime =
        body["runtime"] ? yaml_string(body["runtime"]) : default_runtime;
    if (text.empty() || !is_python_runtime(runtime))
      continue;
    out.handlers.push_back(
        {text, dir.lexically_normal(), runtime,
         yaml_location(file, body["handler"]),
         "function '" + function.first.Scalar() + "' in " + file->path()});
  }
}

} // namespace hoist
