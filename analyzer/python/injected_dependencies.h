#pragma once

#include <vector>

#include "python/name_resolver.h"

namespace hoist::python {

/// What a web framework calls for each request before the function that
/// declares it (FastAPI's dependency injection): the marker that names it
/// (`Depends(get_db)`, `Security(auth)`, the catalogue's
/// 'python_dependency_markers') and the project code the framework runs: a
/// function, a class's `__init__` (`Depends(Cognito)`), an instance's
/// `__call__` (`Depends(checker)`).
struct InjectedDependency {
  TSNode marker;
  Scope callee;
};

/// The dependencies the parameters of `function` (of `module`) declare: a
/// marker as a parameter's default (`db = Depends(get_db)`) or in its
/// `Annotated[...]` type, written there or through a module-level alias
/// (`DB = Annotated[Session, Depends(get_db)]`); a marker given nothing
/// names the parameter's type (`cognito: Cognito = Depends()`). Memoized
/// functions (`functools.lru_cache`) run once per process: not listed.
std::vector<InjectedDependency>
parameter_dependencies(const NameResolver &resolver, const ModuleModel &module,
                       const FunctionInfo &function);

/// The dependencies that `module` gives a router of type `router` (a
/// catalogued router with a 'dependencies' keyword) in that keyword's list:
/// at its construction (`APIRouter(dependencies=[Depends(verify)])`), to a
/// route decorator or to an `includes` method (`app.include_router(r,
/// dependencies=[...])`). Each runs for the requests of the routes given it.
std::vector<InjectedDependency>
router_dependencies(const NameResolver &resolver, const ModuleModel &module,
                    const RouterEntry &router);

} // namespace hoist::python
