#include "python/name_resolver.h"

namespace hoist::python {
namespace {

// Bounds chains like `a = b; b = c; ...` and self-references (`x = x.y`).
constexpr int kMaxDepth = 24;

Symbol unknown() { return {}; }

} // namespace

NameResolver::NameResolver(const ModuleModel &module,
                           const ApiCatalogue &catalogue,
                           const FunctionInfo *function)
    : module_(module), catalogue_(catalogue), function_(function) {}

Symbol NameResolver::resolve(TSNode expression) const {
  return resolve(expression, function_ ? Level::Function : Level::Module, 0);
}

std::string NameResolver::called_path(TSNode call) const {
  Symbol callee = resolve(field(call, "function"));
  return callee.kind == Symbol::Kind::Path ? callee.path : "";
}

Symbol NameResolver::resolve(TSNode expression, Level level, int depth) const {
  if (ts_node_is_null(expression) || depth > kMaxDepth)
    return unknown();
  expression = unparenthesize(expression);
  const SyntaxTree &tree = module_.tree();
  std::string_view type = kind(expression);
  if (type == "identifier")
    return resolve_name(std::string(tree.text(expression)), level, depth);
  if (type == "attribute") {
    Symbol object = resolve(field(expression, "object"), level, depth + 1);
    if (object.kind == Symbol::Kind::Unknown)
      return unknown();
    return {Symbol::Kind::Path,
            object.path + "." +
                std::string(tree.text(field(expression, "attribute")))};
  }
  if (type == "call") {
    Symbol callee = resolve(field(expression, "function"), level, depth + 1);
    if (callee.kind != Symbol::Kind::Path)
      return unknown();
    const ApiEntry *entry = catalogue_.find(callee.path);
    if (entry && !entry->returns.empty())
      return {Symbol::Kind::Instance, entry->returns};
    return unknown();
  }
  if (type == "await") // `await session.client(...)` and the like
    return resolve(ts_node_named_child(expression, 0), level, depth + 1);
  return unknown();
}

Symbol NameResolver::resolve_name(const std::string &name, Level level,
                                  int depth) const {
  if (level == Level::Function && function_ &&
      !function_->bindings.globals.count(name) &&
      function_->bindings.binds(name))
    return resolve_bindings(function_->bindings, name, Level::Function, depth);
  return resolve_bindings(module_.bindings(), name, Level::Module, depth);
}

Symbol NameResolver::resolve_bindings(const ScopeBindings &scope,
                                      const std::string &name, Level level,
                                      int depth) const {
  if (auto it = scope.imports.find(name); it != scope.imports.end())
    return {Symbol::Kind::Path, it->second};
  if (scope.others.count(name))
    return unknown();
  if (auto it = scope.assignments.find(name); it != scope.assignments.end()) {
    // A name assigned more than once is known only if every value agrees.
    Symbol agreed;
    for (TSNode value : it->second) {
      Symbol symbol = resolve(value, level, depth + 1);
      if (symbol.kind == Symbol::Kind::Unknown ||
          (agreed.kind != Symbol::Kind::Unknown &&
           (agreed.kind != symbol.kind || agreed.path != symbol.path)))
        return unknown();
      agreed = symbol;
    }
    return agreed;
  }
  // `from boto3 import *` brings in names hoist cannot list; the catalogue's
  // own names are the ones that matter.
  for (const std::string &module : scope.wildcard_modules)
    if (catalogue_.find(module + "." + name))
      return {Symbol::Kind::Path, module + "." + name};
  return unknown();
}

} // namespace hoist::python
