#pragma once

#include "javascript/js_cdk.h"

namespace hoist::javascript {

/// The Node.js functions an SST app's module defines (sst.config.ts and the
/// stacks or infra modules it runs): SST names a function by a handler
/// string, `"packages/functions/src/list.main"`, relative to the app's
/// directory (where sst.config.ts, or v1's sst.json, is) or to a `srcPath`
/// the module gives, wherever it is written: `handler: "..."`, a route's
/// value (`api.route("GET /", "...")`, v2's `routes: { "GET /": "..." }`),
/// a subscriber or a cron's job. A string is read as one when its file is
/// there with a JavaScript or TypeScript extension; only one given as
/// `handler` is a finding when the file lacks the export (elsewhere the
/// string may be something else that looks alike).
AppFunctions sst_functions(const JsModule &module);

} // namespace hoist::javascript
