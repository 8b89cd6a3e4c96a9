#pragma once

#include "cli/options.h"

namespace hoist::cli {

/// `hoist runtime serve`: a local execution environment for one function on
/// 127.0.0.1, until interrupted. Returns the exit status.
int run_serve(const ServeOptions &options);

} // namespace hoist::cli
