#include "python/injected_dependencies.h"

#include "python/reachability.h"

namespace hoist::python {
namespace {

/// True when `call` (in `scope`) is a dependency marker (`Depends(...)`).
bool is_dependency_marker(const NameResolver &resolver, Scope scope,
                          TSNode call) {
  return is(call, "call") && resolver.catalogue().is_dependency_marker(
                                 resolver.called_path(call, scope));
}

/// The type and metadata of `Annotated[T, x, ...]` as written in an
/// annotation (a `type` node around a subscript or a generic type), or of
/// the module-level alias it names (`DB = Annotated[...]`), each with the
/// scope to read it in: [T, x, ...]; nothing for another annotation.
std::vector<TSNode> annotated_parts(const ModuleModel &module, TSNode annotation,
                                    Scope &scope) {
  const SyntaxTree &tree = module.tree();
  if (is(annotation, "type"))
    annotation = ts_node_named_child(annotation, 0);
  if (is(annotation, "identifier")) {
    auto values =
        module.bindings().assignments.find(std::string(tree.text(annotation)));
    if (values == module.bindings().assignments.end() ||
        values->second.size() != 1)
      return {};
    annotation = values->second.front();
    scope = {&module, nullptr};
  }
  std::vector<TSNode> parts;
  if (is(annotation, "subscript")) {
    parts = fields(annotation, "subscript");
  } else if (is(annotation, "generic_type")) {
    for (TSNode child : named_children(annotation))
      if (is(child, "type_parameter"))
        parts = named_children(child);
  }
  for (TSNode &part : parts)
    if (is(part, "type"))
      part = ts_node_named_child(part, 0);
  return parts;
}

/// The dependency the marker `call` (in `scope`) names: what it is given,
/// first or as `dependency=`, else `type`, the parameter's; nothing for
/// what is not project code or is memoized.
void add_named(const NameResolver &resolver, Scope scope, TSNode call,
               TSNode type, std::vector<InjectedDependency> &out) {
  const SyntaxTree &tree = scope.module->tree();
  TSNode given{};
  for (TSNode argument : named_children(field(call, "arguments"))) {
    if (is(argument, "keyword_argument")) {
      if (tree.text(field(argument, "name")) == "dependency")
        given = field(argument, "value");
    } else if (!is(argument, "comment") && ts_node_is_null(given)) {
      given = argument;
    }
  }
  if (ts_node_is_null(given))
    given = type;
  if (ts_node_is_null(given))
    return;
  Symbol symbol = resolver.resolve(given, scope);
  if (symbol.memoized)
    return;
  Scope callee = resolver.scope_called(symbol);
  if (callee.function &&
      !is_memoized(resolver, *callee.module, *callee.function))
    out.push_back({call, callee});
}

} // namespace

std::vector<InjectedDependency>
parameter_dependencies(const NameResolver &resolver, const ModuleModel &module,
                       const FunctionInfo &function) {
  std::vector<InjectedDependency> found;
  // Defaults and annotations are evaluated where the function is defined.
  Scope defined{&module, function.enclosing};
  for (const Parameter &parameter : function.parameters) {
    TSNode type = field(parameter.node, "type");
    TSNode value = field(parameter.node, "value");
    if (!ts_node_is_null(value) &&
        is_dependency_marker(resolver, defined, unparenthesize(value))) {
      // `x: Annotated[T, ...] = Depends()` names T.
      Scope where = defined;
      std::vector<TSNode> parts = annotated_parts(module, type, where);
      TSNode named = parts.empty() ? type : parts.front();
      if (is(named, "type"))
        named = ts_node_named_child(named, 0);
      add_named(resolver, defined, unparenthesize(value), named, found);
    }
    if (ts_node_is_null(type))
      continue;
    Scope where = defined;
    std::vector<TSNode> parts = annotated_parts(module, type, where);
    for (std::size_t i = 1; i < parts.size(); ++i)
      if (is_dependency_marker(resolver, where, unparenthesize(parts[i])))
        add_named(resolver, where, unparenthesize(parts[i]), parts.front(),
                  found);
  }
  return found;
}

std::vector<InjectedDependency>
router_dependencies(const NameResolver &resolver, const ModuleModel &module,
                    const RouterEntry &router) {
  std::vector<InjectedDependency> found;
  if (router.dependencies.empty())
    return found;
  const SyntaxTree &tree = module.tree();
  Scope top{&module, nullptr};
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!is(node, "keyword_argument") ||
        tree.text(field(node, "name")) != router.dependencies)
      return true;
    TSNode call = ts_node_parent(ts_node_parent(node));
    if (!is(call, "call"))
      return true;
    // Given to the router's construction, or to one of its methods.
    TSNode callee = field(call, "function");
    bool given = resolver.called_path(call, top) == router.type;
    if (!given && is(callee, "attribute")) {
      Symbol owner = resolver.resolve(field(callee, "object"), top);
      given = owner.kind == Symbol::Kind::Instance &&
              resolver.catalogue().router(owner.path) == &router;
    }
    if (!given)
      return true;
    for (TSNode element : named_children(field(node, "value")))
      if (is_dependency_marker(resolver, top, unparenthesize(element)))
        add_named(resolver, top, unparenthesize(element), TSNode{}, found);
    return true;
  });
  return found;
}

} // namespace hoist::python
