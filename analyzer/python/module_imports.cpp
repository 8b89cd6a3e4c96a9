#include "python/module_imports.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "python/module_edits.h"
#include "python/project.h"

namespace hoist::python {
namespace {

/// How deep imports of imports are followed: past it, hoist says a module
/// may be loaded (the caller is then conservative).
constexpr int kFollowedImports = 6;

/// The project modules the import statement `statement` (in `from`) loads:
/// `import a.b` the packages and the module, `from a import b` `a` and, when
/// `b` is one, the submodule.
std::vector<const ModuleModel *> imported_by(const Resolver &resolver,
                                             const ModuleModel &from,
                                             TSNode statement) {
  const SyntaxTree &tree = from.tree();
  std::vector<std::string> paths;
  if (is(statement, "import_from_statement")) {
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
  std::vector<const ModuleModel *> modules;
  for (const std::string &path : paths) {
    Symbol imported = resolver.imported(path, from);
    if (imported.kind == Symbol::Kind::Module && imported.module)
      modules.push_back(imported.module);
  }
  return modules;
}

/// The import statements `module`'s module-level code runs, in order.
std::vector<TSNode> module_level_imports(const ModuleModel &module) {
  ModuleEdits edits(module);
  std::vector<TSNode> imports;
  for_each_in_scope_and_class_bodies(module.tree().root(), [&](TSNode node) {
    if (is(node, "if_statement") &&
        ts_node_eq(ts_node_parent(node), module.tree().root()) &&
        edits.is_main_block(node))
      return false;
    if (is(node, "import_statement") || is(node, "import_from_statement"))
      imports.push_back(node);
    return true;
  });
  return imports;
}

bool loads(const Resolver &resolver, const ModuleModel &module,
           const ModuleModel &target, std::set<const ModuleModel *> &seen,
           int depth) {
  if (module.path() == target.path() || depth > kFollowedImports)
    return true;
  if (!seen.insert(&module).second)
    return false;
  for (TSNode statement : module_level_imports(module))
    for (const ModuleModel *imported : imported_by(resolver, module, statement))
      if (loads(resolver, *imported, target, seen, depth + 1))
        return true;
  return false;
}

} // namespace

TSNode statement_loading(const Resolver &resolver, const ModuleModel &from,
                         const ModuleModel &target) {
  std::set<const ModuleModel *> seen{&from};
  for (TSNode statement : module_level_imports(from))
    for (const ModuleModel *imported : imported_by(resolver, from, statement))
      if (loads(resolver, *imported, target, seen, 1))
        return statement;
  return {};
}

std::vector<std::string> importers_of(const Resolver &resolver,
                                      const ModuleModel &target) {
  const Project &project = resolver.project();
  return project.importers(target, [&] {
    std::string name =
        project.is_package(target)
            ? std::filesystem::path(project.directory_of(target))
                  .filename()
                  .string()
            : std::filesystem::path(target.path()).stem().string();
    std::vector<std::string> importers;
    for (const ModuleModel *module : project.modules_importing(name)) {
      if (module->path() == target.path())
        continue;
      for (TSNode statement : module_level_imports(*module)) {
        std::vector<const ModuleModel *> imported =
            imported_by(resolver, *module, statement);
        if (std::any_of(imported.begin(), imported.end(),
                        [&](const ModuleModel *one) {
                          return one->path() == target.path();
                        })) {
          importers.push_back(project.file_of(*module));
          break;
        }
      }
    }
    return importers;
  });
}

} // namespace hoist::python
