#pragma once

#include <cstddef>

namespace hoist {

/// A half-open range of byte offsets into a file's UTF-8 buffer. Lines and
/// columns are derived only when output is written.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;

  bool empty() const { return begin == end; }
  bool operator==(const TextRange &other) const {
    return begin == other.begin && end == other.end;
  }
};

} // namespace hoist
