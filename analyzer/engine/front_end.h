#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/deployment.h"
#include "core/diagnostic.h"
#include "core/file_discovery.h"
#include "core/file_notice.h"
#include "core/fix_applier.h"
#include "core/handler_spec.h"
#include "core/suppressions.h"
#include "engine/fix_loop.h"

namespace hoist::engine {

/// Adds to a front-end's findings what one file's `hoist: ignore` comments
/// (applied to them already) say of themselves, judged by `rules`, those
/// that run on the file: the unused-suppression findings, whose fixes remove
/// the comments.
using ReportSuppressions =
    std::function<void(const std::vector<Suppression> &suppressions,
                       const std::unordered_set<std::string> &rules,
                       std::vector<Diagnostic> &diagnostics)>;

/// What the engine asks of a front-end: its language's files, checked with
/// the session's rules and catalogue, through the fix loop at `fixing`'s
/// level, if any.
struct FrontEndRequest {
  const std::vector<DiscoveredFile> &files;
  /// The functions deployment configuration gives this language's runtime:
  /// their handlers are checked, or reported not found.
  const std::vector<ConfiguredHandler> &configured;
  std::optional<FixLevel> fixing;
  const ReportSuppressions &report_suppressions;
};

/// What a front-end found, and what its fixes changed (in memory; nothing
/// is written).
struct FrontEndRun : FixOutcome {
  /// With the files' suppressions applied and reported.
  std::vector<Diagnostic> diagnostics;
  std::vector<LoadError> errors; ///< files that could not be analyzed
  /// Where a file stops parsing, in the front-end's words (what its
  /// grammar may refuse of valid code): analyzed only in part.
  std::vector<FileNotice> partly_parsed;
  /// The --handler strings its files answered.
  std::vector<HandlerSpecMatch> handler_matches;
  std::size_t files_checked = 0;
};

/// A language hoist checks besides Python, whose front-end reads the
/// deployment files (python/analyze_project.h) that route functions to the
/// others. A Session runs each registered front-end over its files.
class FrontEnd {
public:
  virtual ~FrontEnd() = default;
  /// The files of this language (Discovery::of) are the ones it checks.
  virtual Language language() const = 0;
  virtual FrontEndRun run(const FrontEndRequest &request) const = 0;
};

} // namespace hoist::engine
