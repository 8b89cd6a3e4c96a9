#pragma once

#include <optional>
#include <vector>

#include "core/fix.h"
#include "javascript/js_module.h"

namespace hoist::javascript {

/// Turns a callback-based handler (`function (event, context, callback)`,
/// `parameters` its counted ones, the third the callback) into an async one
/// when its shape allows: every use of the callback is a call in the
/// handler's own body that ends the handler's run (the last statement of
/// its path, or before a `break` that does), and no other `return` gives a
/// value. `callback(null, x)` becomes `return x;`, `callback(error)` `throw
/// error;`, the parameter goes and the function becomes async. Unsafe: Lambda
/// then ends the invoke when the handler returns instead of waiting for the
/// event loop to empty, so work the handler leaves running (timers,
/// promises it does not await) is frozen with the environment.
std::optional<Fix> callback_to_async(const JsModule &module, TSNode function,
                                     const std::vector<TSNode> &parameters);

/// Removes the callback parameter of an async handler whose body never uses
/// it (`async (event, context, callback) => ...`): nodejs24.x refuses a
/// handler that declares one, and an async handler answers through its
/// promise on every runtime, so nothing else changes. Unsafe when a
/// TypeScript type its annotation names would be left imported for nothing.
std::optional<Fix> drop_unused_callback(const JsModule &module,
                                        TSNode function,
                                        const std::vector<TSNode> &parameters);

} // namespace hoist::javascript
