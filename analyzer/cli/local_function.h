#pragma once

#include <filesystem>
#include <string>

#include "cli/options.h"
#include "runtime/server/execution_environment.h"

namespace hoist::cli {

/// The settings of a local execution environment for `function` with its
/// task root at `task_root`: the Python or Node.js runtime client written
/// here (with its constructions logged to `construction_log`, when given), or
/// the custom runtime `--bootstrap` names, and the function's own variables.
/// Proxies point at a closed loopback port, so SDK and HTTP clients cannot
/// leave the machine, and AWS SDK calls are not retried (AWS_MAX_ATTEMPTS=1,
/// unless the function's variables set it), so they fail at once.
runtime::FunctionSettings
local_function(const FunctionOptions &function,
               const std::filesystem::path &task_root,
               const std::filesystem::path &construction_log);

/// The file a Node.js handler string names, without its extension, as
/// Lambda's Node.js runtime reads it: up to the first dot of its last
/// component (`src/index.handler`: `src/index`); "" without a dot.
std::string node_file_stem(const std::string &handler);

/// True when the function runs on Node.js: --node was given, or the handler
/// string names a JavaScript file under the task root as Lambda's Node.js
/// runtime reads it (`src/index.handler`: src/index.js, .mjs, .cjs, or
/// TypeScript; `src/.handler`: the directory's index file) and no Python
/// module as Python's reads it.
bool runs_on_node(const FunctionOptions &function);

/// The Node.js to run: --node, else `node` on PATH.
std::string node_program(const FunctionOptions &function);

/// Why the function's own variables cannot set `name`, or "" when they can:
/// Lambda reserves it, or hoist sets it to keep the function off the network
/// or to run its runtime client.
std::string why_not_settable(const std::string &name);

/// Checks what `local_function` needs before anything runs: the task root,
/// the interpreter or bootstrap. False with `error` set. (A malformed
/// handler string is the runtime's to report, as in Lambda.)
bool check_function(const FunctionOptions &function, std::string &error);

} // namespace hoist::cli
