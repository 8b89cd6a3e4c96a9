#pragma once

#include <string>
#include <utility>
#include <vector>

#include "python/name_resolver.h"

namespace hoist::python {

/// The root of the project the directory `dir` (absolute, normalized)
/// belongs to: the nearest directory at or above it with a hoist
/// configuration or a deployment tool's file (find_project_root, not by
/// `.git`: a repository may hold many projects), where its tests and
/// scripts run from and above which its imports do not look; the base
/// (where hoist runs) when there is none. Not where hoist runs otherwise:
/// what an import finds must not depend on it. Looked up once a run for
/// each directory.
std::string project_root_of(const ModuleCache &cache, const std::string &dir);

/// The import paths the import statement `statement` (in `tree`) loads:
/// `import a.b` the packages and the module, `from a import b` `a` and
/// `a.b` (a submodule when `b` is one); for a call that imports by name
/// (`__import__("app")`), the name it is given.
std::vector<std::string> import_paths(const SyntaxTree &tree, TSNode statement);

/// The first import statement (or call importing by name, `__import__("app")`)
/// of `from`'s module-level code (not its
/// `__main__` block) that loads `target`: it imports `target`, or a module
/// whose own module-level imports load it. Null when none does.
TSNode statement_loading(const NameResolver &resolver, const ModuleModel &from,
                         const ModuleModel &target);

/// The statement of `from`'s module-level code from which on `target` may
/// have been loaded: statement_loading's, or an import by a name hoist
/// cannot read before it (`importlib.import_module(name)`), which may load
/// it. Null when neither is there.
TSNode statement_that_may_load(const NameResolver &resolver,
                               const ModuleModel &from,
                               const ModuleModel &target);

/// The files (absolute, normalized) of the modules of the files checked
/// whose code imports `target` directly, at module level or in a function
/// (load one with ModuleCache::module_in: a caller that needs few of them need
/// not load them all).
std::vector<std::string> importers_of(const NameResolver &resolver,
                                      const ModuleModel &target);

/// The files (absolute, normalized) of the modules that import `target`
/// only through other project modules (a test that imports the handler's
/// module, which imports the helper): importers_of followed up, without
/// importers_of's own; worked out once a run for each `target`.
const std::vector<std::string> &
indirect_importers_of(const NameResolver &resolver, const ModuleModel &target);

/// The files (absolute, normalized) of `target`'s project, `target`'s own
/// but, whose code loads code hoist cannot name (`importlib.import_module(
/// os.environ["TARGET"])`, `exec(compile(f.read(), ...))`:
/// loads_unknown_code), each with that call as written (its first line):
/// any of them may load `target`.
std::vector<std::pair<std::string, std::string>>
unknown_code_loaders(const NameResolver &resolver, const ModuleModel &target);

/// The files (absolute, normalized) of the `__init__.py` of the packages
/// Python imports before `module` when `module` is imported as their
/// submodule (`pkg/__init__.py` before `pkg/app.py` for the handler
/// `pkg.app.handler`), innermost first: each directory above `module`'s
/// package that holds an `__init__.py`, up to the first that does not or
/// is one of `roots` (where imports start: a configured function's code
/// root; none when hoist cannot tell, and then every such package may be).
std::vector<std::string>
enclosing_packages(const ModuleCache &cache, const ModuleModel &module,
                   const std::vector<std::string> &roots);

/// The files (absolute, normalized) of the project modules a process that
/// loads the files `roots` may hold: each of them and every module their
/// imports load, anywhere in them (a function's import too), transitively;
/// in a fixed order (roots first, then as their imports name them). Loads
/// no module; worked out once a run for each `roots`. What depends on
/// "every project class" looks here, not at the modules an analysis thread
/// happens to have loaded, so a finding never depends on which files a
/// thread checked before.
const std::vector<std::string> &
files_loaded_with(const NameResolver &resolver,
                  const std::vector<std::string> &roots);

} // namespace hoist::python
