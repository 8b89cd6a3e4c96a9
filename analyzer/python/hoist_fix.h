#pragma once

#include <optional>
#include <string>

#include "python/api_catalogue.h"
#include "python/hoistability.h"

namespace hoist::python {

/// The fix for a reported construction, and why it is not a safe one when it
/// is not (empty when it is).
struct ConstructionFix {
  std::optional<Fix> fix;
  std::string not_safe_because;
};

/// A hoistable construction moves to module scope, bound to a module-level
/// name (the local's name when it is free); one keyed by event data is
/// cached by its varying arguments in a module-level functools.lru_cache
/// factory (always unsafe). A hoist is safe only for catalogue entries marked
/// safe, outside loops, branches, `try` and `with`, when the local is neither
/// rebound nor configured after it is built.
ConstructionFix construction_fix(const Resolver &resolver,
                                 const Handler &handler,
                                 const ReachedFunction &where, TSNode call,
                                 const ApiEntry &entry,
                                 const DependenceResult &dependence);

} // namespace hoist::python
