#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <vector>

#include "core/analysis_options.h"
#include "core/config.h"
#include "core/file_discovery.h"
#include "core/rule_registry.h"
#include "engine/deployment_reading.h"
#include "engine/fix_loop.h"
#include "engine/front_end.h"
#include "output/report.h"

namespace hoist::engine {

/// The front-ends a session runs, in this order (their notices are
/// reported in it): CheckSetup::front_ends registers them.
using FrontEnds = std::vector<std::unique_ptr<FrontEnd>>;

/// What discovery keeps for `front_ends`: the files each claims.
FileClaims claims_of(const FrontEnds &front_ends);

/// What a session's front-ends found together, and what their fixes
/// changed: their runs merged, the findings in report order.
using SessionRun = FrontEndRun;

/// One configuration, the rules chosen and the options (`analysis`), and
/// what hoist reports of the front-ends' runs over a set of files.
class Session {
public:
  /// `deployment_memo`, when given, keeps what the project deployment
  /// files said between sessions.
  Session(const Config &config, const RuleRegistry &registry,
          const AnalysisOptions &analysis,
          DeploymentMemo *deployment_memo = nullptr)
      : config_(config), registry_(registry), analysis_(analysis),
        deployment_memo_(deployment_memo) {}

  /// Each front-end's findings of its files, merged in report order.
  SessionRun analyze(const Discovery &discovery,
                     const FrontEnds &front_ends) const {
    return run(discovery, std::nullopt, front_ends);
  }
  /// The same, of the texts the fixes at `level` leave (in memory).
  SessionRun fix(const Discovery &discovery, FixLevel level,
                 const FrontEnds &front_ends) const {
    return run(discovery, level, front_ends);
  }

  /// The report of `run` (its findings moved into it), with the notices:
  /// what discovery and the front-ends could not read, syntax errors,
  /// deployment notices, handler strings nothing answered, dropped fixes.
  /// Deployment notes shown only with -v go to `verbose_notes`, if given.
  Report report(SessionRun &run, const Discovery &discovery,
                std::ostream *verbose_notes) const;

private:
  SessionRun run(const Discovery &discovery, std::optional<FixLevel> fixing,
                 const FrontEnds &front_ends) const;

  const Config &config_;
  const RuleRegistry &registry_;
  const AnalysisOptions &analysis_;
  DeploymentMemo *deployment_memo_;
};

} // namespace hoist::engine
