// SAM and CloudFormation templates (YAML or JSON): AWS::Serverless::Function
// and AWS::Lambda::Function resources, with SAM's Globals.
#include <yaml-cpp/yaml.h>

#include "core/deployment.h"
#include "core/yaml_location.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// The function's own property, else the Globals one (SAM functions only).
YAML::Node property(const YAML::Node &properties, const YAML::Node &globals,
                    const char *key) {
  if (properties && properties.IsMap() && properties[key])
    return properties[key];
  if (globals && globals.IsMap() && globals[key])
    return globals[key];
  return YAML::Node();
}

} // namespace

void read_sam_template(const SourceFilePtr &file, DeploymentScan &out) {
  YAML::Node root = parse_yaml(file, out, "YAML or JSON");
  if (!root.IsMap() || !root["Resources"] || !root["Resources"].IsMap())
    return;
  const YAML::Node globals = root["Globals"] && root["Globals"].IsMap()
                                 ? root["Globals"]["Function"]
                                 : YAML::Node();
  fs::path dir = fs::absolute(file->path()).parent_path();
  for (const auto &resource : root["Resources"]) {
    const YAML::Node body = resource.second;
    if (!body.IsMap())
      continue;
    std::string type = yaml_string(body["Type"]);
    const YAML::Node properties = body["Properties"];
    bool serverless = type == "AWS::Serverless::Function";
    if (!serverless && type != "AWS::Lambda::Function")
      continue;
    const YAML::Node none;
    const YAML::Node &defaults = serverless ? globals : none;
    if (yaml_string(property(properties, defaults, "PackageType")) == "Image")
      continue; // the image's CMD names the handler
    YAML::Node handler = property(properties, defaults, "Handler");
    std::string text = yaml_string(handler);
    std::string runtime =
        yaml_string(property(properties, defaults, "Runtime"));
    if (text.empty() || !is_python_runtime(runtime))
      continue;
    std::string code = ".";
    if (serverless) {
      YAML::Node uri = property(properties, defaults, "CodeUri");
      if (uri && !uri.IsScalar())
        continue; // an S3 location: the code is not here
      if (uri)
        code = yaml_string(uri);
    } else {
      YAML::Node source = property(properties, none, "Code");
      if (!source || !source.IsScalar())
        continue; // inline ZipFile or S3: the code is not here
      code = yaml_string(source);
    }
    if (code.empty())
      continue;
    out.handlers.push_back(
        {text, (dir / code).lexically_normal(), runtime,
         yaml_location(file, handler),
         "function '" + resource.first.Scalar() + "' in " + file->path()});
  }
}

} // namespace hoist
