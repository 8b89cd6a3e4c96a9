#pragma once

#include <string>
#include <string_view>

namespace hoist {

/// `value` as a message quotes it: on one line (each run of whitespace,
/// newlines too, is one space, none at either end: a finding is one line in
/// every format) and, when longer than `limit` bytes, cut short to at most
/// `limit` bytes ending in "..." (not splitting a UTF-8 sequence), so that a
/// 20 MB string in a deployment file or a function's whole source is not
/// echoed whole.
std::string message_excerpt(std::string_view value, std::size_t limit = 80);

/// A path as a message quotes it: whole when it could name a file (up to
/// PATH_MAX, so a path the user must create or rename is never cut), else
/// cut in the middle to "...", keeping its start and its end (the file
/// name).
std::string path_excerpt(std::string_view path, std::size_t limit = 4096);

/// `message` with each line break, and the indentation after it, made one
/// space: what the writers are given has no line of its own to break.
std::string one_line(std::string_view message);

} // namespace hoist
