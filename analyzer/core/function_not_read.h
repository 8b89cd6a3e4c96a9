#pragma once

#include <string>

#include "core/deployment.h"

namespace hoist {

/// The -v note at `where` (the function's place in its deployment file)
/// for a function a deployment reader does not list, saying which, what of
/// it hoist cannot read (`what`: "the handler of function 'X' is not read")
/// and `why`: its handler string and runtime go unused, but the files
/// checked are still checked, with the handlers their names suggest. Every
/// reader says so through this (code_not_located is one such note).
DeploymentNotice function_not_read(Location where, const std::string &what,
                                   const std::string &why);

/// function_not_read for function `function` whose handler string hoist
/// cannot read (`why`: a variable, an intrinsic function).
DeploymentNotice handler_not_read(Location where, const std::string &function,
                                  const std::string &why);

} // namespace hoist
