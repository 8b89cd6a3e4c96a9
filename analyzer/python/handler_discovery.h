#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/deployment.h"
#include "core/diagnostic.h"
#include "core/handler_spec.h"
#include "python/name_resolver.h"

namespace hoist::python {

/// True when `path` is `spec`'s Python module: `<...>/path/to/module.py` or
/// `<...>/path/to/module/__init__.py`, where `<...>` is the task root when
/// there is one (`path` is absolute then).
bool is_module_file(const HandlerSpec &spec, const std::string &path);

/// A test module: test_*.py, *_test.py, conftest.py, or under a tests/ or
/// test/ directory. `checked_path` is the module's path below the checked root
/// (its name alone when the file itself was named): what lies above the root
/// is where the user keeps the project, not what the project is.
bool is_test_file(const std::string &checked_path);

/// Another function of a handler's deployment.
struct OtherFunction {
  std::string said; ///< "function 'Health' in template.yaml"
  const FunctionEnvironment *environment = nullptr;
  /// Its handler is in the same module as this one's (whatever its name).
  bool same_module = false;
};

struct Handler {
  const ModuleModel *module = nullptr; ///< where the handler's name is bound
  const FunctionInfo *function = nullptr;
  const ModuleModel *function_module = nullptr; ///< where the function is
  std::string name;   ///< the module-level name Lambda looks up
  Location location;  ///< that name's binding, for notes
  std::string reason; ///< why hoist treats it as a handler, for notes
  /// A method bound to an instance (`handler = App().handle`): Lambda's two
  /// arguments follow `self`.
  bool bound = false;
  /// Bound through `functools.partial(f, a, k=v)`: the leading positional
  /// parameters it gives (after a bound `self`), and those it names.
  std::size_t partial_positionals = 0;
  std::vector<std::string> partial_keywords;
  /// A method inherited from a base class, called on an instance of a
  /// subclass (`handler = Regional()`, `Base.__call__`): that subclass, whose
  /// overrides its calls on `self` run.
  Receiver receiver;
  /// The handlers of other functions in this handler's module, as messages
  /// name them: code moved to module scope runs at each one's INIT too.
  std::vector<std::string> module_shared_with;
  /// Named by deployment configuration: so are those of module_shared_with,
  /// which are other functions' for sure.
  bool configured = false;
  /// A library object Lambda calls, which dispatches this router's routes
  /// (Chalice's `app`, `handler = Mangum(app)`): then `function` is null,
  /// and what runs is the routes (reachable_from_router).
  Symbol router;
  /// The function's environment as its deployment configuration states it
  /// (a configured handler), or null: what botocore reads when it builds.
  const FunctionEnvironment *environment = nullptr;
  /// The other Python functions of the deployment (a configured handler):
  /// code moved to module scope runs at the INIT of those that load the
  /// module, with their environment.
  std::vector<OtherFunction> other_functions;
};

/// True when Lambda's lookup of the handler name `name` in `module` may
/// succeed: a function, any other binding (`handler = Mangum(app)`,
/// Chalice's `app`), or a name a star import or a module `__getattr__` may
/// provide. Only a name bound nowhere is Runtime.HandlerNotFound.
bool may_bind_handler_name(const ModuleModel &module, const std::string &name);

/// What a handler name finds in its module, whichever source names it
/// (--handler, `handlers` in the configuration, a deployment template).
struct HandlerLookup {
  /// The callable hoist follows (a function, or a name bound to a method,
  /// a partial or a project function); none for a value hoist cannot follow.
  std::optional<Handler> handler;
  /// Lambda would find the name (may_bind_handler_name).
  bool found = false;
};
HandlerLookup look_up_handler(const NameResolver &resolver,
                              const ModuleModel &module,
                              const std::string &name, std::string reason);

/// The handlers `module` defines: module-level functions, or module-level
/// names bound to a method of an instance (`handler = App().handle`). A name
/// matching a pattern makes a handler only with a signature Lambda could call
/// (an event-like first parameter; see rules/handler-signature/doc.md).
/// `checked_path` is the module's path below the root it was checked under
/// (the path given on the command line that holds it; its file name when the
/// file itself was given): test files and directories are judged on it alone.
std::vector<Handler> find_handlers(const NameResolver &resolver,
                                   const ModuleModel &module,
                                   const std::string &checked_path,
                                   const HandlerOptions &options,
                                   std::vector<HandlerSpecMatch> &matches);

/// A module-level name of `module` that a deployment may name as a
/// function's handler: a public function Lambda could call with an event and
/// a context that the module's own code does not call, decorated or not, or a
/// name bound to such a callable (other_callables); the first in the
/// module's order, or "" when there is none. A test module (`checked_path`)
/// has none.
std::string handler_candidate(const NameResolver &resolver,
                              const ModuleModel &module,
                              const std::string &checked_path);

/// The handler a deployment configuration names, or why Lambda would not
/// find it (`problem`). Neither when its module exists on disk but is not
/// among the files checked, or when the name is bound to a value hoist
/// cannot follow (`handler = Mangum(app)`).
struct ConfiguredLookup {
  std::optional<Handler> handler;
  std::string problem;
  /// The handler's module when it exists but binds no such name: its
  /// handler-like functions are what the configuration likely meant.
  const ModuleModel *module_without_handler = nullptr;
  /// Said with -v instead of a problem: the module is not in the code, and
  /// the function has layers hoist cannot read, from which it may come.
  std::string may_come_from_layer;
};

/// `parsed` is the handler's module when the caller has it parsed already.
ConfiguredLookup find_configured_handler(const NameResolver &resolver,
                                         const ConfiguredHandler &configured,
                                         const std::filesystem::path &base,
                                         const ModuleModel *parsed = nullptr);

} // namespace hoist::python
