#pragma once

#include <string_view>
#include <vector>

#include "core/text_range.h"

namespace hoist::cpp {

/// The comments of C++ source `text` (`// ...` to the end of its line,
/// `/* ... */`), found as the lexer finds them: not inside string or
/// character literals (raw strings included). For suppression comments,
/// without parsing the file.
std::vector<TextRange> cpp_comment_ranges(std::string_view text);

} // namespace hoist::cpp
