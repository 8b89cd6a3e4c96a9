#pragma once

#include <string_view>

namespace hoist::cpp {

/// Whether the clang-tidy check `name` matches `glob`, as clang-tidy's
/// Checks and NOLINT(...) lists read one: '*' matches any run of
/// characters, every other character itself.
inline bool matches_check_glob(std::string_view glob, std::string_view name) {
  // Greedy with backtracking to the last '*': linear for these short names.
  std::size_t g = 0, n = 0, star = std::string_view::npos, resume = 0;
  while (n < name.size()) {
    if (g < glob.size() && glob[g] == '*') {
      star = g++;
      resume = n;
    } else if (g < glob.size() && glob[g] == name[n]) {
      ++g;
      ++n;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*')
    ++g;
  return g == glob.size();
}

} // namespace hoist::cpp
