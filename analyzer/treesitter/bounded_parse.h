#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

namespace hoist::treesitter {

/// How a language writes the comments that can fill a line, for
/// bounded_parse.
struct CommentSyntax {
  std::string_view line;      ///< "#", "//"
  bool block = false;         ///< a line holding one `/* ... */` counts too
  /// Node kinds inside which a line may only look like a comment (a
  /// multi-line string, a template literal).
  std::vector<std::string_view> not_code;
  /// Comment lines holding one of these stay: tools read them.
  std::vector<std::string_view> kept;
};

/// Parses `code` with `parser` (its language set), bounded: tree-sitter's
/// external scanners read a run of comment lines again at each of its
/// comments, so a run of n lines costs n times its length (20,000 `//` lines
/// took a minute). Long runs are parsed as blank lines when the tree shows
/// that changes nothing but those comments; and a parse that reads more
/// than parse_work_limit bytes is abandoned. Null when abandoned.
TSTree *bounded_parse(TSParser *parser, std::string_view code,
                      const CommentSyntax &syntax);

/// How many bytes the lexer may read (counting each time it reads again
/// what it has read) parsing a text of `size` bytes:
/// $HOIST_PARSE_WORK_LIMIT when set (for tests), else 16 times the size
/// plus 16 MiB, several times what any real file needs.
std::uint64_t parse_work_limit(std::size_t size);

} // namespace hoist::treesitter
