#pragma once

#include <optional>
#include <string>

#include "javascript/js_module.h"

namespace hoist::javascript {

/// True when `node` is Node's `process` object however the module reaches
/// it: the global `process` (also `globalThis.process`, `global.process`),
/// `require('process')`, an import of 'process' or 'node:process'
/// (default or namespace), or a `const` bound to one of these.
bool is_process_object(const JsModule &module, TSNode node);

/// True when `node` is `process.env` however the module reaches it:
/// `process.env`, `process['env']`, `proc.env` of a `process` object,
/// `env` imported from 'node:process', or a `const` bound to one
/// (`const env = process.env`, `const { env } = process`): a write through
/// any of them writes the environment.
bool is_environment_object(const JsModule &module, TSNode node);

/// The string `node` always is: a literal, a template or a `+` of such
/// parts, a `const` bound to one (`const TRACE = '_X_AMZN_TRACE_ID'`);
/// nothing when hoist cannot compute it (`[a, b].join('_')`, a parameter).
std::optional<std::string> constant_string(const JsModule &module, TSNode node,
                                           int depth = 0);

/// The variable of the environment `read` (a member or subscript
/// expression) reads, when its object is `process.env` however reached
/// (is_environment_object) or a local `const` copy of it (`const env = {
/// ...process.env }`): its name, folded (constant_string), or "*" for a
/// name hoist cannot compute; nothing when it reads no environment.
std::optional<std::string> environment_variable_read(const JsModule &module,
                                                     TSNode read);

} // namespace hoist::javascript
