#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/fix.h"
#include "python/module_cache.h"
#include "python/module_model.h"
#include "python/name_resolver.h"

namespace hoist::python {

/// Edits that add code at module scope, shared by the fixes that move or
/// wrap code there.
class ModuleEdits {
public:
  /// With `project`, a package's submodules count as bound in it (importing
  /// `pkg.s3` sets `pkg.s3`, which would replace a new global `s3`), and so
  /// do the names its star-importers spell, when its star import brings
  /// them (`s3 = ...` then `from helpers import *` would rebind that `s3`).
  explicit ModuleEdits(const ModuleModel &module,
                       const ModuleCache *module_cache = nullptr)
      : module_(module), module_cache_(module_cache) {}
  /// With `resolver`, also an import of a project module whose module-level
  /// code calls this module's (`import warmup`, where warmup.py runs
  /// `app.handler(...)`) runs the module's own code.
  ModuleEdits(const ModuleModel &module, const NameResolver &resolver)
      : module_(module), module_cache_(&resolver.module_cache()),
        resolver_(&resolver) {}

  /// Where a new module-level statement that uses `names` can go: after the
  /// imports, the statements that bind any of `names` and the statements
  /// `after`, joining the module-level setup that follows; before the first
  /// statement that may run the module's own code (a call of its functions
  /// or classes, a warm-up call of the handler, an `if __name__ ==
  /// "__main__":` block). Returns the offset of the start of the line after
  /// that statement, and whether a blank line separates the new code from
  /// it (an import, a statement of many lines); nothing when no place is
  /// both.
  std::optional<std::pair<std::size_t, bool>>
  insertion_point(const std::vector<std::string> &names,
                  const std::vector<TSNode> &after = {}) const;

  /// Edits that add `statements` (each whole, ending in a newline) at
  /// insertion_point(names, after), if there is one: one edit per statement,
  /// after one that adds the separating newlines, so that fixes inserting
  /// the same statement at one point share its edit.
  std::optional<std::vector<Edit>>
  insert_statements(const std::vector<std::string> &names,
                    const std::vector<std::string> &statements,
                    const std::vector<TSNode> &after = {}) const;

  /// How module scope refers to `module_name` ("functools"), and an edit
  /// that imports it when nothing does (under a fresh alias when the module
  /// rebinds the plain name).
  std::pair<std::string, std::optional<Edit>>
  import_module(const std::string &module_name) const;

  /// Why `name` may be unbound when the module's code has run, or "": each
  /// module-level statement that binds it is an `if`, `try` or loop that
  /// may not (`if STAGE == "prod": ENDPOINT = ...` without an `else`).
  std::string bound_only_sometimes(const std::string &name) const;

  /// True when INIT surely imports `name` before new module-level code: a
  /// top-level import statement binds it, not in a block (`if __name__ ==
  /// "__main__":`, `if False:`, `if TYPE_CHECKING:`, a `try`) and before
  /// the module runs its own code, so before insertion_point, which comes
  /// after such imports.
  bool imported_at_init(const std::string &name) const;

  /// `base`, or `base_2`, `base_3`, ...: a name free at module scope (not
  /// bound there, not a submodule's name, not one a star-importer spells,
  /// with a resolver not one an importer uses as an attribute of the module
  /// (attribute_used_elsewhere), not declared `global` anywhere,
  /// not a builtin, not read
  /// anywhere as a global: a builtin or a star import may provide it) and, when
  /// `reader` is given, not bound in it either, so it reads the global.
  std::string free_name(const std::string &base,
                        const FunctionInfo *reader = nullptr) const;
  /// True when `name` is free at module scope in the sense of free_name.
  bool free_at_module_scope(const std::string &name) const;
  /// `base`, or `base_2`, ...: a name that no identifier of the module
  /// spells, so nothing can read or rebind it.
  std::string unused_name(const std::string &base) const;

  /// The module-level statement that contains `node`.
  TSNode top_level_statement(TSNode node) const;
  /// The first top-level statement that may run the module's own code at
  /// import (see insertion_point), or null.
  TSNode first_own_code() const;
  /// True when `statement` is an `if __name__ == "__main__":` block, which
  /// never runs when Lambda imports the module.
  bool is_main_block(TSNode statement) const;
  /// True when `node` runs only when the module runs as a script: in the
  /// body of a top-level `if __name__ == "__main__":` or the `else` of
  /// `if __name__ != "__main__":`. Its other branches run when Lambda
  /// imports the module.
  bool runs_only_as_script(TSNode node) const;
  /// For a test of `__name__` against "__main__" (`==` or `!=`), the branch
  /// of `statement` that runs only as a script (null when none); nullopt
  /// for any other statement.
  std::optional<TSNode> script_branch(TSNode statement) const;

private:
  /// After a module docstring, else the top of the file.
  std::size_t start_of_code() const;
  std::size_t line_after(TSNode statement) const;
  /// True when `statement` may run the module's own code at import: it
  /// calls a function or class of this module or a name that may hold one
  /// (own_callables), or gives one to a call, or is decorated by a function
  /// of the module that calls what it decorates, or is the `__main__` block.
  bool runs_own_code(TSNode statement) const;
  /// The module-level names that may hold the module's own code: its
  /// functions and classes, names bound from code that reads one
  /// (`lambda_handler = handler`, `_warm = lambda: handler({}, None)`) or
  /// to the module itself (`_self = sys.modules[__name__]`), objects of the
  /// module it is handed to (a route decorator's `@app.get("/files")`,
  /// `app.include_router(router)`: `app.resolve(...)` runs the route), and
  /// names bound otherwise than by assignment or import (`for h in
  /// HANDLERS`).
  const std::unordered_set<std::string> &own_callables() const;
  /// True when the decorator `expression` calls (a method of) what it
  /// decorates: a function of the project that calls its first parameter
  /// in its own body (`@warm`, `@warmers.warm`), a class whose `__init__`
  /// calls what it is given (`@Warm`), or a call of a function whose nested
  /// functions, the decorators it makes, do (`@warm({}, None)`).
  bool calls_what_it_decorates(TSNode expression) const;
  /// True when `node` is a call that may run the module's own code: of
  /// one of its functions or classes, through any name that may hold one,
  /// or given one (`functools.partial(handler, ...)`,
  /// `Thread(target=_warm)`, `map(lambda e: handler(e, None), ...)`),
  /// which may call it; of what a lookup by name gives
  /// (`getattr(sys.modules[__name__], "handler")`, `vars()["handler"]`),
  /// or of a display holding one (`[handler][0]`), or of a name bound by
  /// writing the module's namespace (bound_by_namespace_write). With a
  /// resolver, a router adapter that makes an object given the app
  /// (`make_lambda_handler(app)`) runs none of it yet.
  bool calls_own_code(TSNode node) const;
  /// True when `name` is a plain function of the module (not decorated,
  /// bound once) that declares a name `global` (an init function), builds
  /// nothing the catalogue lists (which a fix would replace by the name it
  /// adds), and whose code names none of the module's own callables (the
  /// handler, another function: see own_callables), nor `__name__`, nor a
  /// lookup by name (`getattr`, `globals`): calling it runs none of the
  /// module's other code (`configure()`, which sets module-level names from
  /// the environment), so what is inserted after that call is defined
  /// before any code that may read it.
  bool is_leaf_function(const std::string &name) const;
  /// True when `name` may be bound only by writing the module's namespace
  /// (`setattr(sys.modules[__name__], "entry", handler)`,
  /// `sys.modules[__name__].__dict__["main"] = handler`): no statement
  /// binds it, no function declares it `global`, no star import may bring
  /// it, and no builtin has it. Such a name may hold one of its functions.
  bool bound_by_namespace_write(const std::string &name) const;
  /// True when a function of the module declares `name` `global` (or
  /// `nonlocal` in a nested function), so may bind it at module scope.
  bool declared_global(const std::string &name) const;
  /// True when the import `statement` loads a project module whose
  /// module-level code calls a function or class of this module (a warm-up
  /// in another file, which finds this module half made in sys.modules).
  bool imports_code_calling_back(TSNode statement) const;
  /// True when defining the class `definition` runs the module's own
  /// code: a metaclass of the module whose `__new__`, `__init__` or
  /// `__prepare__` calls it (or a function of the module as the
  /// metaclass), or a base class of the module whose `__init_subclass__`
  /// calls it, or whose own definition does. `depth` bounds the bases
  /// followed.
  bool class_creation_runs_own_code(TSNode definition, int depth = 0) const;
  /// The last top-level import statement (or a block holding one, such as
  /// `try: import x`) before `limit` (null: anywhere), or null.
  TSNode last_import_before(TSNode limit) const;
  /// The top-level statements that bind `name`.
  const std::vector<TSNode> &binding_statements(const std::string &name) const;

  /// The names some code reads or binds as a module-level (or builtin,
  /// star-imported) name: at module level, in class bodies, or in a
  /// function that does not bind them itself.
  const std::unordered_set<std::string> &global_reads() const;

  const ModuleModel &module_;
  const ModuleCache *module_cache_;
  const NameResolver *resolver_ = nullptr;
  mutable std::optional<std::unordered_set<std::string>> own_callables_;
  mutable std::optional<TSNode> first_own_code_;
};

/// The text of `node`, code of a function body, as it is written at module
/// level: each line after its first without the indentation of the line it
/// starts on (`http = urllib3.PoolManager(` / `    retries=3,` / `)`). A
/// line that starts inside a string literal keeps its bytes, which are the
/// string's.
std::string dedented(const SyntaxTree &tree, TSNode node);

/// The identifiers `expression` reads (not attribute names or keyword
/// argument names), in order.
std::vector<std::string> names_read(const SyntaxTree &tree, TSNode expression);

/// The name a callee starts from: `Api` of `Api.handle`, `globals` of
/// `globals()["handler"]`, `x` of `x.a[0].b`, `np` of
/// `np.random.default_rng(1).permutation`.
TSNode callee_root(TSNode callee);

/// True for Python's builtin names that can be read at module scope.
bool is_builtin_name(const std::string &name);

} // namespace hoist::python
