#include "python/reachability.h"

#include <algorithm>
#include <deque>
#include <set>

#include "python/constant_tests.h"
#include "python/injected_dependencies.h"
#include "python/invoke_effects.h"
#include "python/lazy_init.h"
#include "python/module_imports.h"
#include "python/stored_targets.h"

namespace hoist::python {
namespace {

constexpr std::size_t kMaxChain = 16;

/// The functions of `module` registered on a router of `router.type` with one
/// of its route decorators, called (`@app.get("/orders")`) or not
/// (crhelper's `@helper.create`).
using Route = std::pair<const ModuleModel *, const FunctionInfo *>;

std::vector<Route> routes_of(const NameResolver &resolver,
                             const ModuleModel &module,
                             const RouterEntry &router) {
  std::vector<Route> routes;
  for (const FunctionInfo &function : module.functions()) {
    if (!function.class_name.empty())
      continue;
    for (TSNode decorator : function.decorators) {
      TSNode expression = ts_node_named_child(decorator, 0);
      if (is(expression, "call"))
        expression = field(expression, "function");
      if (!is(expression, "attribute"))
        continue;
      Symbol callee = resolver.resolve(expression, {&module, nullptr});
      auto dot = callee.path.rfind('.');
      if (callee.kind == Symbol::Kind::Path && dot != std::string::npos &&
          callee.path.compare(0, dot, router.type) == 0 &&
          std::count(router.routes.begin(), router.routes.end(),
                     callee.path.substr(dot + 1)))
        routes.push_back({&module, &function});
    }
  }
  return routes;
}

/// The routes of the routers that `module` includes into its router of
/// `router.type` with one of its `includes` methods
/// (`app.include_router(orders.router)`, `app.register_blueprint(bp)`),
/// from the modules that define them.
std::vector<Route> included_routes(const NameResolver &resolver,
                                   const ModuleModel &module,
                                   const RouterEntry &router) {
  std::vector<Route> routes;
  for_each_in_scope(module.tree().root(), [&](TSNode node) {
    TSNode callee = field(node, "function");
    if (!is(node, "call") || !is(callee, "attribute") ||
        !std::count(router.includes.begin(), router.includes.end(),
                    module.tree().text(field(callee, "attribute"))))
      return;
    TSNode argument = ts_node_named_child(field(node, "arguments"), 0);
    Symbol included = resolver.resolve(argument, {&module, nullptr});
    const RouterEntry *router = included.kind == Symbol::Kind::Instance
                                    ? resolver.catalogue().router(included.path)
                                    : nullptr;
    if (router && included.module) {
      for (const Route &route : routes_of(resolver, *included.module, *router))
        routes.push_back(route);
      for (const InjectedDependency &dependency :
           router_dependencies(resolver, *included.module, *router))
        routes.push_back(
            {dependency.callee.module, dependency.callee.function});
    }
  });
  return routes;
}

/// The project functions `module` gives its router of `router.type` as
/// middlewares, which a dispatch runs around the routes: to the router
/// (`app.use(middlewares=[tenant_region])`) or to one route
/// (`@app.get("/files", middlewares=[...])`).
std::vector<Route> middlewares_of(const NameResolver &resolver,
                                  const ModuleModel &module,
                                  const RouterEntry &router) {
  std::vector<Route> middlewares;
  const SyntaxTree &tree = module.tree();
  Scope top{&module, nullptr};
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!is(node, "keyword_argument") ||
        tree.text(field(node, "name")) != "middlewares")
      return true;
    TSNode call = ts_node_parent(ts_node_parent(node));
    TSNode callee = field(call, "function");
    if (!is(call, "call") || !is(callee, "attribute"))
      return true;
    Symbol owner = resolver.resolve(field(callee, "object"), top);
    if (owner.kind != Symbol::Kind::Instance ||
        resolver.catalogue().router(owner.path) != &router)
      return true;
    for (TSNode element : named_children(field(node, "value"))) {
      Symbol middleware = resolver.resolve(element, top);
      if (middleware.kind == Symbol::Kind::Function && middleware.function)
        middlewares.push_back({middleware.module, middleware.function});
    }
    return true;
  });
  return middlewares;
}

/// The project functions `call` is given as arguments, alone or in a list,
/// tuple or set (`executor.map(process, records)`, Powertools'
/// `process_partial_response(record_handler=...)`, an agent's
/// `tools=[lookup, search]`): what takes a function during an invocation
/// calls it then.
std::vector<Route> passed_functions(const NameResolver &resolver, Scope scope,
                                    TSNode call) {
  std::vector<Route> passed;
  auto add = [&](TSNode argument) {
    if (!is(argument, "identifier") && !is(argument, "attribute") &&
        !is(argument, "lambda"))
      return;
    Symbol symbol = resolver.resolve(argument, scope);
    // What a memoizing wrapper keeps is not each call's work.
    if (symbol.kind == Symbol::Kind::Function && symbol.function &&
        !symbol.memoized)
      passed.push_back({symbol.module, symbol.function});
  };
  for (TSNode argument : named_children(field(call, "arguments"))) {
    if (is(argument, "keyword_argument"))
      argument = field(argument, "value");
    if (is(argument, "list") || is(argument, "tuple") || is(argument, "set"))
      for (TSNode element : named_children(argument))
        add(element);
    else
      add(argument);
  }
  return passed;
}

/// The values bound to `name` where `scope` reads it: its own assignments,
/// or the module's.
const std::vector<TSNode> *values_of(Scope scope, const std::string &name) {
  const ScopeBindings *bindings = &scope.module->bindings();
  if (scope.function && scope.function->bindings.binds(name) &&
      !scope.function->bindings.globals.count(name))
    bindings = &scope.function->bindings;
  auto values = bindings->assignments.find(name);
  return values == bindings->assignments.end() ? nullptr : &values->second;
}

/// The routes a dispatch of the router `instance` runs (its own, those of
/// the routers it includes) and the middlewares it runs around them.
/// Routes are registered where the router is made and in `dispatcher`, the
/// module that dispatches it: a router imported from another module
/// (`from service.resolver import app`) gets its routes where it is used.
std::vector<Route> routes_run_by(const NameResolver &resolver,
                                 const Symbol &instance,
                                 const ModuleModel &dispatcher) {
  const RouterEntry *router = resolver.catalogue().router(instance.path);
  if (!router)
    return {};
  std::vector<const ModuleModel *> modules{&dispatcher};
  if (instance.module && instance.module != &dispatcher)
    modules.insert(modules.begin(), instance.module);
  std::vector<Route> routes;
  for (const ModuleModel *module : modules) {
    for (const Route &route : routes_of(resolver, *module, *router))
      routes.push_back(route);
    for (const Route &route : included_routes(resolver, *module, *router))
      routes.push_back(route);
    for (const Route &middleware : middlewares_of(resolver, *module, *router))
      routes.push_back(middleware);
    for (const InjectedDependency &dependency :
         router_dependencies(resolver, *module, *router))
      routes.push_back({dependency.callee.module, dependency.callee.function});
  }
  return routes;
}

/// The router `value` (in `scope`) adapts with a call of a catalogued
/// adapter of kind `kind` (`Mangum(app)`, `handle_request(app, ...)`), also
/// through a name bound to that call (`asgi = Mangum(app)`); else unknown.
Symbol adapted_router(const NameResolver &resolver, Scope scope, TSNode value,
                      ApiCatalogue::RouterAdapter kind) {
  value = unparenthesize(value);
  if (is(value, "identifier")) {
    std::string name(scope.module->tree().text(value));
    bool local = scope.function && scope.function->bindings.binds(name) &&
                 !scope.function->bindings.globals.count(name);
    const std::vector<TSNode> *values = values_of(scope, name);
    if (!values || values->size() != 1)
      return {};
    value = unparenthesize(values->front());
    if (!local)
      scope = {scope.module, nullptr};
  }
  if (!is(value, "call") || resolver.catalogue().router_adapter(
                                resolver.called_path(value, scope)) != kind)
    return {};
  TSNode argument = ts_node_named_child(field(value, "arguments"), 0);
  if (ts_node_is_null(argument) || is(argument, "keyword_argument"))
    return {};
  Symbol router = resolver.resolve(argument, scope);
  return router.kind == Symbol::Kind::Instance &&
                 resolver.catalogue().router(router.path)
             ? router
             : Symbol{};
}

/// When `call` dispatches an event router (`app.resolve(event, context)`,
/// crhelper's `helper(event, context)`, `asgi(event, context)` after `asgi
/// = Mangum(app)`, `serverless_wsgi.handle_request(app, event, context)`),
/// the route functions it runs, and the middlewares it runs around them;
/// else nothing.
std::vector<Route> dispatched_routes(const NameResolver &resolver, Scope scope,
                                     TSNode call) {
  using Adapter = ApiCatalogue::RouterAdapter;
  if (Symbol adapted = adapted_router(resolver, scope, call, Adapter::Runs);
      adapted.known())
    return routes_run_by(resolver, adapted, *scope.module);
  TSNode callee = field(call, "function");
  TSNode receiver = callee;
  std::string method = "__call__";
  if (is(callee, "attribute")) {
    receiver = field(callee, "object");
    method = scope.module->tree().text(field(callee, "attribute"));
  }
  if (method == "__call__")
    if (Symbol adapted =
            adapted_router(resolver, scope, receiver, Adapter::Makes);
        adapted.known())
      return routes_run_by(resolver, adapted, *scope.module);
  Symbol instance = resolver.resolve(receiver, scope);
  const RouterEntry *router = instance.kind == Symbol::Kind::Instance
                                  ? resolver.catalogue().router(instance.path)
                                  : nullptr;
  if (!router ||
      !std::count(router->dispatch.begin(), router->dispatch.end(), method))
    return {};
  return routes_run_by(resolver, instance, *scope.module);
}

/// The `for` loop of `function` around `call` whose target is `name`, whose
/// items it iterates: the loop's iterable, or null.
TSNode iterated_by(const SyntaxTree &tree, const FunctionInfo &function,
                   TSNode call, std::string_view name) {
  for (TSNode parent : ancestors(call, function.node))
    if (is(parent, "for_statement") &&
        tree.text(unparenthesize(field(parent, "left"))) == name)
      return field(parent, "right");
  return {};
}

/// The displays the container `name` is bound to where `scope` reads it,
/// each with the scope its elements are resolved in: its own assignments,
/// the module's, or those of the project module it is imported from (`from
/// middlewares import MIDDLEWARE`).
std::vector<std::pair<TSNode, Scope>>
container_displays(const NameResolver &resolver, Scope scope,
                   const std::string &name) {
  std::vector<std::pair<TSNode, Scope>> found;
  bool local = scope.function && scope.function->bindings.binds(name) &&
               !scope.function->bindings.globals.count(name);
  Scope where = local ? scope : Scope{scope.module, nullptr};
  if (const std::vector<TSNode> *values = values_of(scope, name))
    for (TSNode value : *values)
      found.emplace_back(value, where);
  auto imported = scope.module->bindings().imports.find(name);
  if (!local && imported != scope.module->bindings().imports.end()) {
    const std::string &path = imported->second;
    std::size_t dot = path.rfind('.');
    Symbol owner = dot == std::string::npos
                       ? Symbol{}
                       : resolver.imported(path.substr(0, dot), *scope.module);
    if (owner.kind == Symbol::Kind::Module && owner.module)
      if (const std::vector<TSNode> *values =
              values_of({owner.module, nullptr}, path.substr(dot + 1)))
        for (TSNode value : *values)
          found.emplace_back(value, Scope{owner.module, nullptr});
  }
  return found;
}

/// The function `function` (of `module`) returns in its own place when it
/// returns one of its nested functions by name (`return wrapper`), or, a
/// lambda, when its body is a lambda (`lambda fn: lambda event, context:
/// ...`); else null.
const FunctionInfo *returned_nested(const ModuleModel &module,
                                    const FunctionInfo &function) {
  const SyntaxTree &tree = module.tree();
  if (function.is_lambda)
    return is(function.body, "lambda") ? module.lambda_at(function.body)
                                       : nullptr;
  const FunctionInfo *found = nullptr;
  for_each_in_scope(function.body, [&](TSNode node) {
    TSNode value =
        is(node, "return_statement") ? ts_node_named_child(node, 0) : TSNode{};
    if (!found && is(value, "identifier"))
      if (auto nested = function.nested.find(std::string(tree.text(value)));
          nested != function.nested.end())
        found = nested->second;
  });
  return found;
}

/// True when `registrar` (of `tree`, defined in or being the method whose
/// instance is `self_name`) stores the first parameter its caller gives in
/// the container `self_name.attribute`: `self.routes[key] = fn`,
/// `self.hooks.append(fn)`.
bool stores_given_function(const SyntaxTree &tree, const FunctionInfo &registrar,
                           const std::string &self_name,
                           const std::string &attribute) {
  if (!registrar.first_given_parameter())
    return false;
  const std::string &given = registrar.first_given_parameter()->name;
  std::string container = self_name + "." + attribute;
  bool stores = false;
  for_each_in_scope(registrar.body, [&](TSNode node) {
    if (is(node, "assignment")) {
      TSNode target = field(node, "left");
      stores = stores || (is(target, "subscript") &&
                          tree.text(field(target, "value")) == container &&
                          tree.text(field(node, "right")) == given);
    } else if (is(node, "call")) {
      TSNode callee = field(node, "function");
      if (!is(callee, "attribute") ||
          tree.text(field(callee, "object")) != container)
        return;
      if (!stores_in_container(tree.text(field(callee, "attribute"))))
        return;
      for (TSNode argument : named_children(field(node, "arguments")))
        stores = stores || tree.text(argument) == given;
    }
  });
  return stores;
}

/// The project functions of `modules` registered on an instance of `cls`
/// by a method of it that stores what it is given in the container
/// `attribute` of the instance, used as a decorator (`@app.get("/items")`
/// on a project `Router` whose `get` returns a `register(fn)` that sets
/// `self.routes[...] = fn`; `@bus.subscribe`): a method of the instance
/// that calls an item of that container may run any of them.
std::vector<Route>
functions_registered_in(const NameResolver &resolver,
                        const std::vector<const ModuleModel *> &modules,
                        const ClassInfo &cls, const std::string &attribute) {
  std::vector<Route> registered;
  for (const ModuleModel *module : modules)
    for (const FunctionInfo &function : module->functions())
      for (TSNode decorator : function.decorators) {
        TSNode expression = unparenthesize(ts_node_named_child(decorator, 0));
        bool factory = is(expression, "call");
        if (factory)
          expression = field(expression, "function");
        if (!is(expression, "attribute"))
          continue;
        Symbol owner =
            resolver.resolve(field(expression, "object"), {module, nullptr});
        if (owner.kind != Symbol::Kind::Object || owner.cls != &cls)
          continue;
        Symbol method = resolver.member(
            owner, std::string(module->tree().text(field(expression, "attribute"))));
        if (method.kind != Symbol::Kind::Function || !method.function ||
            !method.module || !method.function->self_parameter())
          continue;
        const FunctionInfo *registrar =
            factory ? returned_nested(*method.module, *method.function)
                    : method.function;
        if (registrar &&
            stores_given_function(method.module->tree(), *registrar,
                                  method.function->self_parameter()->name,
                                  attribute)) {
          registered.push_back({module, &function});
          break;
        }
      }
  return registered;
}

/// The containers `call` (in `scope`) takes the function it calls from: of
/// `ACTIONS[op](event)`, `ACTIONS.get(op)(event)`, an item first bound to a
/// local (`action = ACTIONS[op]`) or taken by a loop (`for mw in
/// MIDDLEWARE: mw(event)`); `method`: the method it calls of the item
/// (`mw.process_request(event)`), or "".
std::vector<TSNode> called_containers(Scope scope, TSNode call,
                                      std::string &method) {
  const SyntaxTree &tree = scope.module->tree();
  auto container_of = [&](TSNode item) -> TSNode {
    item = unparenthesize(item);
    if (is(item, "subscript"))
      return field(item, "value");
    TSNode getter = field(item, "function");
    if (is(item, "call") && is(getter, "attribute") &&
        tree.text(field(getter, "attribute")) == "get")
      return field(getter, "object");
    return {};
  };
  std::vector<TSNode> containers;
  TSNode callee = unparenthesize(field(call, "function"));
  method.clear();
  if (is(callee, "attribute")) {
    method = tree.text(field(callee, "attribute"));
    callee = unparenthesize(field(callee, "object"));
  }
  if (is(callee, "identifier")) {
    std::string name(tree.text(callee));
    if (const std::vector<TSNode> *items = values_of(scope, name))
      for (TSNode item : *items)
        containers.push_back(container_of(item));
    if (scope.function)
      containers.push_back(unparenthesize(
          iterated_by(tree, *scope.function, call, name)));
  } else {
    containers.push_back(container_of(callee));
  }
  return containers;
}

/// The project functions a call of an item of a container may run: all
/// those stored in the dictionary, list, tuple or set display the container
/// is bound to (a dispatch table, called_containers), or, for a call of a
/// method of an item (`mw.process_request(event)`,
/// `HOOKS["region"].apply(event)`), that method of each instance of a
/// project class stored there.
std::vector<Route> functions_in_called_container(const NameResolver &resolver,
                                                 Scope scope, TSNode call) {
  const SyntaxTree &tree = scope.module->tree();
  std::string method;
  std::vector<Route> stored;
  for (TSNode container : called_containers(scope, call, method)) {
    if (!is(container, "identifier"))
      continue;
    for (auto [display, where] : container_displays(
             resolver, scope, std::string(tree.text(container)))) {
      display = unparenthesize(display);
      if (!is(display, "dictionary") && !is(display, "list") &&
          !is(display, "tuple") && !is(display, "set"))
        continue;
      for (TSNode element : named_children(display)) {
        if (is(element, "pair"))
          element = field(element, "value");
        Symbol symbol = resolver.resolve(element, where);
        if (!method.empty())
          symbol = symbol.kind == Symbol::Kind::Object
                       ? resolver.member(symbol, method)
                       : Symbol{};
        if (symbol.kind == Symbol::Kind::Function && symbol.function)
          stored.push_back({symbol.module, symbol.function});
      }
    }
  }
  return stored;
}

/// True when every use of the name `name` in `module` only reads it: its
/// binding, an item read (`ROUTES[op]`), a reading method
/// (`ROUTES.get(op)`), a loop over it.
bool only_read(const ModuleModel &module, std::string_view name) {
  const SyntaxTree &tree = module.tree();
  bool read = true;
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!read)
      return false;
    if (!is(node, "identifier") || tree.text(node) != name)
      return true;
    TSNode parent = ts_node_parent(node);
    if (is(parent, "assignment") && ts_node_eq(field(parent, "left"), node))
      return true;
    if (is(parent, "subscript") && ts_node_eq(field(parent, "value"), node))
      read = !is_assignment_target(parent) &&
             !is(ts_node_parent(parent), "delete_statement");
    else if (is(parent, "attribute") &&
             ts_node_eq(field(parent, "object"), node))
      read = reads_container(tree.text(field(parent, "attribute")));
    else
      read = (is(parent, "for_statement") || is(parent, "for_in_clause")) &&
             ts_node_eq(field(parent, "right"), node);
    return true;
  });
  return read;
}

/// The project modules a process that loads `entry` may hold
/// (files_loaded_with): where it may register functions.
std::vector<const ModuleModel *> modules_loaded_with(const NameResolver &resolver,
                                                     const ModuleModel &entry) {
  const ModuleCache &cache = resolver.module_cache();
  // The entry itself as the analysis holds it, not a second reading.
  std::vector<const ModuleModel *> modules{&entry};
  std::string own = cache.file_of(entry);
  for (const std::string &file : files_loaded_with(resolver, {own}))
    if (const ModuleModel *module = file == own ? nullptr : cache.module_in(file))
      modules.push_back(module);
  return modules;
}

/// The container of the instance that `call`, in a method (`scope`), calls
/// an item of (`self.routes[key](event)`, `self.routes.get(key)(event)`,
/// `for hook in self.hooks: hook(event)`): its attribute's name, with the
/// instance's class in `cls`; else "".
std::string registry_called(Scope scope, TSNode call, const ClassInfo *&cls) {
  if (!scope.function || !scope.function->self_parameter())
    return "";
  cls = scope.receiver.cls
            ? scope.receiver.cls
            : scope.module->class_named(scope.function->class_name);
  const SyntaxTree &tree = scope.module->tree();
  std::string method;
  for (TSNode container : called_containers(scope, call, method))
    if (cls && method.empty() && is(container, "attribute") &&
        tree.text(field(container, "object")) ==
            scope.function->self_parameter()->name)
      return std::string(tree.text(field(container, "attribute")));
  return "";
}

/// The functions of `cls` (of `module`) that store what their caller gives
/// them in the container `attribute` of the instance: registering methods
/// (`def add(self, fn)`) and the functions a registering method returns
/// (`def get(self, path): def register(fn): ...; return register`).
std::vector<const FunctionInfo *> registrars_of(const ModuleModel &module,
                                                const ClassInfo &cls,
                                                const std::string &attribute) {
  std::vector<const FunctionInfo *> registrars;
  for (const auto &[name, method] : cls.methods) {
    if (!method->self_parameter())
      continue;
    const std::string &self_name = method->self_parameter()->name;
    if (stores_given_function(module.tree(), *method, self_name, attribute))
      registrars.push_back(method);
    else if (const FunctionInfo *returned = returned_nested(module, *method))
      if (stores_given_function(module.tree(), *returned, self_name, attribute))
        registrars.push_back(returned);
  }
  return registrars;
}

/// The project functions a method of an instance may run when it calls an
/// item of a container of the instance (registry_called): those the
/// modules loaded with `entry` register on an instance of its class through
/// a method that stores what it is given there (functions_registered_in),
/// each run only for the events its registration matches.
std::vector<Route> functions_registered_for(const NameResolver &resolver,
                                            Scope scope, TSNode call,
                                            const ModuleModel &entry) {
  const ClassInfo *cls = nullptr;
  std::string attribute = registry_called(scope, call, cls);
  // Only a class that registers into the container (with the method that
  // calls an item of it) needs the modules read.
  const ClassInfo *defining =
      scope.module->class_named(scope.function->class_name);
  if (attribute.empty() || !defining ||
      registrars_of(*scope.module, *defining, attribute).empty())
    return {};
  return functions_registered_in(resolver, modules_loaded_with(resolver, entry),
                                 *cls, attribute);
}

/// True when `inner` lies within `outer`.
bool within(TSNode inner, TSNode outer) {
  return ts_node_start_byte(inner) >= ts_node_start_byte(outer) &&
         ts_node_end_byte(inner) <= ts_node_end_byte(outer);
}

/// True when `use`, `self.<attribute>` in a method of `cls`, reads the
/// container or fills it as a registrar does: an item read or called, a
/// reading method (`get`, `items`), a loop or `in` over it, an empty display
/// assigned to it, or what a registrar is given stored in it.
bool registry_use_keeps_it(const SyntaxTree &tree, TSNode use,
                           const std::vector<const FunctionInfo *> &registrars) {
  // What the innermost registrar around `use` is given, or "".
  std::string given;
  std::size_t size = 0;
  for (const FunctionInfo *registrar : registrars)
    if (within(use, registrar->node) &&
        (given.empty() || ts_node_end_byte(registrar->node) -
                                  ts_node_start_byte(registrar->node) <
                              size)) {
      given = registrar->first_given_parameter()->name;
      size = ts_node_end_byte(registrar->node) -
             ts_node_start_byte(registrar->node);
    }
  TSNode parent = ts_node_parent(use);
  TSNode grandparent = ts_node_parent(parent);
  if (is(parent, "assignment") && ts_node_eq(field(parent, "left"), use)) {
    TSNode value = unparenthesize(field(parent, "right"));
    return (is(value, "dictionary") || is(value, "list") || is(value, "set")) &&
           ts_node_named_child_count(value) == 0;
  }
  if (is(parent, "subscript") && ts_node_eq(field(parent, "value"), use)) {
    if (is(grandparent, "assignment") &&
        ts_node_eq(field(grandparent, "left"), parent))
      return !given.empty() && tree.text(field(grandparent, "right")) == given;
    return !is(grandparent, "augmented_assignment") &&
           !is(grandparent, "delete_statement");
  }
  if (is(parent, "attribute") && ts_node_eq(field(parent, "object"), use)) {
    std::string_view method = tree.text(field(parent, "attribute"));
    if (reads_container(method))
      return true;
    std::vector<TSNode> arguments =
        named_children(field(grandparent, "arguments"));
    return stores_in_container(method) && is(grandparent, "call") && !arguments.empty() && !given.empty() &&
           tree.text(arguments.back()) == given;
  }
  return (is(parent, "for_statement") || is(parent, "for_in_clause")) &&
         ts_node_eq(field(parent, "right"), use);
}

} // namespace

bool calls_only_stored(const NameResolver &resolver, Scope scope, TSNode call,
                       const std::vector<ReachedFunction> &reached) {
  const SyntaxTree &tree = scope.module->tree();
  std::string method;
  std::vector<TSNode> containers = called_containers(scope, call, method);
  bool any = false;
  for (TSNode container : containers) {
    if (ts_node_is_null(container))
      continue;
    if (!method.empty() || !is(container, "identifier"))
      return false;
    std::string name(tree.text(container));
    std::vector<std::pair<TSNode, Scope>> displays =
        container_displays(resolver, scope, name);
    if (displays.size() != 1 || !only_read(*displays.front().second.module, name) ||
        (displays.front().second.module != scope.module &&
         !only_read(*scope.module, name)))
      return false;
    auto [display, where] = displays.front();
    display = unparenthesize(display);
    if (!is(display, "dictionary") && !is(display, "list") &&
        !is(display, "tuple") && !is(display, "set"))
      return false;
    for (TSNode element : named_children(display)) {
      if (is(element, "pair"))
        element = field(element, "value");
      Symbol symbol = resolver.resolve(element, where);
      if (symbol.kind != Symbol::Kind::Function || !symbol.function ||
          std::none_of(reached.begin(), reached.end(),
                       [&](const ReachedFunction &one) {
                         return one.function == symbol.function;
                       }))
        return false;
    }
    any = true;
  }
  return any;
}

bool calls_only_registered(const NameResolver &resolver, Scope scope,
                           TSNode call, const ModuleModel &entry,
                           const std::vector<ReachedFunction> &reached) {
  const ClassInfo *cls = nullptr;
  std::string attribute = registry_called(scope, call, cls);
  if (attribute.empty())
    return false;
  const ModuleModel &class_module =
      scope.receiver.module ? *scope.receiver.module : *scope.module;
  std::vector<const ModuleModel *> modules =
      modules_loaded_with(resolver, entry);
  std::vector<const FunctionInfo *> registrars =
      registrars_of(class_module, *cls, attribute);
  std::vector<Route> registered =
      functions_registered_in(resolver, modules, *cls, attribute);
  if (registrars.empty() || registered.empty())
    return false;
  for (const Route &route : registered)
    if (std::none_of(reached.begin(), reached.end(),
                     [&](const ReachedFunction &one) {
                       return one.function == route.second;
                     }))
      return false;
  std::set<std::string> registering;
  for (const auto &[name, method] : cls->methods)
    if (std::any_of(registrars.begin(), registrars.end(),
                    [&](const FunctionInfo *registrar) {
                      return within(registrar->node, method->node);
                    }))
      registering.insert(name);
  // Every use of the container keeps it, and every registration is a
  // decorator of a module-level function: what it holds is what
  // functions_registered_in found.
  bool kept = true;
  for (const ModuleModel *module : modules) {
    const SyntaxTree &tree = module->tree();
    walk_named_descendants(tree.root(), [&](TSNode node) {
      if (!kept || !is(node, "attribute"))
        return kept;
      std::string name(tree.text(field(node, "attribute")));
      TSNode object = field(node, "object");
      bool in_class = module == &class_module && within(node, cls->node);
      bool of_self = is(object, "identifier") && tree.text(object) == "self";
      if (name == attribute) {
        // Elsewhere, only another class's own attribute of that name.
        std::vector<TSNode> around = ancestors(node);
        kept = in_class ? of_self && registry_use_keeps_it(tree, node, registrars)
                        : of_self && std::any_of(around.begin(), around.end(),
                                                 [](TSNode up) {
                                                   return is(up,
                                                             "class_definition");
                                                 });
      } else if (registering.count(name)) {
        // Registered by the class itself, with what it was given.
        if (in_class) {
          kept = !of_self;
          return kept;
        }
        Symbol owner = resolver.resolve(object, {module, nullptr});
        if (owner.kind != Symbol::Kind::Object || owner.cls != cls)
          return kept;
        std::vector<TSNode> around = ancestors(node);
        auto decorator =
            std::find_if(around.begin(), around.end(),
                         [](TSNode up) { return is(up, "decorator"); });
        kept = decorator != around.end() && around.end() - decorator > 2 &&
               is(*(decorator + 1), "decorated_definition") &&
               is(*(decorator + 2), "module");
      }
      return kept;
    });
  }
  return kept;
}

namespace {

/// The project code that runs around each call of `function` (in
/// `module`) in its wrappers' place, each with the wrapper's expression: the
/// function a decorator returns instead of it (`def with_s3(fn): def
/// wrapper(event, context): ...; return wrapper`), one level deeper for a
/// decorator factory (`@retry(3)`), the same for a wrapper applied by a call
/// (`handler = with_s3(_handler)`); and the `__call__` of a class whose
/// instance replaces it (`@Traced`). Not the decorator's own body: that runs
/// once, when the function is defined.
std::vector<std::pair<TSNode, Scope>>
code_around_calls(const NameResolver &resolver, const ModuleModel &module,
                  const FunctionInfo &function) {
  std::vector<std::pair<TSNode, Scope>> code;
  for (const Wrapper &wrapper : wrappers_of(module, function)) {
    TSNode callable = wrapper.callable;
    TSNode parent = ts_node_parent(callable);
    bool factory =
        is(callable, "call") ||
        (is(parent, "call") && is(ts_node_parent(parent), "decorator"));
    if (is(callable, "call"))
      callable = field(callable, "function");
    Symbol symbol = resolve_wrapper(resolver, module, function, callable);
    if (symbol.kind == Symbol::Kind::Function && symbol.function &&
        symbol.module) {
      const FunctionInfo *decorator =
          factory ? returned_nested(*symbol.module, *symbol.function)
                  : symbol.function;
      if (const FunctionInfo *around =
              decorator ? returned_nested(*symbol.module, *decorator) : nullptr)
        code.push_back({wrapper.callable, {symbol.module, around}});
    } else if (symbol.kind == Symbol::Kind::Class && symbol.cls && !factory) {
      Symbol call = resolver.member(symbol, "__call__");
      if (call.kind == Symbol::Kind::Function && call.function && call.module)
        code.push_back(
            {wrapper.callable, {call.module, call.function, call.receiver}});
    }
  }
  return code;
}

/// True when the object `object` (in `function`) is made by this call of
/// `function`: a call (`Repo().table`) or a local it binds.
bool made_per_call(const SyntaxTree &tree, const FunctionInfo &function,
                   TSNode object) {
  if (is(object, "call"))
    return true;
  if (!is(object, "identifier"))
    return false;
  std::string name(tree.text(object));
  return function.bindings.assignments.count(name) &&
         !function.bindings.globals.count(name);
}

/// True when an instance of `cls` (of `tree`), a class without bases,
/// surely lacks the attribute `name`, so that reading it runs the class's
/// `__getattr__`: no method of it sets `self.<name>` and its body binds no
/// `name`.
bool missing_attribute(const SyntaxTree &tree, const ClassInfo &cls,
                       const std::string &name) {
  if (!cls.bases.empty() || cls.self_assignments.count(name))
    return false;
  bool bound = false;
  for (TSNode statement : named_children(field(cls.node, "body"))) {
    TSNode assignment = is(statement, "expression_statement")
                            ? ts_node_named_child(statement, 0)
                            : TSNode{};
    bound = bound || (is(assignment, "assignment") &&
                      tree.text(field(assignment, "left")) == name);
  }
  return !bound;
}

/// The getter that the class of `receiver` makes by a call in its body,
/// `region = property(_region)` (or `property(fget=_region)`), for
/// `name`: one of its methods or a module-level function, or null.
const FunctionInfo *property_made_by_call(const Symbol &receiver,
                                          const std::string &name) {
  const SyntaxTree &tree = receiver.module->tree();
  for (TSNode statement : named_children(field(receiver.cls->node, "body"))) {
    TSNode assignment = is(statement, "expression_statement")
                            ? ts_node_named_child(statement, 0)
                            : TSNode{};
    if (!is(assignment, "assignment") ||
        tree.text(field(assignment, "left")) != name)
      continue;
    TSNode value = field(assignment, "right");
    if (!is(value, "call") || tree.text(field(value, "function")) != "property")
      continue;
    for (TSNode argument : named_children(field(value, "arguments"))) {
      TSNode getter = argument;
      if (is(argument, "keyword_argument")) {
        if (tree.text(field(argument, "name")) != "fget")
          continue;
        getter = field(argument, "value");
      }
      // The getter may be defined in the class or, before it, in the module
      // (`def _region(self): ...`, then `region = property(fget=_region)`).
      std::string getter_name(tree.text(getter));
      auto method = receiver.cls->methods.find(getter_name);
      return method != receiver.cls->methods.end()
                 ? method->second
                 : receiver.module->function_named(getter_name);
    }
  }
  return nullptr;
}

/// The project class `cls` (of `module`) names as its metaclass
/// (`class Job(metaclass=Configured)`), or a base of it does; nothing when
/// none does.
Symbol metaclass_of(const NameResolver &resolver, const ModuleModel &module,
                    const ClassInfo &cls, int depth = 0) {
  if (depth > 8)
    return {};
  // ClassInfo::bases leaves out the keywords: the class statement's own.
  TSNode bases = field(cls.node, "superclasses");
  if (ts_node_is_null(bases))
    return {};
  for (TSNode base : named_children(bases)) {
    bool keyword = is(base, "keyword_argument");
    if (keyword && module.tree().text(field(base, "name")) != "metaclass")
      continue;
    Symbol named = resolver.resolve(keyword ? field(base, "value") : base,
                                    {&module, nullptr});
    if (named.kind != Symbol::Kind::Class || !named.cls || !named.module)
      continue;
    if (keyword)
      return named;
    if (Symbol inherited =
            metaclass_of(resolver, *named.module, *named.cls, depth + 1);
        inherited.known())
      return inherited;
  }
  return {};
}

/// True when the method `chain` ends at was called on an instance made for
/// the call (`Report().summary()`, `r = Report(); r.summary()`), or on
/// `self` by a method so called: what a cached property keeps on that
/// `self` is built again on every such call.
bool called_on_fresh_instance(const std::vector<CallStep> &chain) {
  for (auto step = chain.rbegin(); step != chain.rend(); ++step) {
    if (step->passed || step->wraps || step->injected || step->routed ||
        !is(step->call, "call"))
      return false;
    TSNode callee = field(step->call, "function");
    if (!is(callee, "attribute"))
      return false;
    TSNode object = field(callee, "object");
    const SyntaxTree &tree = step->module->tree();
    if (made_per_call(tree, *step->caller, object))
      return true;
    const Parameter *self = step->caller->self_parameter();
    if (!self || !is(object, "identifier") || tree.text(object) != self->name)
      return false;
  }
  return false;
}

/// The getters that the attribute reads of `scope`'s body run, each with the
/// read: a property's on every read (`st.client`, `getattr(st, "client")`,
/// `hasattr(st, "client")`; one made by a call, `client =
/// property(_client)`; one of a class's metaclass, read on the class), a
/// cached property's when the instance is made per
/// call (`Repo().table`, or `self.table` where `self_fresh`: the method runs
/// on such an instance), the class's `__getattr__` for an attribute hoist
/// does not find on it (`st.client`). A method called (`st.upload()`) is a
/// call, followed as one.
std::vector<std::pair<TSNode, Scope>> getters_run(const NameResolver &resolver,
                                                  Scope scope,
                                                  bool self_fresh) {
  std::vector<std::pair<TSNode, Scope>> run;
  const SyntaxTree &tree = scope.module->tree();
  // `read` reads `name` of `object`; `plain`: written `object.name`.
  auto reads = [&](TSNode read, TSNode object, const std::string &name,
                   bool plain) {
    Symbol receiver = resolver.resolve(object, scope);
    // A property of a class's metaclass runs when the class is read
    // (`Job.region`), before what the class itself holds.
    if (receiver.kind == Symbol::Kind::Class && receiver.cls &&
        receiver.module)
      if (Symbol meta = metaclass_of(resolver, *receiver.module, *receiver.cls);
          meta.known())
        if (Symbol found = resolver.member(meta, name);
            found.kind == Symbol::Kind::Function && found.function &&
            found.module &&
            getter_kind(*found.module, *found.function) == Getter::Property)
          run.push_back({read, {found.module, found.function, found.receiver}});
    if (receiver.kind != Symbol::Kind::Object || !receiver.cls ||
        !receiver.module)
      return;
    Symbol found = resolver.member(receiver, name);
    if (found.kind == Symbol::Kind::Function && found.function &&
        found.module) {
      Getter kind = getter_kind(*found.module, *found.function);
      const Parameter *self = scope.function->self_parameter();
      bool on_fresh_self = self_fresh && self && is(object, "identifier") &&
                           tree.text(object) == self->name;
      if (kind == Getter::Property ||
          (kind == Getter::CachedProperty &&
           (on_fresh_self || made_per_call(tree, *scope.function, object))))
        run.push_back({read, {found.module, found.function, found.receiver}});
    } else if (const FunctionInfo *getter =
                   found.known() ? nullptr
                                 : property_made_by_call(receiver, name)) {
      run.push_back({read, {receiver.module, getter, {}}});
    } else if (plain && !found.known() &&
               missing_attribute(receiver.module->tree(), *receiver.cls,
                                 name)) {
      auto fallback = receiver.cls->methods.find("__getattr__");
      if (fallback != receiver.cls->methods.end())
        run.push_back({read, {receiver.module, fallback->second, {}}});
    }
  };
  // Attributes written or called rather than read, marked from their parent
  // as the walk passes it: asking each attribute for its parent would cost
  // the depth of the tree each time, quadratic in a long attribute chain.
  std::unordered_set<const void *> not_read;
  for_each_in_scope(scope.function->body, [&](TSNode node) {
    if (is(node, "assignment"))
      not_read.insert(field(node, "left").id);
    if (is(node, "call")) {
      TSNode callee = field(node, "function");
      not_read.insert(callee.id);
      // The builtins that read an attribute named by a literal.
      std::string_view reader = tree.text(callee);
      std::vector<TSNode> arguments = named_children(field(node, "arguments"));
      if (is(callee, "identifier") &&
          (reader == "getattr" || reader == "hasattr") &&
          !resolver.resolve(callee, scope).known() && arguments.size() >= 2)
        if (std::optional<std::string> name = string_value(tree, arguments[1]))
          reads(node, arguments[0], *name, false);
      return;
    }
    if (!is(node, "attribute") || not_read.count(node.id))
      return;
    TSNode object = field(node, "object");
    std::string name(tree.text(field(node, "attribute")));
    Symbol owner = resolver.resolve(object, scope);
    if (const FunctionInfo *getter =
            module_attribute_getter(resolver, owner, name))
      run.push_back({node, {owner.module, getter, {}}});
    else
      reads(node, object, name, true);
  });
  return run;
}

} // namespace

const FunctionInfo *module_attribute_getter(const NameResolver &resolver,
                                            const Symbol &owner,
                                            const std::string &name) {
  if (owner.kind != Symbol::Kind::Module || !owner.module ||
      owner.module->bindings().binds(name) ||
      resolver.module_cache().has_submodule(*owner.module, name))
    return nullptr;
  const FunctionInfo *answer = owner.module->function_named("__getattr__");
  return answer && answer->class_name.empty() ? answer : nullptr;
}

std::vector<std::pair<const ModuleModel *, TSNode>>
field_default_factories(const NameResolver &resolver, Scope scope,
                        TSNode call) {
  Symbol made = resolver.resolve(field(call, "function"), scope);
  if (made.kind != Symbol::Kind::Class || !made.cls || !made.module)
    return {};
  // What the call gives: its positionals fill the first fields.
  std::size_t positionals = 0;
  std::set<std::string> keywords;
  const SyntaxTree &caller = scope.module->tree();
  for (TSNode argument : named_children(field(call, "arguments"))) {
    if (is(argument, "list_splat") || is(argument, "dictionary_splat"))
      return {}; // gives hoist knows not which
    if (is(argument, "keyword_argument"))
      keywords.insert(std::string(caller.text(field(argument, "name"))));
    else if (!is(argument, "comment"))
      ++positionals;
  }
  std::vector<std::pair<const ModuleModel *, TSNode>> factories;
  const SyntaxTree &tree = made.module->tree();
  std::size_t index = 0; // of the annotated fields, in order
  for (TSNode statement : named_children(field(made.cls->node, "body"))) {
    TSNode assignment = is(statement, "expression_statement")
                            ? ts_node_named_child(statement, 0)
                            : TSNode{};
    if (!is(assignment, "assignment") ||
        ts_node_is_null(field(assignment, "type")))
      continue;
    std::string name(tree.text(field(assignment, "left")));
    bool given = index++ < positionals || keywords.count(name);
    TSNode value = field(assignment, "right");
    if (given || !is(value, "call"))
      continue;
    for (TSNode argument : named_children(field(value, "arguments")))
      if (is(argument, "keyword_argument") &&
          tree.text(field(argument, "name")) == "default_factory")
        factories.push_back({made.module, field(argument, "value")});
  }
  return factories;
}

Getter getter_kind(const ModuleModel &module, const FunctionInfo &function) {
  for (TSNode decorator : function.decorators) {
    std::string_view text =
        module.tree().text(ts_node_named_child(decorator, 0));
    auto ends_with = [&](std::string_view end) {
      return text.size() >= end.size() &&
             text.substr(text.size() - end.size()) == end;
    };
    if (ends_with("cached_property"))
      return Getter::CachedProperty;
    if (ends_with("property"))
      return Getter::Property;
  }
  return Getter::None;
}

/// The methods a `with` on `value` runs around its block: `__enter__` and
/// `__exit__` of the project class whose instance it is.
std::vector<Scope> context_manager_methods(const NameResolver &resolver,
                                           Scope scope, TSNode value) {
  std::vector<Scope> methods;
  if (is(value, "as_pattern")) // `with TenantRegion(event) as tenant:`
    value = ts_node_named_child(value, 0);
  Symbol manager = resolver.resolve(value, scope);
  if (manager.kind != Symbol::Kind::Object || !manager.cls)
    return methods;
  for (const char *name : {"__enter__", "__exit__"}) {
    Symbol method = resolver.member(manager, name);
    if (method.kind == Symbol::Kind::Function && method.function)
      methods.push_back({method.module, method.function, method.receiver});
  }
  return methods;
}

namespace {

/// What a decorator applies: `@lru_cache(maxsize=None)` is a call that
/// returns the decorator, named by its callee.
TSNode decorator_expression(TSNode decorator) {
  TSNode expression = ts_node_named_child(decorator, 0);
  return is(expression, "call") ? field(expression, "function") : expression;
}

} // namespace

namespace {

/// The context managers `call` enters as a `with` would:
/// `stack.enter_context(Env(region))` runs `Env.__enter__` now and its
/// `__exit__` when the stack closes.
std::vector<Scope> entered_contexts(const NameResolver &resolver, Scope scope,
                                    TSNode call) {
  TSNode callee = field(call, "function");
  if (!is(callee, "attribute"))
    return {};
  std::string_view method = scope.module->tree().text(field(callee, "attribute"));
  if (method != "enter_context" && method != "enter_async_context")
    return {};
  std::vector<TSNode> arguments = named_children(field(call, "arguments"));
  if (arguments.empty())
    return {};
  return context_manager_methods(resolver, scope, arguments.front());
}

/// The `default_factory` functions of the fields of the project class that
/// `call` instantiates (`field(default_factory=lambda: ...)` of a
/// dataclass), which its generated `__init__` runs.
std::vector<Route> field_factories(const NameResolver &resolver, Scope scope,
                                   TSNode call) {
  std::vector<Route> factories;
  for (const auto &[module, value] :
       field_default_factories(resolver, scope, call)) {
    Symbol factory = resolver.resolve(value, {module, nullptr});
    if (factory.kind == Symbol::Kind::Function && factory.function)
      factories.push_back({factory.module, factory.function});
  }
  return factories;
}

/// The `__call__` of the project metaclass of the class `call` makes
/// (`Job()`, `cls()` in a classmethod): it runs in the construction's place
/// and decides what it does.
std::vector<Route> metaclass_calls(const NameResolver &resolver, Scope scope,
                                   TSNode call) {
  Symbol made = resolver.resolve(field(call, "function"), scope);
  if (made.kind != Symbol::Kind::Class || !made.cls || !made.module)
    return {};
  Symbol meta = metaclass_of(resolver, *made.module, *made.cls);
  Symbol method = meta.known() ? resolver.member(meta, "__call__") : Symbol{};
  if (method.kind != Symbol::Kind::Function || !method.function ||
      !method.module)
    return {};
  return {{method.module, method.function}};
}

} // namespace

bool is_memoized(const NameResolver &resolver, const ModuleModel &module,
                 const FunctionInfo &function) {
  // A function defined inside another is made again, with a new cache, each
  // time that one runs.
  if (function.enclosing)
    return false;
  for (TSNode decorator : function.decorators) {
    Symbol symbol =
        resolver.resolve(decorator_expression(decorator), {&module, nullptr});
    if (symbol.kind == Symbol::Kind::Path && is_memoizer(symbol.path))
      return true;
  }
  return false;
}

bool calls_memoized(const NameResolver &resolver, TSNode call, Scope scope) {
  if (resolver.resolve(field(call, "function"), scope).memoized)
    return true;
  Scope callee = resolver.called_scope(call, scope);
  return callee.function &&
         is_memoized(resolver, *callee.module, *callee.function);
}

bool dispatches_on_type(const NameResolver &resolver, const ModuleModel &module,
                        const FunctionInfo &function) {
  for (TSNode decorator : function.decorators) {
    Symbol symbol =
        resolver.resolve(decorator_expression(decorator), {&module, nullptr});
    if (symbol.kind == Symbol::Kind::Path &&
        (symbol.path == "functools.singledispatch" ||
         symbol.path == "functools.singledispatchmethod"))
      return true;
  }
  return false;
}

namespace {

/// The implementations registered on a `functools.singledispatch` function
/// (`@process.register`, `@process.register(list)`) of `module`: a call of it
/// runs one of them, chosen by its argument's type, as a router runs the
/// route an event matches.
std::vector<Route> registered_implementations(const NameResolver &resolver,
                                              const ModuleModel &module,
                                              const FunctionInfo &function) {
  std::vector<Route> implementations;
  if (!dispatches_on_type(resolver, module, function))
    return implementations;
  const SyntaxTree &tree = module.tree();
  for (const FunctionInfo &other : module.functions()) {
    if (&other == &function || other.class_name != function.class_name)
      continue;
    for (TSNode decorator : other.decorators) {
      TSNode expression = decorator_expression(decorator);
      if (is(expression, "attribute") &&
          tree.text(field(expression, "attribute")) == "register" &&
          is(field(expression, "object"), "identifier") &&
          tree.text(field(expression, "object")) == function.name) {
        implementations.push_back({&module, &other});
        break;
      }
    }
  }
  return implementations;
}

} // namespace

namespace {

/// What runs from the functions `pending` starts with (of the handler's
/// `module`, whose loaded modules register functions): reachable_functions.
/// `starts_at_routes`: they are routes a library object dispatches, whose
/// parameters may declare dependencies; a handler's are Lambda's to fill.
std::vector<ReachedFunction> reach_from(const NameResolver &resolver,
                                        const ModuleModel &module,
                                        std::deque<ReachedFunction> pending,
                                        const EmptiedState &emptied,
                                        bool starts_at_routes = false) {
  std::vector<ReachedFunction> reached;
  std::set<std::pair<const FunctionInfo *, const ClassInfo *>> seen;
  for (const ReachedFunction &start : pending)
    seen.insert({start.function, start.receiver.cls});
  while (!pending.empty()) {
    ReachedFunction current = std::move(pending.front());
    pending.pop_front();
    if (!ts_node_is_null(current.function->body) &&
        current.chain.size() < kMaxChain) {
      Scope scope{current.module, current.function, current.receiver};
      auto reach = [&](const ModuleModel *module, const FunctionInfo *callee,
                       TSNode call, bool passed, Receiver receiver = {},
                       bool routed = false, bool wraps = false,
                       bool injected = false) {
        if (!seen.insert({callee, receiver.cls}).second)
          return;
        ReachedFunction next{module, callee, current.chain, receiver};
        next.chain.push_back({current.module, current.function, call, callee,
                              passed, routed, wraps, injected});
        pending.push_back(std::move(next));
      };
      // Its wrappers run around it, with what Lambda or the caller passes.
      for (const auto &[wrapper, around] :
           code_around_calls(resolver, *current.module, *current.function))
        reach(around.module, around.function, wrapper, true, around.receiver,
              false, true);
      // A route, or a dependency, of a framework that injects them: it
      // calls the dependencies its parameters declare first, per request.
      if (current.chain.empty() ? starts_at_routes
                                : current.chain.back().routed ||
                                      current.chain.back().injected)
        for (const InjectedDependency &dependency : parameter_dependencies(
                 resolver, *current.module, *current.function))
          reach(dependency.callee.module, dependency.callee.function,
                dependency.marker, true, dependency.callee.receiver, false,
                false, true);
      for (const auto &[read, getter] :
           getters_run(resolver, scope, called_on_fresh_instance(current.chain)))
        reach(getter.module, getter.function, read, false, getter.receiver);
      for (TSNode value : current.function->with_values)
        for (const Scope &method :
             context_manager_methods(resolver, scope, value))
          reach(method.module, method.function, value, false,
                method.receiver);
      for (TSNode node : current.function->calls) {
        // Code under `if False:` and the like never runs, nor code after a
        // statement that always exits.
        if (in_branch_never_taken(resolver, scope, node,
                                  current.function->body) ||
            !ts_node_is_null(exit_before(resolver, scope, node,
                                         current.function->body)))
          continue;
        // A router dispatch runs the routes registered on it.
        for (const auto &[route_module, route] :
             dispatched_routes(resolver, scope, node))
          reach(route_module, route, node, false, {}, true);
        for (const auto &[route_module, route] :
             functions_registered_for(resolver, scope, node, module))
          reach(route_module, route, node, false, {}, true);
        // Work kept for later (`cache = cache or build(...)`) is not this
        // invocation's, and neither are the functions it is given.
        if (is_lazily_initialized(*current.module, *current.function,
                                  current.receiver, node, emptied))
          continue;
        for (const auto &[passed_module, passed] :
             passed_functions(resolver, scope, node))
          if (!is_memoized(resolver, *passed_module, *passed))
            reach(passed_module, passed, node, true);
        for (const auto &[stored_module, stored] :
             functions_in_called_container(resolver, scope, node))
          if (!is_memoized(resolver, *stored_module, *stored))
            reach(stored_module, stored, node, true);
        for (const Scope &method : entered_contexts(resolver, scope, node))
          reach(method.module, method.function, node, false, method.receiver);
        for (const auto &[factory_module, factory] :
             field_factories(resolver, scope, node))
          reach(factory_module, factory, node, false);
        for (const auto &[meta_module, meta_call] :
             metaclass_calls(resolver, scope, node))
          reach(meta_module, meta_call, node, false);
        // Each function the callee's name may be bound to (a conditional
        // import, a star import rebinding a `def`). A memoized function
        // whose cache the invocation clears runs.
        for (const Scope &callee : resolver.called_scopes(node, scope))
          if ((!calls_memoized(resolver, node, scope) &&
               !is_memoized(resolver, *callee.module, *callee.function)) ||
              !emptied.how(*callee.module, callee.function->name).empty()) {
            reach(callee.module, callee.function, node, false, callee.receiver);
            for (const auto &[implementation_module, implementation] :
                 registered_implementations(resolver, *callee.module,
                                            *callee.function))
              reach(implementation_module, implementation, node, false,
                    callee.receiver, true);
          }
      }
    }
    reached.push_back(std::move(current));
  }
  return reached;
}

} // namespace

std::vector<ReachedFunction> reachable_functions(const NameResolver &resolver,
                                                 const ModuleModel &module,
                                                 const FunctionInfo &handler,
                                                 Receiver receiver,
                                                 const EmptiedState &emptied) {
  return reach_from(resolver, module, {{&module, &handler, {}, receiver}},
                    emptied);
}

Symbol router_called_as_handler(const NameResolver &resolver,
                                const ModuleModel &module, TSNode value) {
  Scope top{&module, nullptr};
  if (Symbol adapted = adapted_router(resolver, top, value,
                                      ApiCatalogue::RouterAdapter::Makes);
      adapted.known())
    return adapted;
  Symbol router = resolver.resolve(value, top);
  const RouterEntry *entry = router.kind == Symbol::Kind::Instance
                                 ? resolver.catalogue().router(router.path)
                                 : nullptr;
  return entry && std::count(entry->dispatch.begin(), entry->dispatch.end(),
                             "__call__")
             ? router
             : Symbol{};
}

std::vector<ReachedFunction>
reachable_from_router(const NameResolver &resolver, const Symbol &router,
                      const ModuleModel &module, const EmptiedState &emptied) {
  std::deque<ReachedFunction> routes;
  for (const auto &[route_module, route] :
       routes_run_by(resolver, router, module))
    if (std::none_of(routes.begin(), routes.end(),
                     [&](const ReachedFunction &seen) {
                       return seen.function == route;
                     }))
      routes.push_back({route_module, route, {}, {}});
  return reach_from(resolver, module, std::move(routes), emptied, true);
}

} // namespace hoist::python
