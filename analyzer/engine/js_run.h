#pragma once

#include <optional>
#include <unordered_set>
#include <vector>

#include "core/handler_spec.h"
#include "core/deployment.h"
#include "core/file_discovery.h"
#include "core/rule_registry.h"
#include "engine/fix_loop.h"
#include "engine/session.h"
#include "python/analyze_project.h"

namespace hoist::engine {

/// What `hoist check` found in the JavaScript and TypeScript files, and
/// what its fixes (the unused suppressions' removals) changed in memory.
struct JsRun : FixOutcome {
  std::vector<Diagnostic> diagnostics;
  std::vector<LoadError> errors;
  std::vector<Location> syntax_errors;
  std::size_t files_checked = 0;
  /// The --handler strings the JavaScript and TypeScript files answered.
  std::vector<HandlerSpecMatch> handler_matches;
};

/// Checks `files` with `analysis`'s rules and settings (javascript::analyze),
/// and the `configured` Node.js functions' handlers; applies their `hoist:
/// ignore` comments and adds what `report_suppressions` says of them; with
/// `fixing`, through the fix loop, keeping a file's fixes only while it parses
/// with no more errors than before. Nothing is written. Files are read from
/// `buffers` when they hold them (stdin, an editor's).
JsRun run_js_check(const std::vector<DiscoveredFile> &files,
                   const std::vector<ConfiguredHandler> &configured,
                   const python::AnalysisOptions &analysis,
                   const RuleRegistry &registry, std::optional<FixLevel> fixing,
                   const ReportSuppressions &report_suppressions,
                   const Overlay &buffers);

} // namespace hoist::engine
