#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <unordered_set>
#include <vector>

#include "core/config.h"
#include "core/file_discovery.h"
#include "core/fix_applier.h"
#include "core/rule_registry.h"
#include "core/suppressions.h"
#include "engine/fix_loop.h"
#include "output/report.h"
#include "python/analyze_project.h"

namespace hoist::engine {

/// Adds to a front-end's findings what one file's `hoist: ignore` comments
/// (applied to them already) say of themselves, judged by `rules`, those
/// that run on the file: the unused-suppression findings, whose fixes remove
/// the comments.
using ReportSuppressions = std::function<void(
    const std::vector<Suppression> &suppressions,
    const std::unordered_set<std::string> &rules,
    std::vector<Diagnostic> &diagnostics)>;

/// What the C++ front-end found in the C++ files, and what its fixes changed
/// (in memory).
struct CppRun : FixOutcome {
  std::vector<Diagnostic> diagnostics;
  std::size_t files_checked = 0;
};

/// The C++ front-end (engine/cpp_run.h): checks the C++ files, through the fix
/// loop at the level given, if any.
using CppFrontEnd = std::function<CppRun(std::optional<FixLevel> fixing,
                                         const ReportSuppressions &)>;

/// One configuration, the rules chosen and the catalogue (in `analysis`), and
/// what hoist reports of the front-ends' runs over a set of files.
class Session {
public:
  Session(const Config &config, const RuleRegistry &registry,
          const python::AnalysisOptions &analysis)
      : config_(config), registry_(registry), analysis_(analysis) {}

  /// The Python files' findings, then the C++ and the JavaScript files', merged in report
  /// order.
  FixedAnalysis analyze(const Discovery &discovery,
                        const CppFrontEnd &cpp) const {
    return run(discovery, std::nullopt, cpp);
  }
  /// The same, of the texts the fixes at `level` leave (in memory).
  FixedAnalysis fix(const Discovery &discovery, FixLevel level,
                    const CppFrontEnd &cpp) const {
    return run(discovery, level, cpp);
  }

  /// The report of `run` (its findings moved into it), with the notices:
  /// what discovery and the front-ends could not read, syntax errors,
  /// deployment notices, handler strings nothing answered, dropped fixes.
  /// Deployment notes shown only with -v go to `verbose_notes`, if given.
  Report report(FixedAnalysis &run, const Discovery &discovery,
                std::ostream *verbose_notes) const;

private:
  FixedAnalysis run(const Discovery &discovery, std::optional<FixLevel> fixing,
                    const CppFrontEnd &cpp) const;

  const Config &config_;
  const RuleRegistry &registry_;
  const python::AnalysisOptions &analysis_;
};

} // namespace hoist::engine
