#include "core/line_index.h"

#include <algorithm>

#include "core/utf8.h"

namespace hoist {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n')
        ++i;
      line_starts_.push_back(i + 1);
    }
  }
}

Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto next =
      std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  return {line, count_code_points(text_.substr(start, offset - start)) + 1};
}

std::string_view LineIndex::line_text(std::size_t line) const {
  std::size_t start = line_starts_[line - 1];
  std::size_t end =
      line < line_starts_.size() ? line_starts_[line] : text_.size();
  std::string_view view = text_.substr(start, end - start);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r'))
    view.remove_suffix(1);
  return view;
}

} // namespace hoist
