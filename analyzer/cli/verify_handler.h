#pragma once

#include <string>

#include "cli/options.h"

namespace hoist::cli {

/// Finds a Python handler's module as Lambda does (awslambdaric: the handler
/// string split at its last dot; the module path, `/` or `.` separated,
/// relative to the task root; never a file found elsewhere by its name) and
/// checks that the module binds the function. False, before anything runs,
/// with `error` naming Lambda's error and the paths looked at.
bool check_handler_module(const FunctionOptions &function, std::string &error);

} // namespace hoist::cli
