#pragma once

#include <string>
#include <vector>

#include "core/function_environment.h"
#include "python/module_cache.h"

namespace hoist::python {

/// How `other`, another function's configured environment, differs from
/// `mine` in a variable that matters to code moved to module scope of a
/// module both load: one the code of `files` (the project files loaded with
/// it, files_loaded_with) spells as a word, or that a library reads on its
/// own (read_by_libraries). Said for messages ("does not set 'X'", "sets
/// 'X' to another value", "sets 'X' to a value known only at deployment",
/// "sets 'X', which this function does not"); "" when they agree on every
/// such variable (each set to the same literal, or unset, in both): then the
/// moved code reads at that function's INIT what it reads at this one's.
std::string environment_difference(const ModuleCache &cache,
                                   const std::vector<std::string> &files,
                                   const FunctionEnvironment &mine,
                                   const FunctionEnvironment &other);

} // namespace hoist::python
