#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/deployment.h"
#include "core/file_discovery.h"

namespace hoist::javascript {

/// The functions whose code is a build's output that is not there
/// (ConfiguredHandler::code_unbuilt: `CodeUri: dist/`, `Handler:
/// sagaLambda.handler`) are matched to their source: the one file among
/// `files` below the configuration's directory whose path ends with the
/// handler's module (`lambdas/sagaLambda.ts`), when no other such function
/// names it. A matched function is checked there, with its runtime and
/// handler string (its code root moved to the source's); the others are
/// dropped, their code being checked by the handlers' names. `notes` gets
/// a -v note for each match.
std::vector<ConfiguredHandler>
match_unbuilt_code(std::vector<ConfiguredHandler> configured,
                   const std::vector<DiscoveredFile> &files,
                   std::uintmax_t max_file_size,
                   std::vector<std::pair<Location, std::string>> &notes);

} // namespace hoist::javascript
