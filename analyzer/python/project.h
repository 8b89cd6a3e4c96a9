#pragma once

#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
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

/// Texts that replace files on disk, by absolute path: what --fix has
/// written so far, in memory.
using Overlay = std::unordered_map<std::string, std::string>;

/// Reads and parses one file (from `overlay` when it holds it), or says why
/// it cannot be analyzed.
std::variant<ParsedModule, LoadError>
parse_module(const std::filesystem::path &path, const std::string &display_path,
             const Overlay *overlay = nullptr);

/// Every Python file of one run, indexed by absolute path so that imports can
/// be resolved to the project's own modules. A module that an import names
/// but that was not among the files checked (`hoist check app.py` imports
/// helpers.py) is read from disk when first asked for.
class Project {
public:
  /// Takes the parsed files; `base` makes their relative paths absolute.
  Project(std::vector<ParsedModule> modules, const std::filesystem::path &base,
          const Overlay *overlay = nullptr);

  /// Every module read: first the files checked, in order, then those
  /// loaded on demand. Grows as imports are resolved.
  const std::deque<ParsedModule> &modules() const { return modules_; }
  /// How many of modules() are the files checked.
  std::size_t checked_count() const { return checked_count_; }
  /// The module whose file is `<dir>.py` or `<dir>/__init__.py`.
  const ModuleModel *module_at(const std::filesystem::path &dir) const;
  /// The absolute directory that holds `module`'s file.
  std::filesystem::path directory_of(const ModuleModel &module) const;
  /// True when `module` is a package's `__init__.py`.
  bool is_package(const ModuleModel &module) const;

private:
  const ModuleModel *load(const std::filesystem::path &file) const;

  std::filesystem::path base_;
  const Overlay *overlay_;
  std::size_t checked_count_;
  // Loading on demand changes what the project holds, not what it is.
  mutable std::deque<ParsedModule> modules_;
  mutable std::unordered_map<std::string, const ModuleModel *> by_path_;
};

} // namespace hoist::python
