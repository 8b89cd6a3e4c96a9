#pragma once

#include <string>

#include "python/api_catalogue.h"
#include "python/module_model.h"

namespace hoist::python {

/// Why keeping the pool `call` builds (in `function`, bound to the local
/// `local`, "" when to none) across invocations may make a later one wait
/// forever, or "": the entry names a keyword that makes its pool block when
/// it has no free connection (urllib3's `block`), `call` gives it (a value
/// other than a literal `False`, `None` or `0`, or a `**` mapping hoist
/// cannot read), and a response the function takes from the pool may keep
/// its connection: read with `preload_content` or `release_conn` not
/// literally `True` and not given back by its `release_conn()` (a `with`
/// closes it without giving the connection back), or the pool handed on
/// where hoist does not see its requests. Built per invocation, such a pool
/// dies with the connections its responses keep.
std::string blocking_pool_kept_busy(const SyntaxTree &tree,
                                    const FunctionInfo &function, TSNode call,
                                    const std::string &local,
                                    const ApiEntry &entry);

} // namespace hoist::python
