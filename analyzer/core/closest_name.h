#pragma once

#include <optional>
#include <string>
#include <vector>

namespace hoist {

/// The candidate a user most likely meant by `given` (a mistyped option,
/// rule id or config key): the one fewest edits away (an insertion, a
/// deletion, a substitution or two neighbours swapped), if it is near enough
/// to be a typo; nothing otherwise.
std::optional<std::string>
closest_name(const std::string &given,
             const std::vector<std::string> &candidates);

/// Advice for an error message: "; did you
/// mean 'NAME'?" or empty.
std::string did_you_mean(const std::string &given,
                         const std::vector<std::string> &candidates);

} // namespace hoist
