#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/rule_registry.h"

namespace hoist {

/// Something about a file that is not a finding: a file hoist could not read
/// (error) or a syntax error it analyzed around (warning).
struct FileNotice {
  Severity severity = Severity::Error;
  std::string path;
  std::optional<Location> location;
  std::string message;
};

/// Everything one `hoist check` run produced, ready to be written.
struct Report {
  std::string version;
  const RuleRegistry *registry = nullptr;
  std::vector<Diagnostic> diagnostics; ///< in diagnostic_order
  std::vector<FileNotice> notices;
  std::size_t files_checked = 0;
  std::size_t fixes_applied = 0; ///< by --fix, written to disk
  /// Relative paths are relative to this directory (SARIF's %SRCROOT%).
  std::filesystem::path root;

  std::size_t count(Severity severity) const;
};

} // namespace hoist
