#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "python/name_resolver.h"

namespace hoist::python {

/// How another module's code at import may change the module state that
/// `code` (nodes of `module`'s moved code) reads, after `module` builds it
/// at INIT, as a message, or "". The state is a module-level name of
/// another project module, read through it (`settings.REGION`,
/// `settings.CONFIG["region"]`) or imported from it (`SETTINGS.region` after
/// `from settings import SETTINGS`). Its writers are the modules that import
/// that module, not a test and not `module` (placement puts its own code
/// first): their module-level code that
/// sets the name, an attribute or item of it, or calls a method of it, may
/// run after `module` is imported, as an entry point that imports the
/// handler's module and then configures does. A writer that `module`'s own
/// imports load before `placed_at` (the byte where the moved code goes) has
/// run by then.
std::string state_set_at_init_elsewhere(const NameResolver &resolver,
                                        const ModuleModel &module,
                                        const std::vector<TSNode> &code,
                                        std::size_t placed_at);

} // namespace hoist::python
