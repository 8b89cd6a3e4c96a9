#pragma once

#include <iterator>
#include <vector>

namespace hoist {

/// Moves every element of `from` to the end of `to`, as threads' partial
/// results are merged.
template <typename T>
void move_append(std::vector<T> &to, std::vector<T> &from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()),
            std::make_move_iterator(from.end()));
}

} // namespace hoist
