#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <vector>

#include "core/config.h"
#include "core/file_discovery.h"
#include "core/rule_registry.h"
#include "engine/fix_loop.h"
#include "engine/front_end.h"
#include "output/report.h"
#include "python/analyze_project.h"

namespace hoist::engine {

/// The front-ends a session runs after Python's, in this order (their
/// notices are reported in it): CheckSetup::front_ends registers them.
using FrontEnds = std::vector<std::unique_ptr<FrontEnd>>;

/// One configuration, the rules chosen and the catalogue (in `analysis`), and
/// what hoist reports of the front-ends' runs over a set of files.
class Session {
public:
  Session(const Config &config, const RuleRegistry &registry,
          const python::AnalysisOptions &analysis)
      : config_(config), registry_(registry), analysis_(analysis) {}

  /// The Python files' findings, then each front-end's of its files,
  /// merged in report order.
  FixedAnalysis analyze(const Discovery &discovery,
                        const FrontEnds &front_ends) const {
    return run(discovery, std::nullopt, front_ends);
  }
  /// The same, of the texts the fixes at `level` leave (in memory).
  FixedAnalysis fix(const Discovery &discovery, FixLevel level,
                    const FrontEnds &front_ends) const {
    return run(discovery, level, front_ends);
  }

  /// The report of `run` (its findings moved into it), with the notices:
  /// what discovery and the front-ends could not read, syntax errors,
  /// deployment notices, handler strings nothing answered, dropped fixes.
  /// Deployment notes shown only with -v go to `verbose_notes`, if given.
  Report report(FixedAnalysis &run, const Discovery &discovery,
                std::ostream *verbose_notes) const;

private:
  FixedAnalysis run(const Discovery &discovery, std::optional<FixLevel> fixing,
                    const FrontEnds &front_ends) const;

  const Config &config_;
  const RuleRegistry &registry_;
  const python::AnalysisOptions &analysis_;
};

} // namespace hoist::engine
