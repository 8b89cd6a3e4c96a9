#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hoist {

/// What a `hoist: ignore[rule, ...]` or `hoist: ignore-file[rule, ...]`
/// comment says: the rules as written (none: every rule), and whether it is
/// for its whole file rather than its line, and where the directive is in
/// the comment's text (so a fix can remove it and keep the rest: `# noqa`,
/// `# type: ignore`, a note).
struct SuppressionComment {
  bool file_level = false;
  std::vector<std::string> rules;
  std::size_t begin = 0; ///< offset of "hoist:" in the comment
  std::size_t end = 0;   ///< just past the keyword or its closing ']'
};

/// Reads a comment's text (any language's); nothing when it holds no such
/// directive.
std::optional<SuppressionComment> parse_suppression_comment(std::string_view comment);

} // namespace hoist
