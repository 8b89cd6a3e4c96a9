#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_file.h"
#include "core/text_range.h"

namespace hoist {

/// Replace `range` of `file` with `new_text` (an insertion when the range is
/// empty).
struct Edit {
  SourceFilePtr file;
  TextRange range;
  std::string new_text;
};

/// How far a fix can be trusted: `safe` keeps behaviour and is applied by
/// --fix; `unsafe` may change behaviour and needs --unsafe-fixes; `display`
/// is shown and never applied.
enum class Applicability { Safe, Unsafe, Display };

std::string_view to_string(Applicability applicability);

/// One fix: an imperative title and edits that never overlap.
struct Fix {
  std::string title;
  std::vector<Edit> edits;
  Applicability applicability = Applicability::Display;
  /// Why an unsafe fix may change behaviour, for the reports that mark it
  /// (JSON, SARIF): empty for safe and display fixes.
  std::string unsafe_because;
  /// The module-level names the fix binds, each with the statement that
  /// binds it. Fixes that bind one name differently are never applied in the
  /// same pass (the next pass sees the first one's result); fixes that bind
  /// it alike make the same insertion, applied once. The whole statements
  /// that fixes with claims insert at one point are applied in report order.
  std::map<std::string, std::string> claims;
  /// How many findings it fixes: a C++ main() fix moves every object of its
  /// handler's body, each one a finding.
  std::size_t resolves = 1;
};

} // namespace hoist
