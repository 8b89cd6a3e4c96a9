#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hoist {

/// The offset of the first byte that is not part of a well-formed UTF-8
/// sequence (overlong forms, surrogates and values past U+10FFFF included), or
/// nothing when the whole text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Counts code points, treating each byte of an invalid sequence as one.
std::size_t count_code_points(std::string_view text);

/// Replaces each invalid byte with U+FFFD so that the result is valid UTF-8.
std::string to_valid_utf8(std::string_view text);

} // namespace hoist
