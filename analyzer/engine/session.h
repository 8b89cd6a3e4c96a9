#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/analysis_options.h"
#include "core/config.h"
#include "core/file_discovery.h"
#include "core/read_record.h"
#include "core/result_cache.h"
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

/// The first of `front_ends` that checks the functions of `runtime`
/// (FrontEnd::serves); null when none does.
const FrontEnd *front_end_serving(const FrontEnds &front_ends,
                                  HandlerLanguage runtime);

/// How the runtimes `front_ends` serve find a handler's module, in their
/// order (DeploymentContext::handler_modules).
std::vector<HandlerModules> handler_modules_of(const FrontEnds &front_ends);

/// The files of `discovery` each of `front_ends` checks, counted in words:
/// "1 Python file, 0 C++ files and 2 JavaScript or TypeScript files".
std::string counted_files(const Discovery &discovery,
                          const FrontEnds &front_ends);

/// What a session's front-ends found together, and what their fixes
/// changed: their runs merged, the findings in report order.
using SessionRun = FrontEndRun;

/// One configuration, the rules chosen and the options (`analysis`), and
/// what hoist reports of the front-ends' runs over a set of files.
class Session {
public:
  /// `data_dir` holds the rules the registry was read from.
  /// `deployment_memo`, when given, keeps what the project deployment
  /// files said between sessions.
  Session(const Config &config, const RuleRegistry &registry,
          const AnalysisOptions &analysis,
          const std::filesystem::path &data_dir,
          DeploymentMemo *deployment_memo = nullptr)
      : config_(config), registry_(registry), analysis_(analysis),
        data_dir_(data_dir), deployment_memo_(deployment_memo) {}

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

  /// The directory listings the last cached run in cache directory `dir`
  /// kept (none when there are none), for discovery to start from.
  static ListedDirectories cached_listings(const std::filesystem::path &dir);

  /// --cache in `dir`: the entry of a check of `discovery` by `front_ends`
  /// whose output depends, besides the files, on `settings`. Its key is
  /// `settings` and the files a check reads before any import: the files
  /// checked, the deployment and configuration files, the rules and hoist
  /// itself; keeps discovery's listings for the next run. Nothing, with
  /// `off` saying why, when a front-end with files to check has findings
  /// that depend on more (FrontEnd::cacheable).
  std::optional<ResultCache> open_cache(const std::filesystem::path &dir,
                                        const std::string &settings,
                                        const Discovery &discovery,
                                        const FrontEnds &front_ends,
                                        std::string &off) const;

  /// Stores in `cache` what was printed of `run` (`printed`), with what the
  /// run read besides its key's files, which must not change either: the
  /// modules it loaded from outside the files checked, and the directories
  /// where imports looked, found or not (a module created there since
  /// changes the run), and what `recorded` holds (every file the run read
  /// or looked for, and the directories it listed: Terraform's .tfvars,
  /// serverless.yml's includes, a tsconfig's `extends`, Dockerfiles).
  void store_in_cache(const ResultCache &cache, CachedRun printed,
                      const SessionRun &run, const Discovery &discovery,
                      const ReadRecording &recorded) const;

private:
  SessionRun run(const Discovery &discovery, std::optional<FixLevel> fixing,
                 const FrontEnds &front_ends) const;

  const Config &config_;
  const RuleRegistry &registry_;
  const AnalysisOptions &analysis_;
  const std::filesystem::path &data_dir_;
  DeploymentMemo *deployment_memo_;
};

} // namespace hoist::engine
