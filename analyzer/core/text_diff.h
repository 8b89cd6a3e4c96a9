#pragma once

#include <string>
#include <string_view>

namespace hoist {

/// A unified diff (3 lines of context) from `before` to `after`, headed
/// `--- a/<path>` / `+++ b/<path>`; empty when the texts are equal.
std::string unified_diff(std::string_view before, std::string_view after,
                         const std::string &path);

} // namespace hoist
