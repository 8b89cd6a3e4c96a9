#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.h"

namespace hoist {

/// What a notice is about, for the summaries' counts.
enum class NoticeKind {
  File,    ///< a path that could not be analyzed (error) or only in part
  Fix,     ///< fixes that could not be written (error) or were dropped
  Handler, ///< a handler string no checked file answers
  Partial, ///< a file analyzed only in part (code the compiler could not)
  /// findings hoist has no fix for, under --fix or --diff: said, and
  /// counted nowhere, as a finding with no fix is not
  NoFix,
};

/// Something about a file that is not a finding: a file hoist could not read
/// (error) or a syntax error it analyzed around (warning).
struct FileNotice {
  Severity severity = Severity::Error;
  std::string path;
  std::optional<Location> location;
  std::string message;
  NoticeKind kind = NoticeKind::File;
};

} // namespace hoist
