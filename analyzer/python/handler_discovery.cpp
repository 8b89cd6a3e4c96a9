#include "python/handler_discovery.h"

#include <algorithm>
#include <fnmatch.h>
#include <sstream>
#include <unordered_set>

#include "core/identifier_words.h"
#include "core/message_excerpt.h"
#include "python/module_imports.h"
#include "python/reachability.h"

namespace hoist::python {
namespace {

bool ends_with(const std::vector<std::string> &parts,
               const std::vector<std::string> &suffix) {
  return suffix.size() <= parts.size() &&
         std::equal(suffix.rbegin(), suffix.rend(), parts.rbegin());
}

bool named_like(const std::string &name,
                std::initializer_list<const char *> names) {
  return std::any_of(names.begin(), names.end(),
                     [&](const char *candidate) { return name == candidate; });
}

bool looks_like_event(const std::string &name) {
  return named_like(name, {"event", "evt", "_event"});
}

bool looks_like_context(const std::string &name) {
  return named_like(name,
                    {"context", "ctx", "_context", "lambda_context", "_"});
}

/// Handler-shaped parameters: exactly two positional ones named like
/// (event, context).
bool has_handler_parameters(const FunctionInfo &function) {
  const auto &parameters = function.parameters;
  return parameters.size() == 2 &&
         parameters[0].kind == Parameter::Kind::Positional &&
         parameters[1].kind == Parameter::Kind::Positional &&
         looks_like_event(parameters[0].name) &&
         looks_like_context(parameters[1].name);
}

const std::string *matching_pattern(const std::string &name,
                                    const std::vector<std::string> &patterns) {
  for (const std::string &pattern : patterns)
    if (fnmatch(pattern.c_str(), name.c_str(), 0) == 0)
      return &pattern;
  return nullptr;
}

bool is_glob(const std::string &pattern) {
  return pattern.find_first_of("*?[") != std::string::npos;
}

} // namespace

bool is_test_file(const std::string &checked_path) {
  std::vector<std::string> parts = path_components(checked_path);
  if (parts.empty())
    return false;
  const std::string &name = parts.back();
  auto ends_with_text = [&](const char *suffix) {
    std::string_view view(name), tail(suffix);
    return view.size() >= tail.size() &&
           view.substr(view.size() - tail.size()) == tail;
  };
  if (name.rfind("test_", 0) == 0 || ends_with_text("_test.py") ||
      name == "conftest.py")
    return true;
  return std::any_of(parts.begin(), parts.end() - 1,
                     [](const std::string &part) {
                       return part == "tests" || part == "test";
                     });
}

namespace {

/// The names the module's code calls as plain identifiers (`process(...)`).
std::unordered_set<std::string> names_called(const ModuleModel &module) {
  std::unordered_set<std::string> names;
  walk_named_descendants(module.tree().root(), [&](TSNode node) {
    if (is(node, "call") && is(field(node, "function"), "identifier"))
      names.emplace(module.tree().text(field(node, "function")));
    return true;
  });
  return names;
}

/// Whether a function found by its name has a signature Lambda could call
/// as a handler. A glob like '*_handler' also catches helpers
/// (error_handler(exc), an aiohttp route_handler(request), a batch
/// record_handler(record)), and an exact name a utility with optional
/// arguments (cgitb's handler(info=None)): only an event-like first
/// parameter, a context-like second one of two, or an exact name whose first
/// parameter Lambda must fill make it one. The first `given` parameters
/// are filled already (a bound `self`, what a partial gives).
bool event_like_signature(const FunctionInfo &function,
                          const std::string &pattern, std::size_t given) {
  const auto &all = function.parameters;
  std::vector<Parameter> parameters(
      all.begin() + static_cast<std::ptrdiff_t>(std::min(given, all.size())),
      all.end());
  if (parameters.empty()) // `def handler():` fails every invoke: report it
    return !is_glob(pattern);
  const Parameter &first = parameters[0];
  bool positional_first = first.kind == Parameter::Kind::Positional;
  // (payload, context): the second name says what the first one is.
  bool context_second = parameters.size() == 2 && positional_first &&
                        parameters[1].kind == Parameter::Kind::Positional &&
                        parameters[1].name != "_" &&
                        looks_like_context(parameters[1].name);
  if (looks_like_event(first.name) || context_second)
    return true;
  return !is_glob(pattern) && !first.has_default &&
         first.kind != Parameter::Kind::KeywordOnly &&
         first.kind != Parameter::Kind::VarKeyword;
}

Handler function_handler(const ModuleModel &module,
                         const FunctionInfo &function, std::string reason) {
  Handler handler;
  handler.module = handler.function_module = &module;
  handler.function = &function;
  handler.name = function.name;
  handler.location = {module.tree().file(),
                      module.tree().range(function.name_node)};
  handler.reason = std::move(reason);
  return handler;
}

/// The handler `module` binds `name` to: the function `symbol`, bound by the
/// statement `binding` (an assignment or an import).
Handler name_bound_handler(const ModuleModel &module, const Symbol &symbol,
                           const std::string &name, TSNode binding,
                           std::string reason) {
  Handler handler;
  handler.module = &module;
  handler.function_module = symbol.module;
  handler.function = symbol.function;
  handler.name = name;
  handler.location = {module.tree().file(), module.tree().range(binding)};
  handler.reason = std::move(reason);
  handler.bound = symbol.bound;
  handler.receiver = symbol.receiver;
  return handler;
}

/// A handler the module imports from another of the project's modules and
/// only re-exports (`from app import handler`, the entry point the
/// deployment names): Lambda calls the imported function.
std::optional<Handler> imported_handler(const NameResolver &resolver,
                                        const ModuleModel &module,
                                        const std::string &name,
                                        std::string reason) {
  if (!module.bindings().imports.count(name) ||
      module.bindings().others.count(name))
    return std::nullopt;
  Symbol module_symbol;
  module_symbol.kind = Symbol::Kind::Module;
  module_symbol.module = &module;
  Symbol symbol = resolver.member(module_symbol, name);
  if (symbol.kind != Symbol::Kind::Function || !symbol.function ||
      !symbol.module || symbol.module == &module)
    return std::nullopt;
  TSNode statement = statement_loading(resolver, module, *symbol.module);
  if (ts_node_is_null(statement))
    return std::nullopt;
  return name_bound_handler(module, symbol, name, statement, std::move(reason));
}

/// A module-level `name = <expression>` that resolves to a project function
/// (or an instance whose `__call__` Lambda calls), as a handler; nothing if
/// it does not. A name only imported is an imported_handler.
std::optional<Handler> bound_handler(const NameResolver &resolver,
                                     const ModuleModel &module,
                                     const std::string &name,
                                     std::string reason) {
  auto it = module.bindings().assignments.find(name);
  if (it == module.bindings().assignments.end())
    return imported_handler(resolver, module, name, std::move(reason));
  if (it->second.size() != 1)
    return std::nullopt;
  TSNode value = it->second.front();
  // A library object that dispatches a router's routes: they are what runs.
  if (Symbol router = router_called_as_handler(resolver, module, value);
      router.known()) {
    Handler handler;
    handler.module = handler.function_module = &module;
    handler.name = name;
    handler.location = {module.tree().file(),
                        module.tree().range(ts_node_parent(value))};
    // Lambda calls the router itself (Chalice's `app`), or an adapter's
    // object given it (`Mangum(app)`).
    TSNode given = unparenthesize(value);
    if (is(given, "call") &&
        resolver.resolve(given, {&module, nullptr}).path != router.path)
      given = ts_node_named_child(field(given, "arguments"), 0);
    const RouterEntry *entry = resolver.catalogue().router(router.path);
    bool itself = ts_node_eq(given, unparenthesize(value));
    if (itself && entry && !entry->server.empty())
      // A WSGI or ASGI app answers a server, never Lambda's (event, context).
      handler.reason = std::move(reason) + "; '" + name + "' is a '" +
                       router.path + "' object, whose calls serve " +
                       entry->server +
                       " requests, not Lambda's (event, context): an adapter "
                       "(serverless-wsgi's handler, Mangum) makes a request "
                       "of each event and calls it, and it runs the functions "
                       "registered on it for the requests they match";
    else
      handler.reason =
          std::move(reason) + "; Lambda calls " +
          (itself ? "this '" + router.path +
                        "' object, which runs the functions registered on it"
                  : "'" +
                        message_excerpt(std::string(module.tree().text(value))) +
                        "', which runs the functions registered on '" +
                        message_excerpt(std::string(module.tree().text(given))) +
                        "' (a '" + router.path + "')") +
          " for the events they match";
    handler.router = router;
    return handler;
  }
  Symbol symbol = resolver.resolve(value, {&module, nullptr});
  // An instance of a project class is called through its `__call__`.
  if (symbol.kind == Symbol::Kind::Object)
    symbol = resolver.member(symbol, "__call__");
  // A project function shaped like a handler wrapped by another (`handler =
  // with_region(_handler)`): what it wraps is the handler, and the wrapper
  // runs around it as a decorator would (wrappers_of).
  if (TSNode callee = field(unparenthesize(value), "function");
      is(unparenthesize(value), "call") &&
      resolver.resolve(callee, {&module, nullptr}).kind ==
          Symbol::Kind::Function)
    for (TSNode argument :
         named_children(field(unparenthesize(value), "arguments"))) {
      Symbol wrapped = resolver.resolve(argument, {&module, nullptr});
      if (is(argument, "identifier") &&
          wrapped.kind == Symbol::Kind::Function && wrapped.function &&
          wrapped.module == &module && wrapped.function->class_name.empty() &&
          has_handler_parameters(*wrapped.function)) {
        symbol = wrapped;
        break;
      }
    }
  if (symbol.kind != Symbol::Kind::Function)
    return std::nullopt;
  Handler handler = name_bound_handler(module, symbol, name,
                                       ts_node_parent(value), std::move(reason));
  // `functools.partial(_wrapper, _handler)`: Lambda's arguments follow
  // what the partial gives.
  if (TSNode call = unparenthesize(value);
      is(call, "call") && resolver.called_path(call, {&module, nullptr}) ==
                              "functools.partial") {
    std::vector<TSNode> arguments = named_children(field(call, "arguments"));
    for (std::size_t i = 1; i < arguments.size(); ++i)
      if (is(arguments[i], "keyword_argument"))
        handler.partial_keywords.emplace_back(
            module.tree().text(field(arguments[i], "name")));
      else if (!is(arguments[i], "comment"))
        ++handler.partial_positionals;
  }
  return handler;
}

/// Notes in each of `handlers` (one module's) the others that run other
/// code, and the module's `others` (other_callables): each may be another
/// function's.
void note_shared_module(std::vector<Handler> &handlers,
                        const std::vector<std::string> &others = {}) {
  for (Handler &handler : handlers) {
    for (const Handler &other : handlers)
      if (other.function != handler.function ||
          (!other.function && other.name != handler.name))
        handler.module_shared_with.push_back(
            "'" + other.name + "', which may be another function's handler");
    for (const std::string &other : others)
      handler.module_shared_with.push_back(
          "'" + other + "', which may be another function's handler");
  }
}

/// True when Lambda could call a function of `parameters` with an event
/// and a context: two positional arguments fill them after the first
/// `given` ones.
bool takes_event_and_context(const std::vector<Parameter> &parameters,
                             std::size_t given) {
  std::size_t positional = 0, required = 0;
  bool rest = false;
  for (std::size_t i = given; i < parameters.size(); ++i) {
    const Parameter &parameter = parameters[i];
    if (parameter.kind == Parameter::Kind::Positional) {
      ++positional;
      required += parameter.has_default ? 0 : 1;
    } else if (parameter.kind == Parameter::Kind::VarPositional) {
      rest = true;
    } else if (parameter.kind == Parameter::Kind::KeywordOnly &&
               !parameter.has_default) {
      return false;
    }
  }
  return required <= 2 && (positional >= 2 || rest);
}

/// The module-level names of `module`, besides its `handlers`, that a
/// deployment may name as another function's handler, though their names
/// and parameters do not say so: public functions that take an event and a
/// context (`def status(request, ctx)`, `def health(*args)`), undecorated
/// and not among the names the module's code calls (`called`), and names
/// bound to a lambda or a project function that does (`health = lambda
/// event, context: ...`, `functools.partial(respond, True)`, a factory's
/// function).
std::vector<std::string>
other_callables(const NameResolver &resolver, const ModuleModel &module,
                const std::vector<Handler> &handlers,
                const std::unordered_set<std::string> &called) {
  auto candidate = [&](const std::string &name) {
    return name.front() != '_' && name.rfind("test_", 0) != 0 &&
           std::none_of(handlers.begin(), handlers.end(),
                        [&](const Handler &h) { return h.name == name; });
  };
  std::vector<std::string> others;
  for (const FunctionInfo &function : module.functions())
    if (function.class_name.empty() && !function.enclosing &&
        !function.is_lambda && function.decorators.empty() &&
        module.function_named(function.name) == &function &&
        candidate(function.name) && !called.count(function.name) &&
        takes_event_and_context(function.parameters, 0))
      others.push_back(function.name);
  std::vector<std::string> assigned; // in name order, for stable output
  for (const auto &[name, values] : module.bindings().assignments)
    if (candidate(name) && values.size() == 1)
      assigned.push_back(name);
  std::sort(assigned.begin(), assigned.end());
  for (const std::string &name : assigned) {
    TSNode value = unparenthesize(module.bindings().assignments.at(name).front());
    if (is(value, "lambda")) {
      TSNode parameters = field(value, "parameters");
      if (!ts_node_is_null(parameters) &&
          takes_event_and_context(
              parse_parameters(module.tree(), parameters), 0))
        others.push_back(name);
    } else if (std::optional<Handler> bound =
                   bound_handler(resolver, module, name, "")) {
      if (bound->function &&
          std::none_of(handlers.begin(), handlers.end(),
                       [&](const Handler &h) {
                         return h.function == bound->function;
                       }) &&
          takes_event_and_context(bound->function->parameters,
                                  (bound->bound ? 1 : 0) +
                                      bound->partial_positionals))
        others.push_back(name);
    }
  }
  return others;
}

} // namespace

bool may_bind_handler_name(const ModuleModel &module, const std::string &name) {
  const ScopeBindings &bindings = module.bindings();
  return module.function_named(name) || bindings.binds(name) ||
         !bindings.wildcard_modules.empty() ||
         module.function_named("__getattr__");
}

HandlerLookup look_up_handler(const NameResolver &resolver,
                              const ModuleModel &module,
                              const std::string &name, std::string reason) {
  HandlerLookup lookup;
  if (const FunctionInfo *function = module.function_named(name))
    lookup.handler = function_handler(module, *function, std::move(reason));
  else
    lookup.handler = bound_handler(resolver, module, name, std::move(reason));
  lookup.found = lookup.handler || may_bind_handler_name(module, name);
  return lookup;
}

std::string handler_candidate(const NameResolver &resolver,
                              const ModuleModel &module,
                              const std::string &checked_path) {
  if (is_test_file(checked_path))
    return "";
  const std::unordered_set<std::string> called = names_called(module);
  for (const FunctionInfo &function : module.functions())
    if (function.class_name.empty() && !function.enclosing &&
        !function.is_lambda && function.name.front() != '_' &&
        module.function_named(function.name) == &function &&
        !called.count(function.name) && has_handler_parameters(function))
      return function.name;
  std::vector<std::string> others = other_callables(resolver, module, {}, called);
  return others.empty() ? "" : others.front();
}

bool is_module_file(const HandlerSpec &spec, const std::string &path) {
  if (!spec.task_root.empty()) {
    const std::string stem = spec.module_stem(spec.task_root);
    const std::string file = normalized_dir(path);
    return file == stem + ".py" || file == stem + "/__init__.py";
  }
  std::vector<std::string> parts = path_components(path);
  std::vector<std::string> as_module = spec.module_components;
  as_module.back() += ".py";
  if (ends_with(parts, as_module))
    return true;
  std::vector<std::string> as_package = spec.module_components;
  as_package.push_back("__init__.py");
  return ends_with(parts, as_package);
}

std::vector<Handler> find_handlers(const NameResolver &resolver,
                                   const ModuleModel &module,
                                   const std::string &checked_path,
                                   const HandlerOptions &options,
                                   std::vector<HandlerSpecMatch> &matches) {
  std::vector<Handler> handlers;
  std::optional<std::unordered_set<std::string>> called_names;
  if (!options.specs.empty()) {
    for (std::size_t i = 0; i < options.specs.size(); ++i) {
      const HandlerSpec &spec = options.specs[i];
      if (!is_module_file(spec, module.path()))
        continue;
      HandlerLookup lookup =
          look_up_handler(resolver, module, spec.function,
                          "named by the handler string '" + spec.text + "'");
      matches.push_back({i, lookup.found});
      if (lookup.handler)
        handlers.push_back(std::move(*lookup.handler));
    }
    note_shared_module(handlers);
    return handlers;
  }
  // Tests are not deployed: their `test_*_handler`s and fake handlers would
  // only add noise. Handler strings and deployment configuration still reach
  // into test files if they name them.
  if (is_test_file(checked_path))
    return handlers;
  for (const FunctionInfo &function : module.functions()) {
    if (!function.class_name.empty() || function.name.rfind("test_", 0) == 0)
      continue;
    const std::string *pattern =
        matching_pattern(function.name, options.name_patterns);
    if (pattern && event_like_signature(function, *pattern, 0)) {
      handlers.push_back(function_handler(
          module, function,
          "its name matches the handler pattern '" + *pattern + "'"));
      continue;
    }
    if (!has_handler_parameters(function))
      continue;
    // Shaped like a handler but called by the module's own code
    // (`return process(event, context)`): a helper the handler uses.
    if (!called_names)
      called_names = names_called(module);
    if (!called_names->count(function.name))
      handlers.push_back(function_handler(
          module, function, "its parameters are named like (event, context)"));
  }
  std::vector<std::string> assigned; // in name order, for stable output
  for (const auto &binding : module.bindings().assignments)
    assigned.push_back(binding.first);
  std::sort(assigned.begin(), assigned.end());
  for (const std::string &name : assigned)
    if (const std::string *pattern =
            matching_pattern(name, options.name_patterns))
      if (auto handler = bound_handler(
              resolver, module, name,
              "its name matches the handler pattern '" + *pattern + "'")) {
        // A library object takes what Lambda passes as its library says.
        if (!handler->function) {
          handlers.push_back(std::move(*handler));
          continue;
        }
        // An instance method bound to a handler name without an instance
        // (`handler = App.handle`) takes the event as `self`: surely meant
        // as the handler, and surely wrong.
        bool unbound_method =
            !handler->bound && handler->function->method_kind ==
                                   FunctionInfo::MethodKind::Instance;
        if (unbound_method ||
            event_like_signature(*handler->function, *pattern,
                                 (handler->bound ? 1 : 0) +
                                     handler->partial_positionals))
          handlers.push_back(std::move(*handler));
      }
  // A framework's object deployed under a fixed handler string (Chalice's
  // `app` in app.py, 'app.app'), which no configuration names.
  for (const std::string &name : assigned) {
    const std::vector<TSNode> &values = module.bindings().assignments.at(name);
    if (values.size() != 1 ||
        std::any_of(handlers.begin(), handlers.end(),
                    [&](const Handler &h) { return h.name == name; }))
      continue;
    Symbol router = resolver.resolve(values.front(), {&module, nullptr});
    const RouterEntry *entry = router.kind == Symbol::Kind::Instance
                                   ? resolver.catalogue().router(router.path)
                                   : nullptr;
    std::string error;
    std::optional<HandlerSpec> spec =
        entry && !entry->deployed_as.empty()
            ? HandlerSpec::parse(entry->deployed_as, error)
            : std::nullopt;
    if (spec && spec->function == name && is_module_file(*spec, module.path()))
      if (auto handler = bound_handler(
              resolver, module, name,
              "'" + router.path + "' objects are deployed as the handler '" +
                  entry->deployed_as + "'"))
        handlers.push_back(std::move(*handler));
  }
  if (!handlers.empty()) {
    if (!called_names)
      called_names = names_called(module);
    note_shared_module(handlers, other_callables(resolver, module, handlers,
                                                 *called_names));
  }
  return handlers;
}

ConfiguredLookup find_configured_handler(const NameResolver &resolver,
                                         const ConfiguredHandler &configured,
                                         const std::filesystem::path &base,
                                         const ModuleModel *parsed) {
  ConfiguredLookup lookup;
  std::string error;
  auto spec = HandlerSpec::parse(configured.handler, error);
  if (!spec) {
    lookup.problem = error + ": Lambda fails every invoke with "
                             "'Runtime.MalformedHandlerName'";
    return lookup;
  }
  std::string dir = *configured_module_stem(configured);
  const ModuleModel *module =
      parsed ? parsed : resolver.module_cache().module_at_stem(dir);
  if (!module) {
    std::error_code ignored;
    if (std::filesystem::exists(dir + ".py", ignored) ||
        std::filesystem::exists(dir + "/__init__.py", ignored))
      return lookup; // there, but not among the files checked
    // Name what Lambda would import, as the user's paths name it.
    std::filesystem::path shown = std::filesystem::path(dir).lexically_relative(base);
    if (shown.empty() || *shown.begin() == "..")
      shown = dir;
    // Lambda imports from /opt/python too: a wrapper handler (Datadog's
    // `datadog_lambda.handler.handler`) comes from a layer.
    if (!configured.unread_layers.empty()) {
      std::string layers;
      for (const std::string &layer : configured.unread_layers)
        layers += (layers.empty() ? "'" : ", '") + message_excerpt(layer) + "'";
      lookup.may_come_from_layer =
          "the handler module of " + configured.origin + " ('" +
          path_excerpt(shown.generic_string()) +
          "') is not in its code; it may come from " +
          (configured.unread_layers.size() == 1 ? "its layer " : "its layers ") +
          layers +
          ", which hoist cannot read: not reported; the code is checked "
          "with the handlers its names suggest";
      return lookup;
    }
    lookup.problem = "handler '" + message_excerpt(configured.handler) +
                     "': neither '" +
                     path_excerpt(shown.generic_string() + ".py") +
                     "' nor '" +
                     path_excerpt(shown.generic_string() + "/__init__.py") +
                     "' exists, so Lambda fails every invoke with "
                     "'Runtime.ImportModuleError'";
    return lookup;
  }
  HandlerLookup found = look_up_handler(resolver, *module, spec->function,
                                        "configured as " + configured.origin);
  lookup.handler = std::move(found.handler);
  if (lookup.handler)
    lookup.handler->configured = true;
  if (!found.found) {
    lookup.problem = "handler '" + message_excerpt(configured.handler) +
                     "': '" + module->path() + "' defines no '" +
                     message_excerpt(spec->function) +
                     "', so Lambda fails every invoke with "
                     "'Runtime.HandlerNotFound'";
    lookup.module_without_handler = module;
  }
  return lookup;
}

} // namespace hoist::python
