// SAM and CloudFormation templates (YAML or JSON): AWS::Serverless::Function
// and AWS::Lambda::Function resources, with SAM's Globals.
#include "core/deployment.h"
#include "core/yaml_location.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// The function's own property, else the Globals one (SAM functions only).
const YamlNode *property(const YamlNode *properties, const YamlNode *globals,
                         const char *key) {
  if (properties && properties->is_map())
    if (const YamlNode *own = properties->get(key))
      return own;
  if (globals && globals->is_map())
    return globals->get(key);
  return nullptr;
}

} // namespace

void read_sam_template(const SourceFilePtr &file, DeploymentScan &out) {
  YamlNode::Ptr root = parse_yaml(file, out, "YAML or JSON");
  const YamlNode *resources = root ? root->get("Resources") : nullptr;
  if (!resources || !resources->is_map())
    return;
  const YamlNode *globals_section = root->get("Globals");
  const YamlNode *globals = globals_section && globals_section->is_map()
                                ? globals_section->get("Function")
                                : nullptr;
  fs::path dir = fs::absolute(file->path()).parent_path();
  for (const auto &[name, body] : resources->entries) {
    if (!body->is_map())
      continue;
    std::string type = yaml_string(body->get("Type"));
    const YamlNode *properties = body->get("Properties");
    bool serverless = type == "AWS::Serverless::Function";
    if (!serverless && type != "AWS::Lambda::Function")
      continue;
    const YamlNode *defaults = serverless ? globals : nullptr;
    if (yaml_string(property(properties, defaults, "PackageType")) == "Image")
      continue; // the image's CMD names the handler
    const YamlNode *handler = property(properties, defaults, "Handler");
    std::string text = yaml_string(handler);
    std::string runtime =
        yaml_string(property(properties, defaults, "Runtime"));
    if (text.empty() || !is_python_runtime(runtime))
      continue;
    std::string code = ".";
    if (serverless) {
      const YamlNode *uri = property(properties, defaults, "CodeUri");
      if (uri && !uri->is_scalar())
        continue; // an S3 location: the code is not here
      if (uri)
        code = yaml_string(uri);
    } else {
      const YamlNode *source = property(properties, nullptr, "Code");
      if (!source || !source->is_scalar())
        continue; // inline ZipFile or S3: the code is not here
      code = yaml_string(source);
    }
    if (code.empty())
      continue;
    out.handlers.push_back(
        {text, (dir / code).lexically_normal(), runtime,
         yaml_location(file, *handler),
         "function '" + name->scalar + "' in " + file->path()});
  }
}

} // namespace hoist
