#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "python/api_catalogue.h"
#include "python/module_cache.h"
#include "python/module_model.h"

namespace hoist::python {

struct Introspection;

/// The class a method's `self` or `cls` is known to be: the one the method
/// was looked up on, a subclass of the method's own when it inherits it
/// (`Order.get` runs `BaseModel.get` with `cls` = Order, so `cls.connect()`
/// runs Order's override). None: the method's own class.
struct Receiver {
  const ClassInfo *cls = nullptr;
  const ModuleModel *module = nullptr; ///< where `cls` is defined
};

/// What an expression denotes, as far as hoist can tell without running it.
struct Symbol {
  enum class Kind {
    Unknown,
    Path,     ///< a library name: "boto3", "boto3.client",
              ///< "boto3.session.Session.client"
    Instance, ///< a value of a catalogued library type: "boto3.session.Session"
    Module,   ///< one of the project's modules
    Function, ///< a project function or method (bound or not)
    Class,    ///< a project class
    Object,   ///< an instance of a project class
  };
  Kind kind = Kind::Unknown;
  /// Path and Instance: the fully-qualified name. Project symbols reached
  /// through an absolute import keep their dotted name here too, so the
  /// catalogue can name a project's own factory ("corp.aws.make_client").
  std::string path;
  /// Module, Function, Class, Object; for an Instance bound at module scope,
  /// that module.
  const ModuleModel *module = nullptr;
  const FunctionInfo *function = nullptr; ///< Function
  const ClassInfo *cls = nullptr;         ///< Class, Object
  /// Function: a method looked up on an instance, so `self` is already bound.
  bool bound = false;
  /// Function: an inherited method looked up on a subclass or its instance.
  Receiver receiver;
  /// Function: reached through a memoizing wrapper applied by a call
  /// (`bootstrap = functools.cache(_bootstrap)`), which keeps its results.
  bool memoized = false;

  bool known() const { return kind != Kind::Unknown; }
};

/// True for the library decorators that keep a function's results by its
/// arguments (functools.cache and lru_cache, cachetools), applied as a
/// decorator or by a call.
bool is_memoizer(const std::string &path);

/// Where code runs: a module, and the function whose body it is in (none at
/// module scope).
struct Scope {
  // A constructor, so that `{module, function}` names the common case.
  Scope(const ModuleModel *module = nullptr,
        const FunctionInfo *function = nullptr, Receiver receiver = {})
      : module(module), function(function), receiver(receiver) {}
  const ModuleModel *module;
  const FunctionInfo *function;
  /// For an inherited method reached through a subclass: that subclass.
  Receiver receiver;
};

/// Resolves names and expressions through imports and aliases, assignments,
/// the project's own modules, classes, methods and factory functions.
/// Absolute imports of project modules are looked up under `roots` (absolute
/// normalized directories, as normalized_dir gives them) in order.
class NameResolver {
public:
  NameResolver(const ModuleCache &module_cache, const ApiCatalogue &catalogue,
               std::vector<std::string> roots);

  Symbol resolve(TSNode expression, Scope scope) const;
  /// The catalogue path of what `call` invokes ("boto3.client"), or "".
  std::string called_path(TSNode call, Scope scope) const;
  /// The project function a call runs, if any: a function, a method, the
  /// `__init__` (or a dataclass's `__post_init__`) of a class being
  /// instantiated, or the `__call__` of an instance called.
  const FunctionInfo *called_function(TSNode call, Scope scope,
                                      const ModuleModel *&module) const {
    Scope callee = called_scope(call, scope);
    module = callee.module;
    return callee.function;
  }
  /// The same, as the scope the function's body runs in (with the subclass
  /// its `self` or `cls` is); no function when the call runs none.
  Scope called_scope(TSNode call, Scope scope) const;
  /// The project function a call of `callee` runs (called_scope): a
  /// function, a class's `__init__`, an instance's `__call__`.
  Scope scope_called(const Symbol &callee) const;
  /// What `expression` may denote, resolve's answer first: one answer per
  /// binding of a module-level name bound more than one way (`if PROD: from
  /// prod_cfg import configure` / `else: from dev_cfg import configure`; a
  /// `def` and a star import of a project module that brings the name), of
  /// an attribute of such a name or of a module that binds the attribute
  /// so, and of a method its class body defines more than once; resolve's
  /// answer alone for anything else.
  std::vector<Symbol> resolve_each(TSNode expression, Scope scope,
                                   int depth = 0) const;
  /// The project functions `call` may run, called_scope's first: one per
  /// answer of resolve_each for its callee that runs one.
  std::vector<Scope> called_scopes(TSNode call, Scope scope) const;
  /// `owner.name`: a module's member, a class's or instance's method or
  /// attribute, a path's child.
  Symbol member(const Symbol &owner, const std::string &name) const {
    return member(owner, name, 0);
  }
  /// What the import path `path` (`settings`, `.config`, `pkg.mod.name`),
  /// imported by `from`, denotes.
  Symbol imported(const std::string &path, const ModuleModel &from) const {
    return import_symbol(path, from, 0);
  }
  /// The file (absolute, normalized) of the project module the import path
  /// `path` names, imported from a module in `from_dir` with absolute
  /// imports looked up under `roots`: "" when it names a member of one or
  /// a vendored library, nothing when no root has a module for it. Loads
  /// no module: asking which of many files import one module need not
  /// parse them all.
  std::optional<std::string>
  imported_file(const std::string &path, const std::string &from_dir,
                const std::vector<std::string> &roots) const;
  const ApiCatalogue &catalogue() const { return catalogue_; }
  const ModuleCache &module_cache() const { return module_cache_; }
  /// Where global_name_lookups (introspection.cpp) keeps its answer for
  /// `module`: every fix in the module asks it, and it walks the module and
  /// its importers.
  std::shared_ptr<const std::vector<Introspection>> &
  global_name_lookups_memo(const ModuleModel &module) const;
  /// Where absolute imports are looked up, in order.
  const std::vector<std::string> &roots() const { return roots_; }

private:
  Symbol resolve(TSNode expression, Scope scope, int depth) const;
  Symbol resolve_name(const std::string &name, Scope scope, int depth) const;
  Symbol super_object(Scope scope, int depth) const;
  /// True when `node` is `globals()`, the module's namespace.
  bool is_globals_call(TSNode node, Scope scope, int depth) const;
  Symbol resolve_module_name(const ModuleModel &module, const std::string &name,
                             int depth) const;
  /// What module-level `name` may be bound to besides resolve_module_name's
  /// answer (resolve_each).
  std::vector<Symbol> other_bindings(const ModuleModel &module,
                                     const std::string &name, int depth) const;
  Symbol resolve_assignments(const std::vector<TSNode> &values, Scope scope,
                             int depth) const;
  Symbol member(const Symbol &owner, const std::string &name, int depth) const;
  Symbol call_result(const Symbol &callee, int depth) const;
  Symbol import_symbol(const std::string &path, const ModuleModel &from,
                       int depth) const;
  Symbol resolve_import(const std::string &path, const ModuleModel &from,
                        int depth) const;
  /// The longest prefix of an import path's dotted parts that names a
  /// project module (`is_module` of its stem, under the importer's package
  /// for a relative path, else under the first of `roots` that has one);
  /// the parts after it are members. An empty stem when none does; nothing
  /// for a vendored library (vendored_library).
  struct ImportedPrefix {
    bool relative = false;
    std::vector<std::string> parts;
    std::string stem;
    std::size_t length = 0;
  };
  std::optional<ImportedPrefix>
  imported_prefix(const std::string &path, const std::string &from_dir,
                  const std::vector<std::string> &roots,
                  const std::function<bool(const std::string &)> &is_module)
      const;
  /// Where `from`'s absolute imports are looked up: the roots, with what
  /// its own code adds to `sys.path` before and after them; `redirected`
  /// when it changes `sys.path` in a way hoist cannot read.
  std::vector<std::string> import_roots(const ModuleModel &from,
                                        bool &redirected) const;
  /// True when a package on the way to the module `prefix` names changes
  /// its `__path__`, so that the module may be another file.
  bool package_path_changed(const ImportedPrefix &prefix) const;
  /// True when the absolute import `parts` names a catalogued library
  /// ("requests") whose copy among the import roots is a package: a vendored
  /// copy (a layer's `python/`, `pip install -t .` without its metadata) is
  /// third-party code, and the catalogue decides at the importer's call, as
  /// for the installed library.
  bool vendored_library(const std::vector<std::string> &parts) const;
  /// `owner.name` for a project class or instance `owner`: the method it
  /// has or inherits, with `owner`'s class as its receiver when inherited.
  Symbol method_of(const Symbol &owner, const std::string &name,
                   int depth) const;
  const FunctionInfo *method(const ClassInfo &cls, const ModuleModel &module,
                             const std::string &name, int depth,
                             const ModuleModel *&owner) const;
  /// `cls.name` inherited from a library base class (`self.formatTime` in
  /// a `logging.Formatter` subclass is `logging.Formatter.formatTime`):
  /// the library's path; "" when no base is a library's; nullopt when a
  /// class of the project on the way defines or assigns the name, or a
  /// base is not known.
  std::optional<std::string> library_member(const ClassInfo &cls,
                                            const ModuleModel &module,
                                            const std::string &name,
                                            int depth) const;

  /// Empties the memos below when the cache has dropped a module since they
  /// were filled: their keys are addresses a module loaded since may reuse.
  void forget_dropped_modules() const;

  const ModuleCache &module_cache_;
  const ApiCatalogue &catalogue_;
  /// Where absolute imports are looked up, without a trailing '/'.
  std::vector<std::string> roots_;
  /// The modules whose `sys.path` edits are being read (import_roots).
  mutable std::unordered_set<std::string> reading_sys_path_;
  /// import_symbol's answers by importing module and path: the same imports
  /// are resolved for every call through them.
  mutable std::unordered_map<std::string, Symbol> imports_;
  struct TupleHash {
    template <typename... Parts>
    std::size_t operator()(const std::tuple<Parts...> &key) const {
      return std::apply(
          [](const Parts &...part) {
            std::size_t hash = 0;
            ((hash = hash * 31 + std::hash<Parts>()(part)), ...);
            return hash;
          },
          key);
    }
  };
  /// Answers of resolve(expression, scope), by node, function and receiver.
  mutable std::unordered_map<
      std::tuple<const void *, const void *, const void *>, Symbol, TupleHash>
      resolved_;
  /// Values of function locals, by function, receiver and name.
  mutable std::unordered_map<
      std::tuple<const void *, const void *, std::string>, Symbol, TupleHash>
      locals_;
  /// global_name_lookups_memo's answers, by module.
  mutable std::unordered_map<const void *,
                             std::shared_ptr<const std::vector<Introspection>>>
      global_name_lookups_;
  /// module_cache_.modules_dropped() when the memos were last valid.
  mutable std::size_t memos_after_drops_ = 0;
};

} // namespace hoist::python
