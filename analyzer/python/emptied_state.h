#pragma once

#include <vector>

#include "python/lazy_init.h"
#include "python/reachability.h"

namespace hoist::python {

/// The state (EmptiedState) the `reached` functions of one handler empty
/// on every invocation: the names of globals they bind to `None` or `{}`
/// (`global _client; _client = None`), of module-level dictionaries
/// they clear (`CLIENTS.clear()`), attributes of module-level objects
/// they delete (`del handler.s3`), and memoized functions of the module
/// whose cache they clear (`get_s3.cache_clear()`), where the emptying runs on
/// every call of its function (no branch, loop or `except` around it, no
/// statement before it that always exits; a `finally` runs either way), and
/// that function on every invocation (each call on its chain so too, none a
/// callback or a route); and the project classes they make new instances
/// of (add_fresh_instances, with what an earlier walk found, `known`).
EmptiedState
emptied_every_invocation(const NameResolver &resolver,
                         const std::vector<ReachedFunction> &reached,
                         const EmptiedState &known = EmptiedState());

} // namespace hoist::python
