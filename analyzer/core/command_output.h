#pragma once

#include <optional>
#include <string>

namespace hoist {

/// `text` quoted for a POSIX shell.
std::string shell_quoted(const std::string &text);

/// Runs a shell command; its stdout, or nothing when it fails (its stderr
/// is discarded).
std::optional<std::string> command_output(const std::string &command);

} // namespace hoist
