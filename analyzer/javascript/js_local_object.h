#pragma once

#include <string>

#include "javascript/js_catalogue.h"
#include "javascript/js_module.h"

namespace hoist::javascript {

/// True when `value`, a local constant's, may hold an object or array (a
/// literal, or a name or member that may alias one), not only a string,
/// number or environment read: what the function does with the local then
/// decides whether it holds the same value on every invocation.
bool may_hold_object(const JsTree &tree, TSNode value);

/// The first use in `body` of the local that `declarator` declares (holding
/// an object, may_hold_object) that may change that object: a member
/// written or deleted (`config.endpoint = url`, `delete opts.x`), a method
/// called on it or its members (`opts.tags.push(t)`), or the object handed
/// to anything but a catalogued construction, which copies its options
/// (`Object.assign(config, ...)`, `Object.freeze(opts)`, `stamp(opts)`,
/// `return opts`, `other = opts`). The text of that use, or "" when the
/// object is only read: then, moved to module scope with the client it
/// configures, it holds what it holds in every invocation.
std::string object_change(const JsModule &module, const JsCatalogue &catalogue,
                          TSNode body, TSNode declarator);

} // namespace hoist::javascript
