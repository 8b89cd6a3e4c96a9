#include "server/text_positions.h"

#include <algorithm>

namespace hoist::server {
namespace {

/// The length of the UTF-8 sequence that `lead` starts (1 for a byte that
/// starts none: invalid bytes count as one character each).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8)
    return 4;
  if (lead >= 0xE0)
    return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0)
    return 2;
  return 1;
}

} // namespace

nlohmann::json TextPositions::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  std::size_t line = lines_.position(offset).line;
  std::size_t at = lines_.line_start(line);
  std::size_t character = 0;
  if (encoding_ == PositionEncoding::Utf8) {
    character = offset - at;
  } else {
    while (at < offset) {
      std::size_t length = std::min(
          sequence_length(static_cast<unsigned char>(text_[at])), offset - at);
      character += length == 4 ? 2 : 1; // past U+FFFF: a surrogate pair
      at += length;
    }
  }
  return {{"line", line - 1}, {"character", character}};
}

std::size_t TextPositions::offset(std::size_t line,
                                  std::size_t character) const {
  if (line >= lines_.line_count())
    return text_.size();
  std::size_t at = lines_.line_start(line + 1);
  std::size_t end = at + lines_.line_text(line + 1).size();
  if (encoding_ == PositionEncoding::Utf8)
    return std::min(at + character, end);
  for (std::size_t units = 0; at < end && units < character;) {
    std::size_t length = std::min(
        sequence_length(static_cast<unsigned char>(text_[at])), end - at);
    units += length == 4 ? 2 : 1;
    at += length;
  }
  return at;
}

std::size_t TextPositions::offset(const nlohmann::json &position) const {
  return offset(position.at("line").get<std::size_t>(),
                position.at("character").get<std::size_t>());
}

} // namespace hoist::server
