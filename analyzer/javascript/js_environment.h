#pragma once

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

} // namespace hoist::javascript
