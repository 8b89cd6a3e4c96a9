#pragma once

#include "cli/options.h"

namespace hoist::cli {

/// Runs `hoist check` and returns the exit status: 0 no findings, 1 findings,
/// 2 a usage error or a file that could not be analyzed.
int run_check(const CheckOptions &options);

} // namespace hoist::cli
