#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hoist {

/// A unified diff (3 lines of context) from `before` to `after`, headed
/// `--- a/<path>` / `+++ b/<path>`; empty when the texts are equal.
std::string unified_diff(std::string_view before, std::string_view after,
                         const std::string &path);

/// The 1-based line of `before` that line `after_line` of `after` came from:
/// the same line when the edit kept it; for a line the edit added, the line
/// of `before` it was added in front of.
std::size_t line_before_edit(std::string_view before, std::string_view after,
                             std::size_t after_line);

} // namespace hoist
