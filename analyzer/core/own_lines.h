#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/source_file.h"
#include "core/text_range.h"

namespace hoist {

/// The whole lines of `range` (a statement), from the start of its first
/// line to the start of the line after its last, when nothing else shares
/// them but a trailing comment (starting with `comment_start`: "#", "//"),
/// and that comment; nothing otherwise.
std::optional<std::pair<TextRange, std::string>>
own_lines(const SourceFile &file, TextRange range,
          std::string_view comment_start);

} // namespace hoist
