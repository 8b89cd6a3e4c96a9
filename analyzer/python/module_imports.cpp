#include "python/module_imports.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_set>

#include "core/config.h"
#include "core/paths.h"
#include "python/dynamic_imports.h"
#include "python/module_cache.h"
#include "python/module_edits.h"
#include "python/sys_path_edits.h"

namespace hoist::python {
namespace {

/// How deep imports of imports are followed: past it, hoist says a module
/// may be loaded (the caller is then conservative).
constexpr int kFollowedImports = 6;

/// The project modules the import statement `statement` (in `from`) loads.
std::vector<const ModuleModel *> imported_by(const NameResolver &resolver,
                                             const ModuleModel &from,
                                             TSNode statement) {
  std::vector<const ModuleModel *> modules;
  for (const std::string &path : import_paths(from.tree(), statement)) {
    Symbol imported = resolver.imported(path, from);
    if (imported.kind == Symbol::Kind::Module && imported.module)
      modules.push_back(imported.module);
  }
  return modules;
}

/// True when `node` may load a module: an import statement, or a call that
/// loads one by name or file (`__import__("app")`,
/// `importlib.import_module("app")`, `runpy.run_module("app")`:
/// loads_by_name).
bool imports_module(const SyntaxTree &tree, TSNode node) {
  if (is(node, "import_statement") || is(node, "import_from_statement"))
    return true;
  if (!is(node, "call"))
    return false;
  return loads_by_name(tree.text(field(node, "function")));
}

/// The import statements `module`'s module-level code runs, and its calls
/// that import a module by name, in order.
std::vector<TSNode> module_level_imports(const ModuleModel &module) {
  ModuleEdits edits(module);
  std::vector<TSNode> imports;
  for_each_in_scope_and_class_bodies(module.tree().root(), [&](TSNode node) {
    if (is(node, "if_statement") &&
        ts_node_eq(ts_node_parent(node), module.tree().root()) &&
        edits.is_main_block(node))
      return false;
    if (imports_module(module.tree(), node))
      imports.push_back(node);
    return true;
  });
  return imports;
}

/// Every import statement of `module` and every call of it that imports a
/// module by name, its functions' among them (`import app` in a handler,
/// `importlib.import_module("app")`): what it may load at some time.
std::vector<TSNode> all_imports(const ModuleModel &module) {
  std::vector<TSNode> imports;
  walk_named_descendants(module.tree().root(), [&](TSNode node) {
    if (imports_module(module.tree(), node))
      imports.push_back(node);
    return true;
  });
  return imports;
}

/// The import paths of every import of the module in `file` (all_imports),
/// worked out once per run: kept when a trim drops the module.
const std::vector<std::string> &all_import_paths(const ModuleCache &cache,
                                                 const std::string &file) {
  return cache.import_paths(file, [&] {
    std::vector<std::string> found;
    cache.with_module(file, [&](const ModuleModel &module) {
      for (TSNode statement : all_imports(module))
        for (std::string &path : import_paths(module.tree(), statement))
          found.push_back(std::move(path));
    });
    return found;
  });
}

bool loads(const NameResolver &resolver, const ModuleModel &module,
           const ModuleModel &target, std::set<const ModuleModel *> &seen,
           int depth) {
  if (resolver.module_cache().same_file(module, target) ||
      depth > kFollowedImports)
    return true;
  if (!seen.insert(&module).second)
    return false;
  for (TSNode statement : module_level_imports(module))
    for (const ModuleModel *imported : imported_by(resolver, module, statement))
      if (loads(resolver, *imported, target, seen, depth + 1))
        return true;
  return false;
}

/// The directories from `dir` up to `base` (only `dir` when outside it):
/// where a module looks up its absolute imports when it runs from there.
std::vector<std::string> own_directories(std::string dir,
                                         const std::string &base) {
  std::vector<std::string> dirs{dir};
  std::string inside = base == "/" ? "/" : base + "/";
  while (dir != base && dir != "/" &&
         dir.compare(0, inside.size(), inside) == 0)
    dirs.push_back(dir = parent_dir(dir));
  return dirs;
}

/// True when the last dotted name of the import path `path` is `name`, or
/// it names a package by dots alone (`.`, `..`): only then can it name a
/// module called `name`.
bool may_name(const std::string &path, const std::string &name) {
  std::size_t last = path.find_last_of('.');
  if (last == std::string::npos)
    return path == name;
  return last + 1 == path.size() ||
         path.compare(last + 1, std::string::npos, name) == 0;
}

/// What imports a module called `name` (NameImporters): the files read
/// that spell it on an import line, their import paths that may name it
/// (in functions too: what a function imports it may change at run time),
/// and where each leads from the file's own directories.
NameImporters name_importers(const NameResolver &resolver,
                             const std::string &name) {
  const ModuleCache &cache = resolver.module_cache();
  NameImporters made;
  made.files = cache.files_importing(name);
  for (std::size_t i = 0; i < made.files.size(); ++i) {
    const std::string &file = made.files[i];
    const std::vector<std::string> &all = all_import_paths(cache, file);
    std::string dir = parent_dir(file);
    std::vector<std::string> own =
        own_directories(dir, project_root_of(cache, dir));
    std::vector<std::string> &paths = made.paths.emplace_back();
    bool unresolved = false;
    std::optional<std::vector<std::string>> added;
    for (const std::string &path : all) {
      if (!may_name(path, name))
        continue;
      paths.push_back(path);
      std::optional<std::string> named = resolver.imported_file(path, dir, own);
      // Not found beside it: where it adds to `sys.path` (a test of
      // another directory's `app.py`) may have it.
      if (!named) {
        if (!added)
          cache.with_module(file, [&](const ModuleModel &module) {
            SysPathEdits edits = sys_path_edits(resolver, module, own);
            added = std::move(edits.first);
            added->insert(added->end(), edits.last.begin(), edits.last.end());
          });
        if (added && !added->empty())
          named = resolver.imported_file(path, dir, *added);
      }
      if (!named)
        unresolved = true;
      else if (!named->empty())
        made.by_own_file[*named].push_back(i);
    }
    if (unresolved)
      made.unresolved.push_back(i);
  }
  return made;
}

} // namespace

std::string project_root_of(const ModuleCache &cache, const std::string &dir) {
  return cache
      .found_once("project root\n" + dir,
                  [&] {
                    std::optional<std::filesystem::path> root =
                        find_project_root(dir, false);
                    return std::vector<std::string>{
                        root ? normalized_dir(*root) : cache.base()};
                  })
      .front();
}

std::vector<std::string> import_paths(const SyntaxTree &tree,
                                      TSNode statement) {
  std::vector<std::string> paths;
  if (is(statement, "call")) { // `__import__("app")`: the name it loads
    if (std::optional<std::string> name = loaded_name(tree, statement))
      paths.push_back(*name);
  } else if (is(statement, "import_from_statement")) {
    std::string base(tree.text(field(statement, "module_name")));
    paths.push_back(base);
    for (TSNode name : fields(statement, "name")) {
      TSNode dotted = is(name, "aliased_import") ? field(name, "name") : name;
      paths.push_back(base + (base.back() == '.' ? "" : ".") +
                      std::string(tree.text(dotted)));
    }
  } else {
    for (TSNode name : named_children(statement))
      paths.emplace_back(tree.text(
          is(name, "aliased_import") ? field(name, "name") : name));
  }
  // Python loads the packages on the way first (`a`, then `a.b`).
  for (std::size_t i = 0, n = paths.size(); i < n; ++i)
    for (std::size_t dot = paths[i].find('.', paths[i].find_first_not_of('.'));
         dot != std::string::npos; dot = paths[i].find('.', dot + 1))
      paths.push_back(paths[i].substr(0, dot));
  return paths;
}

TSNode statement_loading(const NameResolver &resolver, const ModuleModel &from,
                         const ModuleModel &target) {
  std::set<const ModuleModel *> seen{&from};
  for (TSNode statement : module_level_imports(from))
    for (const ModuleModel *imported : imported_by(resolver, from, statement))
      if (loads(resolver, *imported, target, seen, 1))
        return statement;
  return {};
}

TSNode statement_that_may_load(const NameResolver &resolver,
                               const ModuleModel &from,
                               const ModuleModel &target) {
  TSNode loading = statement_loading(resolver, from, target);
  for (TSNode statement : module_level_imports(from)) {
    if (!ts_node_is_null(loading) &&
        ts_node_start_byte(statement) >= ts_node_start_byte(loading))
      break;
    if (is(statement, "call") && import_paths(from.tree(), statement).empty())
      return statement;
  }
  return loading;
}

std::vector<std::pair<std::string, std::string>>
unknown_code_loaders(const NameResolver &resolver, const ModuleModel &target) {
  const ModuleCache &cache = resolver.module_cache();
  // Every file read, then its loading call: worked out once a run.
  const std::vector<std::string> &all = cache.found_once(
      "unknown code loaders", [&] {
        std::vector<std::string> found;
        for (const std::string &file : cache.files_loading_by_name())
          cache.with_module(file, [&](const ModuleModel &module) {
            const SyntaxTree &tree = module.tree();
            std::string said;
            walk_named_descendants(tree.root(), [&](TSNode node) {
              if (said.empty() && is(node, "call") &&
                  loads_unknown_code(tree, node)) {
                said = std::string(tree.text(node));
                said = said.substr(0, said.find('\n'));
              }
              return said.empty();
            });
            if (!said.empty()) {
              found.push_back(file);
              found.push_back(std::move(said));
            }
          });
        return found;
      });
  const std::string target_file = cache.file_of(target);
  const std::string root = project_root_of(cache, parent_dir(target_file));
  const std::string inside = root == "/" ? "/" : root + "/";
  std::vector<std::pair<std::string, std::string>> loaders;
  for (std::size_t i = 0; i + 1 < all.size(); i += 2)
    if (all[i] != target_file && all[i].compare(0, inside.size(), inside) == 0)
      loaders.emplace_back(all[i], all[i + 1]);
  return loaders;
}

std::vector<std::string>
enclosing_packages(const ModuleCache &cache, const ModuleModel &module,
                   const std::vector<std::string> &roots) {
  std::vector<std::string> packages;
  std::string dir = cache.directory_of(module);
  if (cache.is_package(module)) // `pkg/__init__.py` is `pkg` itself
    dir = parent_dir(dir);
  while (dir != "/" && !std::count(roots.begin(), roots.end(), dir)) {
    std::string file = cache.module_file_at_stem(dir);
    if (file != dir + "/__init__.py")
      break;
    packages.push_back(std::move(file));
    dir = parent_dir(dir);
  }
  return packages;
}

const std::vector<std::string> &
files_loaded_with(const NameResolver &resolver,
                  const std::vector<std::string> &roots) {
  const ModuleCache &cache = resolver.module_cache();
  std::string import_roots;
  for (const std::string &root : resolver.roots())
    import_roots += '\n' + root;
  // The project files `file`'s imports name, resolved once a run.
  auto imported_files = [&](const std::string &file) -> const auto & {
    return cache.found_once("imported files\n" + file + import_roots, [&] {
      std::vector<std::string> files;
      std::string dir = parent_dir(file);
      for (const std::string &path : all_import_paths(cache, file))
        if (std::optional<std::string> found =
                resolver.imported_file(path, dir, resolver.roots());
            found && !found->empty())
          files.push_back(std::move(*found));
      return files;
    });
  };
  std::string key = "loaded with";
  for (const std::string &root : roots)
    key += '\n' + root;
  return cache.found_once(key + '\n' + import_roots, [&] {
    std::vector<std::string> files;
    std::set<std::string> seen;
    auto add = [&](const std::string &file) {
      if (seen.insert(file).second)
        files.push_back(file);
    };
    for (const std::string &root : roots)
      add(root);
    for (std::size_t i = 0; i < files.size(); ++i)
      for (const std::string &file : imported_files(files[i]))
        add(file);
    return files;
  });
}

std::vector<std::string> importers_of(const NameResolver &resolver,
                                      const ModuleModel &target) {
  const ModuleCache &cache = resolver.module_cache();
  const std::string target_file = cache.file_of(target);
  const std::vector<std::string> &roots = resolver.roots();
  std::string key = target_file;
  for (const std::string &root : roots)
    key += '\n' + root;
  return cache.found_once(key, [&] {
    std::string name =
        cache.is_package(target)
            ? std::filesystem::path(cache.directory_of(target))
                  .filename()
                  .string()
            : std::filesystem::path(target.path()).stem().string();
    const NameImporters &candidates = cache.name_importers(
        name, [&] { return name_importers(resolver, name); });
    // Under the function's code root a module imports as at run time, from
    // the import roots; elsewhere (a test, a script, another function's
    // code) from its own directories first, as when it runs from there:
    // else every function's `tests/test_app.py` would import each
    // function's `app.py`.
    const std::vector<std::string> &files = candidates.files;
    auto in_code_root = files.end(), after_code_root = files.end();
    if (!roots.empty()) {
      std::string inside = roots.front() == "/" ? "/" : roots.front() + "/";
      in_code_root = std::lower_bound(files.begin(), files.end(), inside);
      after_code_root = std::find_if(in_code_root, files.end(), [&](auto &f) {
        return f.compare(0, inside.size(), inside) != 0;
      });
    }
    auto imports_from_roots = [&](std::size_t i) {
      const std::string dir = parent_dir(files[i]);
      return std::any_of(candidates.paths[i].begin(), candidates.paths[i].end(),
                         [&](const std::string &path) {
                           return resolver.imported_file(path, dir, roots) ==
                                  target_file;
                         });
    };
    auto outside_code_root = [&](std::size_t i) {
      auto at = files.begin() + static_cast<std::ptrdiff_t>(i);
      return at < in_code_root || at >= after_code_root;
    };
    std::vector<std::size_t> found;
    for (auto at = in_code_root; at != after_code_root; ++at)
      if (std::size_t i = static_cast<std::size_t>(at - files.begin());
          imports_from_roots(i))
        found.push_back(i);
    if (auto own = candidates.by_own_file.find(target_file);
        own != candidates.by_own_file.end())
      for (std::size_t i : own->second)
        if (outside_code_root(i))
          found.push_back(i);
    // One its own directories do not resolve looks in the import roots only
    // when it is of the function's project (a test beside the service's
    // `src`): a test of another service (`b/tests`, whose project root is
    // `b`) imports from its own service's roots, never this one's
    // (`from core import x` is b's `core`, not a's of the same name).
    auto of_function_project = [&](std::size_t i) {
      std::string top = project_root_of(cache, parent_dir(files[i]));
      return roots.empty() || roots.front() == top ||
             roots.front().rfind(top == "/" ? top : top + "/", 0) == 0;
    };
    for (std::size_t i : candidates.unresolved)
      if (outside_code_root(i) && of_function_project(i) &&
          imports_from_roots(i))
        found.push_back(i);
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    std::vector<std::string> importers;
    for (std::size_t i : found)
      if (files[i] != target_file)
        importers.push_back(files[i]);
    return importers;
  });
}

const std::vector<std::string> &
indirect_importers_of(const NameResolver &resolver,
                      const ModuleModel &target) {
  const ModuleCache &cache = resolver.module_cache();
  std::string key = "indirect importers\n" + cache.file_of(target);
  for (const std::string &root : resolver.roots())
    key += '\n' + root;
  return cache.found_once(key, [&] {
    const std::vector<std::string> direct = importers_of(resolver, target);
    std::unordered_set<std::string> seen(direct.begin(), direct.end());
    seen.insert(cache.file_of(target));
    std::vector<std::string> pending = direct, found;
    while (!pending.empty()) {
      std::string file = std::move(pending.back());
      pending.pop_back();
      cache.with_module(file, [&](const ModuleModel &importer) {
        for (const std::string &path : importers_of(resolver, importer))
          if (seen.insert(path).second) {
            found.push_back(path);
            pending.push_back(path);
          }
      });
    }
    std::sort(found.begin(), found.end());
    return found;
  });
}

} // namespace hoist::python
