#pragma once

#include <vector>

#include "python/name_resolver.h"
#include "python/reachability.h"

namespace hoist::python {

/// The special methods (`__aenter__`, `__setattr__`, `__getitem__`,
/// `__contains__`, `__call__`, `__post_init__`, an Enum's `_missing_`, ...)
/// of the project classes the `reached` functions name, of their project
/// bases, and of the project classes whose instances their class bodies
/// hold (descriptors, whose `__get__` and `__set__` an attribute's read or
/// write runs): an operation on an object of such a class, a class
/// attribute read, a `dataclasses.replace` or an instance handed to `map`
/// runs them, in ways hoist does not follow one by one.
std::vector<Scope>
special_methods_named(const NameResolver &resolver,
                      const std::vector<ReachedFunction> &reached);

/// The project functions, among the modules a process that loads `module`
/// may hold (files_loaded_with), that write the environment themselves and
/// may run where hoist does not follow them: at INIT after a hoisted line,
/// or on any invocation. Only a function that runs when called by name
/// (placed_by_calls) is left out, since hoist follows such calls; a special
/// method (`sorted(items)` running `__lt__`), a getter or a function a
/// library's decorator registers, a lambda, a method no code calls by name
/// (a library class's hook), and a function handed on as a value
/// (`json.dumps(obj, cls=Encoder)`, `warnings.showwarning = show`,
/// `Thread(target=export)`) are not, nor what only they call.
std::vector<Scope> unplaced_environment_writers(const NameResolver &resolver,
                                                const ModuleModel &module);

} // namespace hoist::python
