#pragma once

#include <cstddef>
#include <vector>

#include "verify/verification.h"

namespace hoist::verify {

/// The findings of `before` that `after` no longer has, by rule and API: one
/// C++ fix moves every object of its handler, so what was fixed is what is
/// no longer found.
std::vector<FindingSite> no_longer_found(std::vector<FindingSite> before,
                                         const std::vector<FindingSite> &after);

/// Compares the two runs of `verification`, whose findings and runs are
/// filled in: the first invocation that answered differently (leaving out,
/// when the original was run again, what varies between its two runs), and
/// how many
/// of the fixed constructions left the invoke path. `events` is how many
/// event files the invocations took in turn; `by_api` matches constructions
/// to findings by API instead of by site (C++ constructions carry none).
void compare_runs(Verification &verification, std::size_t events, bool by_api);

/// Whether the runs answered any invocation differently, so that a second
/// run of the original is needed to tell what varies by itself.
bool answers_differ(const Verification &verification);

} // namespace hoist::verify
