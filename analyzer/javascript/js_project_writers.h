#pragma once

#include <set>
#include <string>
#include <vector>

#include "javascript/js_catalogue.h"
#include "javascript/js_module.h"
#include "javascript/js_resolve.h"

namespace hoist::javascript {

/// A function of the project that changes what a client reads when it is
/// built (the environment, SDK v2's global configuration), by itself or
/// through the functions it calls, and that code may call without naming
/// it: a function kept as a value (in an object, an array, a `Map`, given
/// to a call, a listener, a method), not only called by its name.
struct ProjectWriter {
  const JsModule *module;
  TSNode function;
  std::string name;   ///< as notes name it
  std::string change; ///< "writes 'process.env.AWS_REGION = r'"
  bool sdk_configuration = false; ///< changes SDK v2's, not the environment
  /// The names it is kept under (`setup` of `{ setup(e) {...} }`, `apply`
  /// of `{ apply: setRegion }`): what `p.setup(e)` may run.
  std::set<std::string> keys;
};

/// The project modules code of `start` may run: those and the project
/// modules they import or load, transitively (a bounded number).
std::vector<const JsModule *>
reachable_modules(Modules &modules, const std::vector<const JsModule *> &start);

/// The ProjectWriters of `within`.
std::vector<ProjectWriter> project_writers(Modules &modules,
                                           const JsCatalogue &catalogue,
                                           const std::vector<const JsModule *> &within);

} // namespace hoist::javascript
