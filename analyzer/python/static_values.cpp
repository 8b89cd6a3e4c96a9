#include "python/static_values.h"

#include "core/paths.h"

namespace hoist::python {
namespace {

// Bounds chains of names (`a = b`, `b = a`) followed to a value.
constexpr int kMaxDepth = 8;

/// `path` joined with `more` as os.path.join does (an absolute `more`
/// replaces it).
std::string joined(const std::string &path, const std::string &more) {
  if (!more.empty() && more.front() == '/')
    return more;
  if (path.empty())
    return more;
  return more.empty() ? path : path + "/" + more;
}

/// The directory above `path`, lexically: its last name dropped, or `..`
/// added when it has none to drop (a relative path).
std::string parent_of(const std::string &path) {
  if (!path.empty() && path.front() == '/')
    return parent_dir(absolute_path("/", path));
  std::size_t slash = path.find_last_of('/');
  std::string last = path.substr(slash == std::string::npos ? 0 : slash + 1);
  if (path.empty() || last == ".." || last == ".")
    return joined(path, "..");
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

std::optional<std::string> path_at(const NameResolver &resolver, TSNode node,
                                   Scope scope, const std::string &file,
                                   int depth);

/// The path a constant of another module computes, when it needs not that
/// module's `__file__`.
std::optional<std::string> constant_path(const NameResolver &resolver,
                                         const AssignedValue &constant,
                                         int depth) {
  static const std::string kOtherFile = "\x01"; // in no path
  std::optional<std::string> path =
      path_at(resolver, constant.first, constant.second, kOtherFile, depth);
  if (path && path->find(kOtherFile) != std::string::npos)
    return std::nullopt;
  return path;
}

std::optional<std::string> path_at(const NameResolver &resolver, TSNode node,
                                   Scope scope, const std::string &file,
                                   int depth) {
  node = unparenthesize(node);
  if (ts_node_is_null(node) || depth > kMaxDepth)
    return std::nullopt;
  const SyntaxTree &tree = scope.module->tree();
  auto inner = [&](TSNode part) {
    return path_at(resolver, part, scope, file, depth + 1);
  };
  if (is(node, "string"))
    return string_value(tree, node);
  if (is(node, "identifier")) {
    std::string name(tree.text(node));
    std::vector<AssignedValue> values = assigned_values(name, scope);
    if (values.empty() && name == "__file__")
      return file;
    if (values.empty())
      if (std::optional<AssignedValue> constant =
              imported_constant(resolver, node, scope))
        values.push_back(*constant);
    if (values.size() != 1)
      return std::nullopt;
    // `__file__` there is that module's file: not followed.
    return values[0].second.module == scope.module
               ? path_at(resolver, values[0].first, values[0].second, file,
                         depth + 1)
               : constant_path(resolver, values[0], depth + 1);
  }
  if (is(node, "attribute")) { // `Path(__file__).parent`
    if (tree.text(field(node, "attribute")) != "parent") {
      if (std::optional<AssignedValue> constant =
              imported_constant(resolver, node, scope))
        return constant_path(resolver, *constant, depth + 1);
      return std::nullopt;
    }
    std::optional<std::string> owner = inner(field(node, "object"));
    return owner ? std::optional(parent_of(*owner)) : std::nullopt;
  }
  if (is(node, "subscript")) { // `Path(__file__).parents[1]`
    TSNode parents = field(node, "value");
    TSNode index = field(node, "subscript");
    if (!is(parents, "attribute") ||
        tree.text(field(parents, "attribute")) != "parents" ||
        !is(index, "integer") || tree.text(index).size() > 2)
      return std::nullopt;
    std::optional<std::string> owner = inner(field(parents, "object"));
    if (!owner)
      return std::nullopt;
    std::string up = parent_of(*owner);
    for (int n = std::stoi(std::string(tree.text(index))); n > 0; --n)
      up = parent_of(up);
    return up;
  }
  if (is(node, "binary_operator")) { // `HERE / "lib"`, `HERE + "/lib"`
    std::string_view op = tree.text(field(node, "operator"));
    std::optional<std::string> left = inner(field(node, "left"));
    std::optional<std::string> right = inner(field(node, "right"));
    if (!left || !right || (op != "/" && op != "+"))
      return std::nullopt;
    return op == "/" ? joined(*left, *right) : *left + *right;
  }
  if (!is(node, "call"))
    return std::nullopt;
  TSNode callee = field(node, "function");
  std::vector<TSNode> arguments = named_children(field(node, "arguments"));
  for (TSNode argument : arguments)
    if (is(argument, "keyword_argument") ||
        is(argument, "list_splat") || is(argument, "dictionary_splat"))
      return std::nullopt;
  std::string method = is(callee, "attribute")
                           ? std::string(tree.text(field(callee, "attribute")))
                           : "";
  std::string called = resolver.resolve(callee, scope).path;
  if (called.empty() && is(callee, "identifier"))
    called = tree.text(callee); // a builtin: str
  auto all_joined = [&](std::string path) -> std::optional<std::string> {
    for (TSNode argument : arguments) {
      std::optional<std::string> part = inner(argument);
      if (!part)
        return std::nullopt;
      path = joined(path, *part);
    }
    return path;
  };
  if (called == "os.getcwd" && arguments.empty())
    return "";
  if (called == "os.path.join" || called == "pathlib.Path" ||
      called == "pathlib.PurePath" || called == "pathlib.PosixPath")
    return all_joined("");
  if (arguments.size() == 1 &&
      (called == "os.path.abspath" || called == "os.path.realpath" ||
       called == "os.path.normpath" || called == "os.fspath" ||
       called == "str"))
    return inner(arguments[0]);
  if (arguments.size() == 1 && called == "os.path.dirname") {
    std::optional<std::string> path = inner(arguments[0]);
    return path ? std::optional(parent_of(*path)) : std::nullopt;
  }
  // A method of a pathlib path (hoist does not know the object's type).
  if (method.empty() || !called.empty())
    return std::nullopt;
  std::optional<std::string> owner = inner(field(callee, "object"));
  if (!owner)
    return std::nullopt;
  if (arguments.empty() &&
      (method == "resolve" || method == "absolute" || method == "as_posix"))
    return owner;
  if (method == "joinpath")
    return all_joined(*owner);
  return std::nullopt;
}

} // namespace

std::vector<AssignedValue> assigned_values(const std::string &name,
                                           Scope scope) {
  std::vector<AssignedValue> values;
  for (const FunctionInfo *function = scope.function; function;
       function = function->enclosing) {
    const ScopeBindings &local = function->bindings;
    if (local.globals.count(name))
      break;
    auto it = local.assignments.find(name);
    if (it != local.assignments.end() && !local.others.count(name)) {
      for (TSNode value : it->second)
        values.push_back({value, {scope.module, function}});
      return values;
    }
    if (local.binds(name))
      return values;
  }
  const ScopeBindings &globals = scope.module->bindings();
  if (auto it = globals.assignments.find(name);
      it != globals.assignments.end() && !globals.others.count(name))
    for (TSNode value : it->second)
      values.push_back({value, {scope.module, nullptr}});
  return values;
}

std::optional<AssignedValue> imported_constant(const NameResolver &resolver,
                                               TSNode node, Scope scope) {
  const SyntaxTree &tree = scope.module->tree();
  const ModuleModel *owner = nullptr;
  std::string name;
  if (is(node, "attribute")) {
    Symbol module = resolver.resolve(field(node, "object"), scope);
    if (module.kind != Symbol::Kind::Module)
      return std::nullopt;
    owner = module.module;
    name = tree.text(field(node, "attribute"));
  } else if (is(node, "identifier")) {
    const auto &imports = scope.module->bindings().imports;
    auto imported = imports.find(std::string(tree.text(node)));
    if (imported == imports.end())
      return std::nullopt;
    const std::string &path = imported->second;
    std::size_t dot = path.rfind('.');
    if (dot == std::string::npos || dot == 0 || path[dot - 1] == '.')
      return std::nullopt;
    Symbol module = resolver.imported(path.substr(0, dot), *scope.module);
    if (module.kind != Symbol::Kind::Module)
      return std::nullopt;
    owner = module.module;
    name = path.substr(dot + 1);
  }
  if (!owner || owner == scope.module)
    return std::nullopt;
  owner = &resolver.module_cache().whole(*owner);
  std::vector<AssignedValue> values = assigned_values(name, {owner, nullptr});
  if (values.size() != 1)
    return std::nullopt;
  return values.front();
}

std::optional<std::string> path_value(const NameResolver &resolver,
                                      TSNode node, Scope scope,
                                      const std::string &file) {
  return path_at(resolver, node, scope, file, 0);
}

} // namespace hoist::python
