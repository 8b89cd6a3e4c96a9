#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hoist::cpp {

/// clang-tidy's NOLINT comments in one file: `NOLINT` silences its own line,
/// `NOLINTNEXTLINE` the line after, `NOLINTBEGIN` ... `NOLINTEND` the lines
/// between (a BEGIN never ended runs to the end of the file). Each silences
/// every check, or those listed in parentheses (globs, as in Checks). As in
/// clang-tidy, the words count wherever they are on the line.
class NolintDirectives {
public:
  explicit NolintDirectives(std::string_view text);

  /// Whether the finding of hoist rule `rule` at byte `offset` is silenced:
  /// a list may name it as clang-tidy does (`awslambda-<rule>`) or by
  /// hoist's id.
  bool silences(std::size_t offset, const std::string &rule) const;

  /// Whether a `hoist: ignore` comment (core/suppressions.h) covers `rule`
  /// at byte `offset`: on its line, or `ignore-file` anywhere.
  bool ignores(std::size_t offset, const std::string &rule) const;

  /// Whether a fix must leave the code at `offset` alone for `rule`: NOLINT
  /// silences it, or a `hoist: ignore` comment does, which hoist check
  /// applies after the front-end.
  bool leaves(std::size_t offset, const std::string &rule) const;

private:
  struct Span {
    std::size_t begin = 0, end = 0;  ///< bytes, [begin, end)
    std::vector<std::string> checks; ///< empty: every check
  };
  static bool covers(const std::vector<Span> &spans, std::size_t offset,
                     const std::string &rule);
  std::vector<Span> spans_;
  std::vector<Span> ignored_; ///< `hoist: ignore` comments' lines and files
};

} // namespace hoist::cpp
