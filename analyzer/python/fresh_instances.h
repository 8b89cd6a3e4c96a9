#pragma once

#include <vector>

#include "python/lazy_init.h"
#include "python/reachability.h"

namespace hoist::python {

/// Adds to `into` the project classes the `reached` functions make a new
/// instance of wherever they run (`Cleaner()`, `self.helper = Helper()`),
/// unless the instance is kept in lazy state (`known`: what an earlier walk
/// found emptied or made anew) or the call never runs. What a method of
/// such a class keeps lazily on `self` is built again for each instance,
/// so on every invocation that makes one.
void add_fresh_instances(const NameResolver &resolver,
                         const std::vector<ReachedFunction> &reached,
                         const EmptiedState &known, EmptiedState &into);

/// True when another walk from the handler may reach more than `reached`
/// does, now that `emptied` is known: it empties module state, or a reached
/// method keeps something lazily on `self` of an instance made anew, whose
/// test the walk did not enter.
bool enters_more(const NameResolver &resolver,
                 const std::vector<ReachedFunction> &reached,
                 const EmptiedState &emptied);

} // namespace hoist::python
