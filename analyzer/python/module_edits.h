#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/fix.h"
#include "python/module_model.h"

namespace hoist::python {

/// Edits that add code at module scope, shared by the fixes that move or
/// wrap code there.
class ModuleEdits {
public:
  explicit ModuleEdits(const ModuleModel &module) : module_(module) {}

  /// Where a new module-level statement that uses `names` can go: after the
  /// imports, and after the statements that bind any of `names`. Returns the
  /// offset of the start of the line after that statement, and whether that
  /// statement is an import (a blank line then separates the new code).
  std::pair<std::size_t, bool>
  insertion_point(const std::vector<std::string> &names) const;
  /// Where a new import goes: right after the last one.
  std::size_t import_point() const;

  /// An edit that adds `text` (whole statements, each ending in a newline)
  /// at insertion_point(names).
  Edit insert_statements(const std::vector<std::string> &names,
                         const std::string &text) const;

  /// How module scope refers to `module_name` ("functools"), and an edit
  /// that imports it when nothing does.
  std::pair<std::string, std::optional<Edit>>
  import_module(const std::string &module_name) const;

  /// `base`, or `base_2`, `base_3`, ...: a name free at module scope (not
  /// bound there, not declared `global` anywhere, not a builtin) and, when
  /// `reader` is given, not bound in it either, so it reads the global.
  std::string free_name(const std::string &base,
                        const FunctionInfo *reader = nullptr) const;
  /// True when `name` is free at module scope in the sense of free_name.
  bool free_at_module_scope(const std::string &name) const;

private:
  /// The last import statement, or the last statement binding one of
  /// `names` if that comes later; and whether it is the import.
  std::pair<TSNode, bool>
  anchor_after(const std::vector<std::string> &names) const;
  /// After a module docstring, else the top of the file.
  std::size_t start_of_code() const;
  /// The module-level statement that contains `node`.
  TSNode top_level_statement(TSNode node) const;
  std::size_t line_after(TSNode statement) const;
  /// True when `statement` calls a function or class of this module.
  bool calls_own_code(TSNode statement) const;

  const ModuleModel &module_;
};

/// The identifiers `expression` reads (not attribute names or keyword
/// argument names), in order.
std::vector<std::string> names_read(const SyntaxTree &tree, TSNode expression);

/// True for Python's builtin names that can be read at module scope.
bool is_builtin_name(const std::string &name);

} // namespace hoist::python
