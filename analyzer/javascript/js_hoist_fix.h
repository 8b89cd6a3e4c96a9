#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "core/fix.h"
#include "javascript/js_catalogue.h"
#include "javascript/js_module.h"

namespace hoist::javascript {

/// The fix of a construction in a handler's own body, or why it has none
/// that is safe.
struct JsHoistFix {
  std::optional<Fix> fix;
  /// Why the fix is unsafe, or why there is none ("" when it is safe).
  std::string not_safe_because;
};

/// Moves `const name = <construction>` (a statement of `handler`'s own
/// body, `construction` hoistable) to module scope, after the module's
/// imports and before the handler: safe for a client the handler only
/// calls the methods of (or wraps in another catalogued client:
/// `DynamoDBDocumentClient.from(client)`), built from constants, imports
/// and an environment nothing in the module writes; deletes the statement
/// when the module already
/// binds the name to the same construction. A connection's move is unsafe:
/// in a Lambda Managed Instances environment, concurrent invocations share
/// it (a pool is the right hoist).
JsHoistFix hoist_fix(const JsModule &module, const JsCatalogue &catalogue,
                     TSNode construction, TSNode handler, const JsApi &api);

} // namespace hoist::javascript
