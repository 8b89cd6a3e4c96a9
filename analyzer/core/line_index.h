#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace hoist {

/// 1-based line and column. Columns count Unicode code points, which is what
/// editors show and what SARIF calls `unicodeCodePoints`.
struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// Maps byte offsets to lines and columns. Lines end at "\n", "\r\n" or a lone
/// "\r", as Python's tokenizer treats them.
class LineIndex {
public:
  explicit LineIndex(std::string_view text);

  Position position(std::size_t offset) const;
  std::size_t line_count() const { return line_starts_.size(); }
  /// The text of a 1-based line without its terminator.
  std::string_view line_text(std::size_t line) const;
  std::size_t line_start(std::size_t line) const {
    return line_starts_[line - 1];
  }

private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

} // namespace hoist
