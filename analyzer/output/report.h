#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_notice.h"
#include "core/rule_registry.h"

namespace hoist {

/// What a report's summaries count of its notices: the errors among them
/// (each one makes the exit status 2), and the distinct paths (or handler
/// strings) they concern.
struct NoticeCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t files_not_analyzed = 0; ///< with an error
  std::size_t files_not_fixed = 0;    ///< whose fixes were not all written
  std::size_t handlers_not_found = 0;
  std::size_t files_skipped = 0; ///< with a warning (too large, binary)
  /// Analyzed only in part, and not counted among those not analyzed.
  std::vector<std::string> files_partly_analyzed;
};

/// A file --fix wrote, and how many fixes of each rule it holds.
struct FixedFile {
  std::string path;
  std::map<std::string, std::size_t> fixes_by_rule;
};

/// Everything one `hoist check` run produced, ready to be written.
struct Report {
  std::string version;
  const RuleRegistry *registry = nullptr;
  std::vector<Diagnostic> diagnostics; ///< in diagnostic_order
  std::vector<FileNotice> notices;
  std::size_t files_checked = 0;
  std::size_t deployment_files_checked = 0; ///< of files_checked
  std::size_t fixes_applied = 0;      ///< by --fix, written to disk
  std::size_t problems_fixed = 0;     ///< the findings those fixes fixed
  std::size_t files_fixed = 0;        ///< the files they changed
  std::vector<FixedFile> fixed_files; ///< the same, per file and rule
  /// Relative paths are relative to this directory (SARIF's %SRCROOT%).
  std::filesystem::path root;

  std::size_t count(Severity severity) const;
  /// `path` relative to `root` when it is inside it, else as given: the
  /// repository-relative path CI servers match against their checkout.
  std::string relative_path(const std::string &path) const;
  NoticeCounts notice_counts() const;
};

/// The name `diagnostic`'s rule is shown with: the one its file's
/// suppressions take (RuleRegistry::display_name).
std::string rule_name(const Report &report, const Diagnostic &diagnostic);

/// What kept a run from checking or fixing everything, for summaries: "2
/// files could not be analyzed, 1 handler not found"; empty when nothing did.
std::string describe_failures(const NoticeCounts &counts);

/// --show-fixes: "Fixed 3 problems:", then each file written with how many
/// fixes of each rule it holds.
void write_fixes(std::ostream &out, const Report &report);

/// Where a notice is: "path:line:col", or "path" when it has no place.
std::string notice_place(const FileNotice &notice);

/// The notices as compilers print them: `path[:line:col]: error: message`.
void write_notices(std::ostream &out, const std::vector<FileNotice> &notices);

} // namespace hoist
