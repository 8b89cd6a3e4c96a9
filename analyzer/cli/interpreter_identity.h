#pragma once

#include <string>

#include "cli/options.h"

namespace hoist::cli {

/// What runs `function`'s code, asked of the interpreter itself: its
/// version and executable, "python3.11 (/usr/bin/python3.11)", "node
/// 18.19.0 (/usr/bin/node)"; "" when it does not answer. A deployment file's
/// runtime is what Lambda would run; this is what ran.
std::string interpreter_identity(const FunctionOptions &function);

} // namespace hoist::cli
