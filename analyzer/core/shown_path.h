#pragma once

#include <string>
#include <string_view>

namespace hoist {

/// `path` as text output shows it: as it is, unless it holds a control
/// character (a newline in a file name would forge a report line, and
/// break `file:line:col` parsing); then quoted and escaped as git shows
/// such names (core.quotePath): `"a\nb.py"`, with `\"`, `\\`, `\t`, `\r`,
/// `\n` and octal `\ooo` for the other control bytes. JSON and SARIF escape
/// their strings themselves and take the path as it is.
std::string shown_path(std::string_view path);

} // namespace hoist
