#pragma once

#include <filesystem>
#include <string>

#include "cli/options.h"
#include "runtime/server/execution_environment.h"

namespace hoist::cli {

/// The settings of a local execution environment for `function` with its
/// task root at `task_root`: the Python runtime client written here (with
/// its constructions logged to `construction_log`, when given), or the
/// custom runtime `--bootstrap` names. Proxies point at a closed loopback
/// port, so SDK and HTTP clients cannot leave the machine.
runtime::FunctionSettings
local_function(const FunctionOptions &function,
               const std::filesystem::path &task_root,
               const std::filesystem::path &construction_log);

/// Checks what `local_function` needs before anything runs: the task root,
/// the interpreter or bootstrap. False with `error` set. (A malformed
/// handler string is the runtime's to report, as in Lambda.)
bool check_function(const FunctionOptions &function, std::string &error);

} // namespace hoist::cli
