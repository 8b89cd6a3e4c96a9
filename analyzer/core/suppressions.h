#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "core/diagnostic.h"

namespace hoist {

/// A `hoist: ignore[rule, ...]` comment (for its own line) or a
/// `hoist: ignore-file[rule, ...]` comment (for its whole file). Without a
/// list, every rule.
struct Suppression {
  Location comment;
  TextRange directive; ///< the `hoist: ignore...` part of the comment
  std::size_t line = 0;
  bool file_level = false;
  std::vector<std::string> rules;
  std::vector<bool> used; ///< per rule; one entry for a blanket suppression
};

/// Reads the suppressions in `comments`, the ranges of `file`'s comments as
/// the front-end found them (so text inside strings never counts).
std::vector<Suppression>
read_suppressions(const SourceFilePtr &file,
                  const std::vector<TextRange> &comments);

/// Removes the diagnostics a suppression covers and marks it used: one on the
/// diagnostic's line, on the line of a call on its call path, or file-level
/// in its file.
void apply_suppressions(std::vector<Diagnostic> &diagnostics,
                        std::vector<Suppression> &suppressions);

/// `unused-suppression` findings for suppressions (or rules in them) that
/// covered nothing. Rules that are not enabled are not judged; ids that are
/// not rules at all are reported.
std::vector<Diagnostic>
unused_suppressions(const std::vector<Suppression> &suppressions,
                    const std::unordered_set<std::string> &enabled_rules,
                    const std::unordered_set<std::string> &known_rules,
                    Severity severity);

} // namespace hoist
