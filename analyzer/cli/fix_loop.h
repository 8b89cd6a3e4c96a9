#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/fix_applier.h"
#include "output/report.h"
#include "python/analyze_project.h"

namespace hoist::cli {

/// A file the fixes changed: what it held when read, and what it holds now.
struct ChangedFile {
  std::string display_path;
  std::filesystem::path path;
  std::string original;
  std::string fixed;
  std::size_t fixes = 0; ///< how many fixes made the change
  std::map<std::string, std::size_t> fixes_by_rule; ///< --show-fixes
};

/// Counts `applied`, fixes of some of `diagnostics`, as made in `file`.
void count_applied(ChangedFile &file,
                   const std::vector<Diagnostic> &diagnostics,
                   const std::vector<const Fix *> &applied);

struct FixedAnalysis {
  python::ProjectAnalysis analysis;           ///< of the fixed texts
  std::map<std::string, ChangedFile> changed; ///< by absolute path
  std::size_t fixes_applied = 0;
  std::vector<FileNotice> notices; ///< fixes dropped, and why
};

/// Analyzes, applies the applicable fixes in memory, and analyzes again,
/// until no fix applies or a pass bound is reached. A file's fixes are kept
/// only if the fixed text parses with no more syntax errors than before;
/// otherwise the first fix that does is kept and the others are reported.
/// Only files among `files` are changed. Nothing is written.
/// `finalize` turns an analysis into what is reported (suppressions, ignores)
/// before fixes are chosen from it.
using Finalize = std::function<void(python::ProjectAnalysis &)>;

FixedAnalysis analyze_and_fix(const std::vector<DiscoveredFile> &files,
                              python::AnalysisOptions options,
                              const std::filesystem::path &base, FixLevel level,
                              const Finalize &finalize);

} // namespace hoist::cli
