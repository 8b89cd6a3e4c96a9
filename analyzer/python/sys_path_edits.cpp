#include "python/sys_path_edits.h"

#include <optional>

#include "core/paths.h"
#include "python/static_values.h"
#include "python/stored_targets.h"

namespace hoist::python {
namespace {

/// True when `node` is `sys.path` (or a name imported as it).
bool is_sys_path(const NameResolver &resolver, const ModuleModel &module,
                 TSNode node) {
  std::string_view text = module.tree().text(node);
  if (text.size() < 4 || text.substr(text.size() - 4) != "path")
    return false;
  Symbol symbol = resolver.resolve(unparenthesize(node), {&module, nullptr});
  return symbol.kind == Symbol::Kind::Path && symbol.path == "sys.path";
}

} // namespace

SysPathEdits sys_path_edits(const NameResolver &resolver,
                            const ModuleModel &module,
                            const std::vector<std::string> &working_dirs) {
  const SyntaxTree &tree = module.tree();
  SysPathEdits edits;
  if (tree.text(tree.root()).find("path") == std::string_view::npos)
    return edits;
  // `__file__`: the module's file, absolute.
  const std::string file = resolver.module_cache().file_of(module);
  auto add = [&](TSNode value, std::vector<std::string> &into) {
    std::optional<std::string> dir =
        path_value(resolver, value, {&module, nullptr}, file);
    if (!dir) {
      edits.unknown = true;
    } else if (!dir->empty() && dir->front() == '/') {
      into.push_back(absolute_path("/", *dir));
    } else {
      for (const std::string &from : working_dirs)
        into.push_back(absolute_path(from, *dir));
    }
  };
  walk_named_descendants(tree.root(), [&](TSNode node) {
    // `sys.path = [...]`, `sys.path[:0] = [...]`, `sys.path += [...]`.
    if (is(node, "assignment") || is(node, "augmented_assignment") ||
        is(node, "for_statement") || is(node, "as_pattern")) {
      for (TSNode target : stored_targets(node))
        if (is_sys_path(resolver, module, unparenthesize(target)) ||
            (is(target, "subscript") &&
             is_sys_path(resolver, module, field(target, "value"))))
          edits.unknown = true;
      return true;
    }
    if (!is(node, "call"))
      return true;
    TSNode callee = field(node, "function");
    std::vector<TSNode> arguments = named_children(field(node, "arguments"));
    if (resolver.resolve(callee, {&module, nullptr}).path == "site.addsitedir" &&
        !arguments.empty()) {
      add(arguments[0], edits.last);
      return true;
    }
    if (!is(callee, "attribute") || !is_sys_path(resolver, module, field(callee, "object")))
      return true;
    std::string_view method = tree.text(field(callee, "attribute"));
    if (method == "insert" && arguments.size() == 2) {
      bool at_end = is(arguments[0], "call") &&
                    tree.text(arguments[0]) == "len(sys.path)";
      add(arguments[1], at_end ? edits.last : edits.first);
    } else if (method == "append" && arguments.size() == 1) {
      add(arguments[0], edits.last);
    } else if (method == "extend" && arguments.size() == 1 &&
               (is(arguments[0], "list") || is(arguments[0], "tuple"))) {
      for (TSNode item : named_children(arguments[0]))
        add(item, edits.last);
    } else if (method != "index" && method != "count" && method != "copy") {
      edits.unknown = true; // remove, pop, clear, reverse, sort, ...
    }
    return true;
  });
  return edits;
}

bool changes_package_path(const ModuleModel &module) {
  const SyntaxTree &tree = module.tree();
  if (tree.text(tree.root()).find("__path__") == std::string_view::npos)
    return false;
  bool changes = false;
  walk_named_descendants(tree.root(), [&](TSNode node) {
    std::vector<TSNode> targets = stored_targets(node);
    if (is(node, "call") && is(field(node, "function"), "attribute"))
      targets.push_back(field(field(node, "function"), "object"));
    for (TSNode target : targets)
      changes = changes || (is(target, "identifier") &&
                            tree.text(target) == "__path__");
    return !changes;
  });
  return changes;
}

} // namespace hoist::python
