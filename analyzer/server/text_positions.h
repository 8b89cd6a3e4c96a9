#pragma once

#include <cstddef>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/line_index.h"

namespace hoist::server {

/// How LSP positions count characters in a line: what the client and the
/// server agreed on at initialize (UTF-16 code units unless both take
/// UTF-8 bytes).
enum class PositionEncoding { Utf8, Utf16 };

/// Byte offsets in a text as LSP positions ({line, character}, 0-based) and
/// back. Lines end as LineIndex ends them.
class TextPositions {
public:
  TextPositions(std::string_view text, PositionEncoding encoding)
      : text_(text), lines_(text), encoding_(encoding) {}

  nlohmann::json position(std::size_t offset) const;
  nlohmann::json range(std::size_t begin, std::size_t end) const {
    return {{"start", position(begin)}, {"end", position(end)}};
  }
  /// The offset of an LSP position; past the end of its line or the text,
  /// the end of the line or the text, as the protocol says.
  std::size_t offset(std::size_t line, std::size_t character) const;
  /// The offset of `position` ({line, character}); throws on a malformed one.
  std::size_t offset(const nlohmann::json &position) const;

private:
  std::string_view text_;
  LineIndex lines_;
  PositionEncoding encoding_;
};

} // namespace hoist::server
