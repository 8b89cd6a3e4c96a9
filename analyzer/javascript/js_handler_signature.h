#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "core/rule_registry.h"
#include "javascript/js_handlers.h"
#include "javascript/js_resolve.h"

namespace hoist::javascript {

/// handler-signature for a Node.js handler that `module` exports as a
/// function of its own (not a wrapper's result), by the contract of Lambda's
/// Node.js runtime `handler.runtime`: from nodejs24.x on, a handler that
/// takes three parameters fails every invoke, `context.succeed`, `fail` and
/// `done` are gone, `callbackWaitsForEmptyEventLoop` does nothing, and the
/// invoke ends when the handler returns, with the promises it left running.
/// Without a runtime, what fails on nodejs24.x is reported as a warning that
/// says so; on nodejs22.x and earlier, only an async handler that also calls
/// its callback.
std::vector<Diagnostic> handler_signature_findings(Modules &modules,
                                                   const JsModule &module,
                                                   const JsHandler &handler,
                                                   const RuleRegistry &registry);

} // namespace hoist::javascript
