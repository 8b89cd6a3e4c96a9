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

/// The one value a module-level name of another project module has where
/// `node` reads it: `constants.BUILD_FOLDER` of a module imported
/// (`import app.constants as constants`), or a name imported from one
/// (`from app.constants import BUILD_FOLDER`); nothing for anything else.
std::optional<AssignedValue> imported_constant(const NameResolver &resolver,
                                               TSNode node, Scope scope);

/// The file-system path `node` computes, when hoist can read it without
/// running the code: literals, `__file__` (the module's `file`, absolute),
/// `os.getcwd()`, os.path's join / dirname / abspath / realpath /
/// normpath, `os.fspath`, `str`, pathlib's `Path(...)`, `.parent`,
/// `.parents[n]`, `.resolve()`, `.absolute()`, `.as_posix()`,
/// `.joinpath(...)` and `/`, `+` of strings, through names assigned one
/// value and constants of other project modules (imported_constant). Relative (to the working directory) when it does not start with
/// '/'; not normalized.
std::optional<std::string> path_value(const NameResolver &resolver,
                                      TSNode node, Scope scope,
                                      const std::string &file);

} // namespace hoist::python
