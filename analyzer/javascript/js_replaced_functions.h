#pragma once

#include <string>

#include "javascript/js_module.h"

namespace hoist::javascript {

/// Code of `module` that puts another function where `function` is kept,
/// so that what runs when it is called is a wrapper around it (or
/// something else): an assignment to its export (`exports.handler =
/// middleware(exports.handler)`, `module.exports[k] = wrap(...)`), to the
/// name of an exported `let` or of the function, to the method's place
/// (`C.prototype.m = wrap(C.prototype.m)`, `this.m = ...` in the class's
/// `static` block, `obj.m = ...`), or to its class; a decorator of the
/// method or its class (`@Tenant()`, tsc's `__decorate([...], C.prototype,
/// "m", null)`). The wrapper's code runs around each call: it may change
/// the environment, answer for errors or skip the call. Wrappers whose code
/// hoist reads and that only log and then call through (`return fn(event,
/// context)`) are left out. A null node when there is none.
TSNode replacement_of(const JsModule &module, TSNode function);

} // namespace hoist::javascript
