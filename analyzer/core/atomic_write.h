#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace hoist {

/// Replaces `file`'s content with `text` atomically: a temporary file in the
/// same directory, written, flushed and given the original's mode, then
/// renamed over it. Refuses (returns false) when the file no longer holds
/// `expected`, since it changed after hoist read it, and when its mode says
/// it is read-only (even to root). On failure `error`
/// says why and the original is untouched.
bool replace_file_atomically(const std::filesystem::path &file,
                             std::string_view expected, std::string_view text,
                             std::string &error);

} // namespace hoist
