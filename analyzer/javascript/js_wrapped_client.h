#pragma once

#include <string>

#include "javascript/js_catalogue.h"
#include "javascript/js_module.h"

namespace hoist::javascript {

/// Why moving `construction`, a call that wraps and configures a client
/// (`api.wraps`: `DynamoDBDocumentClient.from(client, options)` sets
/// `client`'s translation options), to module scope may change what
/// happens, or "". Moved, it uses that client at INIT, once: the same only
/// when the client is built in place (it moves along) or held by a
/// module-level `const` built by a catalogued construction that the module
/// otherwise only calls the methods of, or wraps with the same options.
std::string wrapped_client_risk(const JsModule &module,
                                const JsCatalogue &catalogue,
                                TSNode construction, const JsApi &api);

} // namespace hoist::javascript
