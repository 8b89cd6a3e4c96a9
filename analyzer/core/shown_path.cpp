#include "core/shown_path.h"

#include <algorithm>

#include "core/quoted_text.h"

namespace hoist {

std::string shown_path(std::string_view path) {
  bool control = std::any_of(path.begin(), path.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
  });
  return control ? quoted(path, ControlEscape::Octal) : std::string(path);
}

} // namespace hoist
