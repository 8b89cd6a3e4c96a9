#pragma once

#include <vector>

#include "javascript/js_cdk.h"
#include "javascript/js_resolve.h"

namespace hoist::javascript {

/// True for a Serverless Framework configuration written as code
/// (serverless.ts, serverless.js), which the deployment files' reader
/// (YAML and JSON) does not read.
bool is_serverless_code_config(const std::string &path);

/// The Node.js functions such a configuration defines (its object's
/// `functions`, each an object literal or one imported from a project
/// module, as `serverless create --template aws-nodejs-typescript` writes
/// them), whose handler is a string or the template's
/// `${handlerPath(__dirname)}/handler.main` (any expression of `__dirname`
/// alone: the defining module's directory, relative to the
/// configuration's); `unread`: where it defines functions hoist cannot
/// read (`{ ...all() }`, `functions: load()`, a handler built otherwise).
AppFunctions serverless_code_functions(Modules &modules,
                                       const JsModule &config);

} // namespace hoist::javascript
