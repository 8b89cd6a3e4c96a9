#pragma once

#include <vector>

#include "python/name_resolver.h"

namespace hoist::python {

/// The first import statement of `from`'s module-level code (not its
/// `__main__` block) that loads `target`: it imports `target`, or a module
/// whose own module-level imports load it. Null when none does.
TSNode statement_loading(const Resolver &resolver, const ModuleModel &from,
                         const ModuleModel &target);

/// The modules of the files checked whose module-level code imports
/// `target` directly.
std::vector<const ModuleModel *> importers_of(const Resolver &resolver,
                                              const ModuleModel &target);

} // namespace hoist::python
