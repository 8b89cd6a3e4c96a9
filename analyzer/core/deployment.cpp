#include "core/deployment.h"

#include "core/dockerfile.h"

namespace hoist {

namespace fs = std::filesystem;

bool is_deployment_file(const fs::path &path) {
  std::string name = path.filename().string();
  return name == "template.yaml" || name == "template.yml" ||
         name == "template.json" || name == "serverless.yml" ||
         name == "serverless.yaml" || is_dockerfile_name(name);
}

bool is_python_runtime(const std::string &runtime) {
  return runtime.empty() || runtime.rfind("python", 0) == 0;
}

void read_deployment_file(const fs::path &path, const std::string &display_path,
                          DeploymentScan &out, std::uintmax_t max_size) {
  auto loaded = SourceFile::load(path, display_path, max_size);
  if (auto *error = std::get_if<LoadError>(&loaded)) {
    out.errors.push_back(std::move(*error));
    return;
  }
  const SourceFilePtr &file = std::get<SourceFilePtr>(loaded);
  std::string name = path.filename().string();
  if (is_dockerfile_name(name))
    read_dockerfile(file, out);
  else if (name.rfind("serverless.", 0) == 0)
    read_serverless_config(file, out);
  else
    read_sam_template(file, out);
}

} // namespace hoist
