#pragma once

#include <string>
#include <string_view>

namespace hoist {

/// `value` as a message quotes it: whole when short, else its first
/// `limit` bytes (not splitting a UTF-8 sequence) and how much was left out,
/// so that a 20 MB string in a deployment file is not echoed whole.
std::string message_excerpt(std::string_view value, std::size_t limit = 80);

/// A path as a message quotes it: whole when it could name a file (up to
/// PATH_MAX, so a path the user must create or rename is never cut), else
/// cut in the middle, keeping its start and its end (the file name) and
/// saying how much was left out between them.
std::string path_excerpt(std::string_view path, std::size_t limit = 4096);

} // namespace hoist
