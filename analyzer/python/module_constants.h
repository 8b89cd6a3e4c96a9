#pragma once

#include "python/name_resolver.h"

namespace hoist::python {

/// `value`, or, when it is a name that neither `scope`'s function nor one it
/// is nested in binds and its module binds exactly once, by a plain
/// assignment (no import, no other binding, no `global` of it in a nested
/// function), the value assigned, followed through up to four such names.
TSNode value_behind_name(Scope scope, TSNode value);

/// True when `value`, evaluated in `scope`, is the same every time: a number,
/// a string without interpolation, `True`, `False`, `None`, or a name that
/// value_behind_name leads to one of those.
bool is_constant_value(Scope scope, TSNode value);

} // namespace hoist::python
