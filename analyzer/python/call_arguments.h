#pragma once

#include <cstddef>

#include "python/module_model.h"

namespace hoist::python {

/// The expression `call` (in `module`) passes for `function`'s parameter
/// `index`, or a null node: none binds it, an `*args` or `**kwargs` before
/// it hides which does, or `call` is an attribute read that runs a getter
/// (`c.s3` gives `__getattr__` its `name` as no expression does).
TSNode argument_for(const FunctionInfo &function, std::size_t index,
                    TSNode call, const ModuleModel &module);

/// True when `call` surely gives `function`'s parameter `index` nothing, so
/// that it takes its default: a call (not an attribute read) whose
/// arguments neither bind it nor may (`*args`, `**kwargs`).
bool leaves_out(const FunctionInfo &function, std::size_t index, TSNode call,
                const ModuleModel &module);

} // namespace hoist::python
