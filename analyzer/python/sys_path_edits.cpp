#include "python/sys_path_edits.h"

#include <cctype>
#include <optional>

#include "core/paths.h"

namespace hoist::python {
namespace {

/// How many names path_value follows (`LIB = os.path.join(HERE, "lib")`).
constexpr int kFollowedNames = 6;

/// The dotted name `node` spells, its first name replaced by what the module
/// imports as it (`osp.join` after `import os.path as osp` gives
/// `os.path.join`, `Path` after `from pathlib import Path` gives
/// `pathlib.Path`); empty when `node` is no dotted name.
std::string qualified_name(const ModuleModel &module, TSNode node) {
  if (!is(node, "identifier") && !is(node, "attribute"))
    return "";
  std::string text(module.tree().text(node));
  for (char c : text)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'))
      return "";
  std::string first = text.substr(0, text.find('.'));
  const auto &imports = module.bindings().imports;
  auto it = imports.find(first);
  return it == imports.end() ? text : it->second + text.substr(first.size());
}

/// `path` joined with `more` as os.path.join does (an absolute `more`
/// replaces it).
std::string joined(const std::string &path, const std::string &more) {
  if (!more.empty() && more.front() == '/')
    return more;
  if (path.empty())
    return more;
  return more.empty() ? path : path + "/" + more;
}

/// The directory above `path`, lexically: an absolute path's parent, or
/// `path/..` for a relative one (resolved when a working directory is).
std::string parent_of(const std::string &path) {
  if (!path.empty() && path.front() == '/')
    return parent_dir(absolute_path("/", path));
  return joined(path, "..");
}

/// The file-system path `node` computes, when hoist can read it: string
/// literals, `__file__`, `os.getcwd()`, and what os.path and pathlib make of
/// them; a module-level name bound once to one. Relative when it is relative
/// to the working directory.
std::optional<std::string> path_value(const ModuleModel &module, TSNode node,
                                      int depth) {
  const SyntaxTree &tree = module.tree();
  node = unparenthesize(node);
  if (is(node, "string"))
    return string_value(tree, node);
  if (is(node, "identifier")) {
    std::string name(tree.text(node));
    if (name == "__file__")
      return module.path();
    const ScopeBindings &bindings = module.bindings();
    auto values = bindings.assignments.find(name);
    if (depth >= kFollowedNames || values == bindings.assignments.end() ||
        values->second.size() != 1 || bindings.others.count(name) ||
        bindings.imports.count(name) || module.declared_global(name))
      return std::nullopt;
    return path_value(module, values->second.front(), depth + 1);
  }
  if (is(node, "attribute")) { // `Path(__file__).parent`
    if (tree.text(field(node, "attribute")) != "parent")
      return std::nullopt;
    std::optional<std::string> owner =
        path_value(module, field(node, "object"), depth);
    return owner ? std::optional(parent_of(*owner)) : std::nullopt;
  }
  if (is(node, "subscript")) { // `Path(__file__).parents[1]`
    TSNode parents = field(node, "value");
    TSNode index = field(node, "subscript");
    if (!is(parents, "attribute") ||
        tree.text(field(parents, "attribute")) != "parents" ||
        !is(index, "integer"))
      return std::nullopt;
    std::optional<std::string> owner =
        path_value(module, field(parents, "object"), depth);
    if (!owner)
      return std::nullopt;
    std::string up = parent_of(*owner);
    for (int n = std::stoi(std::string(tree.text(index))); n > 0; --n)
      up = parent_of(up);
    return up;
  }
  if (is(node, "binary_operator")) { // `HERE / "lib"`, `HERE + "/lib"`
    std::string_view op = tree.text(field(node, "operator"));
    std::optional<std::string> left =
        path_value(module, field(node, "left"), depth);
    std::optional<std::string> right =
        path_value(module, field(node, "right"), depth);
    if (!left || !right)
      return std::nullopt;
    if (op == "/")
      return joined(*left, *right);
    if (op == "+")
      return *left + *right;
    return std::nullopt;
  }
  if (!is(node, "call"))
    return std::nullopt;
  std::vector<TSNode> arguments = named_children(field(node, "arguments"));
  for (TSNode argument : arguments)
    if (!is(argument, "string") && !is(argument, "identifier") &&
        !is(argument, "attribute") && !is(argument, "call") &&
        !is(argument, "binary_operator") && !is(argument, "subscript") &&
        !is(argument, "parenthesized_expression"))
      return std::nullopt; // keywords, unpacking: not read
  TSNode callee = field(node, "function");
  std::string name = qualified_name(module, callee);
  auto all_arguments = [&]() -> std::optional<std::string> {
    std::string path;
    for (TSNode argument : arguments) {
      std::optional<std::string> part = path_value(module, argument, depth);
      if (!part)
        return std::nullopt;
      path = joined(path, *part);
    }
    return path;
  };
  if (name == "os.getcwd")
    return arguments.empty() ? std::optional<std::string>("") : std::nullopt;
  if (name == "os.path.join" || name == "pathlib.Path" ||
      name == "pathlib.PurePath" || name == "pathlib.PosixPath")
    return all_arguments();
  if (arguments.size() == 1 &&
      (name == "os.path.abspath" || name == "os.path.realpath" ||
       name == "os.path.normpath" || name == "os.fspath" || name == "str"))
    return path_value(module, arguments[0], depth);
  if (arguments.size() == 1 && name == "os.path.dirname") {
    std::optional<std::string> path = path_value(module, arguments[0], depth);
    return path ? std::optional(parent_of(*path)) : std::nullopt;
  }
  if (!is(callee, "attribute")) // a method of a pathlib path
    return std::nullopt;
  std::string_view method = tree.text(field(callee, "attribute"));
  std::optional<std::string> owner =
      path_value(module, field(callee, "object"), depth);
  if (!owner)
    return std::nullopt;
  if (arguments.empty() &&
      (method == "resolve" || method == "absolute" || method == "as_posix"))
    return owner;
  if (method == "joinpath") {
    std::optional<std::string> rest = all_arguments();
    return rest ? std::optional(joined(*owner, *rest)) : std::nullopt;
  }
  return std::nullopt;
}

/// True when `node` is `sys.path` (or a name imported as it).
bool is_sys_path(const ModuleModel &module, TSNode node) {
  return qualified_name(module, unparenthesize(node)) == "sys.path";
}

} // namespace

SysPathEdits sys_path_edits(const ModuleModel &module,
                            const std::vector<std::string> &working_dirs) {
  const SyntaxTree &tree = module.tree();
  SysPathEdits edits;
  if (tree.text(tree.root()).find("path") == std::string_view::npos)
    return edits;
  auto add = [&](TSNode value, std::vector<std::string> &into) {
    std::optional<std::string> dir = path_value(module, value, 0);
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
    if (is(node, "assignment") || is(node, "augmented_assignment")) {
      TSNode target = unparenthesize(field(node, "left"));
      if (is_sys_path(module, target) ||
          (is(target, "subscript") &&
           is_sys_path(module, field(target, "value"))))
        edits.unknown = true;
      return true;
    }
    if (!is(node, "call"))
      return true;
    TSNode callee = field(node, "function");
    std::vector<TSNode> arguments = named_children(field(node, "arguments"));
    if (qualified_name(module, callee) == "site.addsitedir" &&
        !arguments.empty()) {
      add(arguments[0], edits.last);
      return true;
    }
    if (!is(callee, "attribute") || !is_sys_path(module, field(callee, "object")))
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
    TSNode target = is(node, "assignment") || is(node, "augmented_assignment")
                        ? field(node, "left")
                    : is(node, "call") && is(field(node, "function"), "attribute")
                        ? field(field(node, "function"), "object")
                        : TSNode{};
    changes = changes || (is(target, "identifier") &&
                          tree.text(target) == "__path__");
    return !changes;
  });
  return changes;
}

} // namespace hoist::python
