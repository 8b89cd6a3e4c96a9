#pragma once

#include <string>
#include <vector>

#include "python/name_resolver.h"

namespace hoist::python {

/// The first import statement (or call importing by name, `__import__("app")`)
/// of `from`'s module-level code (not its
/// `__main__` block) that loads `target`: it imports `target`, or a module
/// whose own module-level imports load it. Null when none does.
TSNode statement_loading(const NameResolver &resolver, const ModuleModel &from,
                         const ModuleModel &target);

/// The files (absolute, normalized) of the modules of the files checked
/// whose code imports `target` directly, at module level or in a function
/// (load one with ModuleCache::module_in: a caller that needs few of them need
/// not load them all).
std::vector<std::string> importers_of(const NameResolver &resolver,
                                      const ModuleModel &target);

} // namespace hoist::python
