#pragma once

#include "python/name_resolver.h"

namespace hoist::python {

/// What a use of a container (a module-level dict, list or set, or an item
/// reached in it: `CLIENTS`, `CONFIG["aws"]`) lets other code hold.
enum class HandedOut {
  Nothing,  ///< only read where it is (`len(L)`, `x in L`, `L[0]["k"]`)
  Items,    ///< its items: iterated (`for d in L`, `[*L]`, `L.values()`),
            ///< or shallowly copied (`list(L)`, `{**d}`, `d.copy()`)
  Itself,   ///< possibly the container itself or an item of it: the kept
            ///< result of a call that may return what it is given
            ///< (`getattr(o, "x", D)`, `next(it, D)`, `random.choice(L)`)
};

/// What `use` (an expression in `scope` that evaluates to the container)
/// hands out. Iterating a dict gives its keys only, which `keys_iterated`
/// says (`for k in D`). A call whose result is unused, a project function or
/// class given it (see aliased's kept_by_project_code), a builtin that gives
/// a plain value (`len`, `str`), a harmless library or a catalogued
/// construction hand out nothing.
HandedOut handed_out(const NameResolver &resolver, Scope scope, TSNode use,
                     bool keys_iterated);

/// True when the value of a module-level binding holds containers that can
/// change in place (`[{"region_name": ...}]`, `{"s3": {...}}`): a use that
/// hands out its items (HandedOut::Items) shares them.
bool holds_containers(TSNode value);

} // namespace hoist::python
