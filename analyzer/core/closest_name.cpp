#include "core/closest_name.h"

#include <algorithm>
#include <cctype>

namespace hoist {
namespace {

/// Optimal string alignment distance, ignoring case.
std::size_t edit_distance(const std::string &a, const std::string &b) {
  auto same = [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  };
  std::vector<std::vector<std::size_t>> d(
      a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i)
    d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j)
    d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] =
          std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                    d[i - 1][j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) &&
          same(a[i - 2], b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

} // namespace

std::optional<std::string>
closest_name(const std::string &given,
             const std::vector<std::string> &candidates) {
  // A third of the name may be wrong (at least one character, as in "-j"):
  // "--exlude" is a typo, "--fix" for "--diff" is not.
  std::size_t limit = std::max<std::size_t>(1, given.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const std::string &candidate : candidates) {
    std::size_t distance = edit_distance(given, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(const std::string &given,
                         const std::vector<std::string> &candidates) {
  std::optional<std::string> name = closest_name(given, candidates);
  return name ? "; did you mean '" + *name + "'?" : "";
}

} // namespace hoist
