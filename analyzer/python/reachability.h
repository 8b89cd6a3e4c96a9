#pragma once

#include <vector>

#include "python/lazy_init.h"
#include "python/name_resolver.h"

namespace hoist::python {

/// One call on the way from a handler to a function: where it is, and what it
/// calls.
struct CallStep {
  const ModuleModel *module = nullptr; ///< the caller's module
  const FunctionInfo *caller = nullptr;
  TSNode call;
  const FunctionInfo *callee = nullptr;
  /// `callee` is given to `call` as an argument (a callback), so its
  /// parameters take what the callee's caller passes, not `call`'s arguments.
  bool passed = false;
  /// `callee` is a route that `call` dispatches: it runs only for the events
  /// its route matches.
  bool routed = false;
  /// `callee` runs around `caller` in its place: a decorator's wrapper, and
  /// `call` is the wrapper's expression (`@with_s3`).
  bool wraps = false;
  /// `callee` is a dependency `caller` declares (`passed` too), which the
  /// framework calls before it: `call` is its marker (`Depends(get_db)`).
  bool injected = false;
};

/// A function that runs on the invoke path, with the calls that lead there
/// from the handler (empty for the handler itself).
struct ReachedFunction {
  const ModuleModel *module = nullptr;
  const FunctionInfo *function = nullptr;
  std::vector<CallStep> chain;
  /// An inherited method reached through a subclass: that subclass.
  Receiver receiver;
};

/// The functions a handler runs on every invocation: itself, and what it
/// reaches through calls the resolver can follow (project functions, methods,
/// `__init__` of classes it instantiates, project functions passed to a call
/// as callbacks, functions and lambdas defined in a function's body, the
/// functions stored in a container an item of which it calls and the
/// methods of the project instances stored there whose method it calls on an
/// item (`for mw in MIDDLEWARE: mw.process_request(event)`), the routes of
/// a catalogued router it dispatches and the middlewares given to it
/// (`middlewares=[...]`); an inherited method reached
/// through a subclass runs that subclass's overrides of what it calls on
/// `self` or `cls`). Not followed: memoized
/// functions (functools.cache / lru_cache, cachetools, as a decorator or
/// applied by a call; but for those defined inside a function, whose cache
/// is made again with them), calls whose
/// result is stored in
/// lazily initialized state (but for the state in `emptied`, which every
/// invocation empties again or makes anew: an attribute of an instance the
/// invoke path makes), calls deeper than a bound. Each function is
/// listed once for each receiver, with the shortest chain found. `receiver`:
/// the subclass whose instance runs `handler`, a method it inherits.
std::vector<ReachedFunction>
reachable_functions(const NameResolver &resolver, const ModuleModel &module,
                    const FunctionInfo &handler, Receiver receiver = {},
                    const EmptiedState &emptied = EmptiedState());

/// The router that Lambda's call of `value`, bound to a handler name at
/// module level in `module`, dispatches: a catalogued router whose call
/// dispatches it (Chalice's `app`), or the router given to an adapter whose
/// object does (`handler = Mangum(app)`); else unknown.
Symbol router_called_as_handler(const NameResolver &resolver,
                                const ModuleModel &module, TSNode value);

/// The functions a handler that is a library object dispatching `router`
/// (router_called_as_handler; `module`, the handler's) runs: the routes and
/// middlewares the router runs, and what they reach. Each route runs only
/// for the events it matches, never on every invocation, though its chain
/// starts with it. `emptied`: as for reachable_functions.
std::vector<ReachedFunction>
reachable_from_router(const NameResolver &resolver, const Symbol &router,
                      const ModuleModel &module,
                      const EmptiedState &emptied = EmptiedState());

/// True when `call`, in a method (`scope`), calls an item of a container of
/// its instance (`self.routes[key](event)`) that holds only the functions
/// the project modules loaded with `entry` register on it, all `reached`:
/// every use of the container in its class reads it, empties it or stores
/// what a registering method is given (`self.routes[(method, path)] =
/// fn`), and every registration is a decorator of a module-level function
/// (`@app.get("/items")`).
bool calls_only_registered(const NameResolver &resolver, Scope scope,
                           TSNode call, const ModuleModel &entry,
                           const std::vector<ReachedFunction> &reached);

/// True when `call` (in `scope`) calls an item of a dispatch table
/// (`ROUTES[event["op"]](event)`, `ROUTES.get(op)(event)`): a name bound
/// once, to a dictionary, list, tuple or set display whose every item is a
/// project function `reached` holds, and only read wherever the module
/// names it (an item, `get`, a loop), never changed or handed on.
bool calls_only_stored(const NameResolver &resolver, Scope scope, TSNode call,
                       const std::vector<ReachedFunction> &reached);

/// The `default_factory` values of the fields of the project class that
/// `call` (in `scope`) instantiates, each with the class's module: a
/// dataclass's generated `__init__` calls each for a field the call does
/// not give (`ddb: object = field(default_factory=lambda: ...)`).
std::vector<std::pair<const ModuleModel *, TSNode>>
field_default_factories(const NameResolver &resolver, Scope scope, TSNode call);

/// The function of a project module that answers reading `name` of it
/// (`owner`, a module symbol) by running: its `__getattr__` (PEP 562), when
/// it binds no such name and has no such submodule; null otherwise.
const FunctionInfo *module_attribute_getter(const NameResolver &resolver,
                                            const Symbol &owner,
                                            const std::string &name);

/// What kind of getter `function` (of `module`) is, by its decorator's
/// name: `@property` runs on every read, `@functools.cached_property` on
/// the first read of each instance.
enum class Getter { None, Property, CachedProperty };
Getter getter_kind(const ModuleModel &module, const FunctionInfo &function);

/// The methods a `with` on `value` (in `scope`) runs around its block:
/// `__enter__` and `__exit__` of the project class whose instance it is.
std::vector<Scope> context_manager_methods(const NameResolver &resolver,
                                           Scope scope, TSNode value);

/// True for a `functools.singledispatch` (or `singledispatchmethod`)
/// function: a call runs the implementation registered for its argument's
/// type (`@name.register`), and `name.register` returns what it decorates.
bool dispatches_on_type(const NameResolver &resolver, const ModuleModel &module,
                        const FunctionInfo &function);

/// True for functions whose result is cached across calls by a decorator.
bool is_memoized(const NameResolver &resolver, const ModuleModel &module,
                 const FunctionInfo &function);

/// True when `call` (in `scope`) runs a function whose results are kept
/// across calls: a memoized one, or one called through a memoizing wrapper
/// applied by a call (`bootstrap = functools.cache(_bootstrap)`, then
/// `bootstrap()`). It runs at the first call with each argument, not at
/// every one.
bool calls_memoized(const NameResolver &resolver, TSNode call, Scope scope);

} // namespace hoist::python
