#pragma once

#include <string_view>

namespace hoist::python {

/// True when `module` (a top-level name: "os", "json") is a module of
/// Python's standard library, whose code hoist knows by what it documents;
/// other libraries' code (installed, or a layer's) it does not see into.
bool is_standard_library(std::string_view module);

} // namespace hoist::python
