#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "python/reachability.h"

namespace hoist::python {

/// Code that looks at what Python keeps about objects and running code
/// rather than at values. A hoist changes exactly that: one object serves
/// every invocation, and a local becomes a module-level name.
struct Introspection {
  enum class Kind {
    /// An object's identity or lifetime: `a is b` between objects, `id(x)`,
    /// `weakref.*`, `gc.get_referrers(...)`, `sys.getrefcount(x)`.
    Identity,
    /// Frames of running code, which show any function's locals and
    /// globals: `sys._getframe()`, `inspect.currentframe()`,
    /// `inspect.stack()`, `frame.f_locals`, a traceback made with
    /// `capture_locals=True`, a profiler or tracer (`sys.setprofile(f)`),
    /// which is given the frame of every call made while it is set.
    Frame,
    /// The calling function's own locals: `locals()`, `vars()` and `dir()`
    /// without an argument, a code object's `co_varnames`, `co_nlocals`.
    LocalNames,
    /// The module's names looked up as data: `globals()`,
    /// `sys.modules[...]`.
    GlobalNames,
  };
  Kind kind;
  std::string text; ///< as written, for messages
  /// GlobalNames: the name looked up when it is written out
  /// (`globals()["TABLE"]`, `globals().get("TABLE")`,
  /// `setattr(sys.modules[__name__], "TABLE", ...)`); empty when it is
  /// known only at run time.
  std::optional<std::string> key;
  /// invoke_path_introspection: the function it is in.
  const FunctionInfo *function = nullptr;
  /// global_name_lookups: the module it is in, when another module looks
  /// at this one's names (`vars(app)` in `helpers.py`).
  const ModuleModel *elsewhere = nullptr;
};

/// The introspection in the code that runs when `root` (in `scope`) runs,
/// in source order (not in the functions and classes it defines).
std::vector<Introspection> introspection_in(const NameResolver &resolver,
                                            Scope scope, TSNode root);

/// The module-level names of `module` looked up as data anywhere in it
/// (module code, functions, methods), or by a checked module that imports
/// it, which may take it as a mapping of its names: `vars(app)`,
/// `dir(app)`, `app.__dict__`, `inspect.getmembers(app)`, `getattr(app,
/// op)`.
std::shared_ptr<const std::vector<Introspection>>
global_name_lookups(const NameResolver &resolver, const ModuleModel &module);

/// True when a module that imports `module` uses `name` as an attribute of
/// it, reading or setting it (`app.s3 = ...`, `try: app.s3`,
/// `sys.modules["app"].s3`), or of an object hoist cannot tell is not it (a
/// helper's `mod.s3 = ...`, given the module): a new module-level `name`
/// would answer what failed or set what was dead.
bool attribute_used_elsewhere(const NameResolver &resolver,
                              const ModuleModel &module,
                              const std::string &name);

/// The identity observations and frame accesses on the invoke path (the
/// functions in `reached`).
std::vector<Introspection>
invoke_path_introspection(const NameResolver &resolver,
                          const std::vector<ReachedFunction> &reached);

/// Where the function of `scope` tells the object `path` names (`s3`,
/// `self.s3`, a parameter) from another by its identity rather than using
/// it, as written (`repr(s3)`), or "": its `repr`, `str`, `ascii`,
/// `format`, `hash`, `id` or `type` (not the type's name), an f-string or
/// `%` or `str.format` formatting of it, a dunder that shows the same
/// (`s3.__hash__()`, `s3.__class__`), `==`, `!=`, `is` against what may be
/// another object; the same of a part of it that is an object of its own
/// (`s3.meta == other.meta`), not a string or number. A client, session or connection shows which instance
/// it is there: one kept for every invocation shows where each had its
/// own. What only goes to a log or to `print` does not count.
std::string identity_seen(const NameResolver &resolver, Scope scope,
                          std::string_view path);

} // namespace hoist::python
