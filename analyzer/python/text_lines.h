#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace hoist::python {

/// True when `accept(code, indent)` is true for a line of `text` that is not
/// blank, the lines taken in order up to the first one accepted: `code` is
/// the line after its leading spaces and tabs (up to its '\n', a '\r' before
/// it kept), `indent` how many of them there are. For the byte scans that
/// read a module's statements off its lines without parsing it.
template <typename Accept> bool any_line(std::string_view text, Accept accept) {
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    std::size_t indent = line.find_first_not_of(" \t");
    if (indent != std::string_view::npos && accept(line.substr(indent), indent))
      return true;
  }
  return false;
}

} // namespace hoist::python
