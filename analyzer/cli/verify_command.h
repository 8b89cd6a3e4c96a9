#pragma once

#include "cli/options.h"

namespace hoist::cli {

/// `hoist verify`: applies hoist's fixes to a copy of the task root, runs the
/// original and the fixed code in fresh local execution environments, and
/// compares them. Returns 0 when verified, 1 when not, 2 on an error.
int run_verify(const VerifyOptions &options);

} // namespace hoist::cli
