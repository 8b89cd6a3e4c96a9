#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "python/name_resolver.h"

namespace hoist::python {

/// A value an expression is assigned, with the scope that reads it.
using AssignedValue = std::pair<TSNode, Scope>;

/// The values `name` is assigned where `scope` reads it: the function's
/// own, else (a free name) the enclosing functions', else the module's.
/// Empty when it is bound some other way (a parameter, a loop) or not at
/// all.
std::vector<AssignedValue> assigned_values(const std::string &name,
                                           Scope scope);

/// The file-system path `node` computes, when hoist can read it without
/// running the code: literals, `__file__` (the module's `file`, absolute),
/// `os.getcwd()`, os.path's join / dirname / abspath / realpath /
/// normpath, `os.fspath`, `str`, pathlib's `Path(...)`, `.parent`,
/// `.parents[n]`, `.resolve()`, `.absolute()`, `.as_posix()`,
/// `.joinpath(...)` and `/`, `+` of strings, through names assigned one
/// value. Relative (to the working directory) when it does not start with
/// '/'; not normalized.
std::optional<std::string> path_value(const NameResolver &resolver,
                                      TSNode node, Scope scope,
                                      const std::string &file);

} // namespace hoist::python
