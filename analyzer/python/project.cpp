#include "python/project.h"

namespace hoist::python {

namespace fs = std::filesystem;

Project::Project(std::vector<ParsedModule> modules, const fs::path &base)
    : modules_(std::move(modules)), base_(base) {
  for (const ParsedModule &module : modules_)
    by_path_[(base_ / module.file->path()).lexically_normal().string()] =
        module.model.get();
}

const ModuleModel *Project::module_at(const fs::path &dir) const {
  fs::path stem = dir.lexically_normal();
  for (const fs::path &candidate :
       {fs::path(stem.string() + ".py"), stem / "__init__.py"}) {
    auto it = by_path_.find(candidate.string());
    if (it != by_path_.end())
      return it->second;
  }
  return nullptr;
}

fs::path Project::directory_of(const ModuleModel &module) const {
  return (base_ / module.path()).lexically_normal().parent_path();
}

bool Project::is_package(const ModuleModel &module) const {
  return fs::path(module.path()).filename() == "__init__.py";
}

} // namespace hoist::python
