#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"
#include "core/suppressions.h"
#include "python/module_model.h"
#include "python/syntax_tree.h"

namespace hoist::python {

/// One parsed Python file: its text, tree and model, kept alive together.
struct ParsedModule {
  SourceFilePtr file;
  std::unique_ptr<SyntaxTree> tree;
  std::unique_ptr<ModuleModel> model;
  std::optional<Location> syntax_error;
  std::vector<Suppression> suppressions;
};

/// Every Python file of one run, indexed by absolute path so that imports can
/// be resolved to the project's own modules.
class Project {
public:
  /// Takes the parsed files; `base` makes their relative paths absolute.
  Project(std::vector<ParsedModule> modules, const std::filesystem::path &base);

  const std::vector<ParsedModule> &modules() const { return modules_; }
  /// The module whose file is `<dir>.py` or `<dir>/__init__.py`.
  const ModuleModel *module_at(const std::filesystem::path &dir) const;
  /// The absolute directory that holds `module`'s file.
  std::filesystem::path directory_of(const ModuleModel &module) const;
  /// True when `module` is a package's `__init__.py`.
  bool is_package(const ModuleModel &module) const;

private:
  std::vector<ParsedModule> modules_;
  std::filesystem::path base_;
  std::unordered_map<std::string, const ModuleModel *> by_path_;
};

} // namespace hoist::python
