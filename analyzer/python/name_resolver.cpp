#include "python/name_resolver.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "core/paths.h"
#include "python/module_edits.h"
#include "python/sys_path_edits.h"

namespace hoist::python {
namespace {

// Bounds chains such as `a = b; b = c; ...`, self-references (`x = x.y`) and
// mutually recursive factories.
constexpr int kMaxDepth = 24;

Symbol unknown() { return {}; }

Symbol path_symbol(std::string path) {
  Symbol symbol;
  symbol.kind = Symbol::Kind::Path;
  symbol.path = std::move(path);
  return symbol;
}

Symbol project_symbol(Symbol::Kind kind, const ModuleModel *module,
                      const FunctionInfo *function, const ClassInfo *cls) {
  Symbol symbol;
  symbol.kind = kind;
  symbol.module = module;
  symbol.function = function;
  symbol.cls = cls;
  return symbol;
}

bool same(const Symbol &a, const Symbol &b) {
  return a.kind == b.kind && a.path == b.path && a.module == b.module &&
         a.function == b.function && a.cls == b.cls && a.bound == b.bound &&
         a.receiver.cls == b.receiver.cls && a.memoized == b.memoized;
}

/// What a name assigned more than once is: known only if every one of its
/// `values`, resolved by `resolve_one`, agrees.
template <typename Values, typename ResolveOne>
Symbol agreed_value(const Values &values, ResolveOne resolve_one) {
  Symbol agreed;
  for (const auto &value : values) {
    Symbol symbol = resolve_one(value);
    if (!symbol.known() || (agreed.known() && !same(agreed, symbol)))
      return unknown();
    agreed = symbol;
  }
  return agreed;
}

std::vector<std::string> split_dotted(std::string_view path) {
  std::vector<std::string> parts;
  while (!path.empty()) {
    std::size_t dot = std::min(path.find('.'), path.size());
    parts.emplace_back(path.substr(0, dot));
    path.remove_prefix(std::min(dot + 1, path.size()));
  }
  return parts;
}

} // namespace

bool is_memoizer(const std::string &path) {
  static const std::unordered_set<std::string> kMemoizers = {
      "functools.cache",
      "functools.lru_cache",
      "functools.cached_property",
      "cachetools.cached",
      "cachetools.func.lru_cache",
      "cachetools.func.ttl_cache",
      "cachetools.func.lfu_cache",
      "cachetools.func.rr_cache",
      "cachetools.func.fifo_cache",
      "cachetools.func.mru_cache"};
  return kMemoizers.count(path) > 0;
}

NameResolver::NameResolver(const ModuleCache &module_cache,
                           const ApiCatalogue &catalogue,
                           std::vector<std::string> roots)
    : module_cache_(module_cache), catalogue_(catalogue),
      roots_(std::move(roots)),
      memos_after_drops_(module_cache.modules_dropped()) {}

void NameResolver::forget_dropped_modules() const {
  if (module_cache_.modules_dropped() == memos_after_drops_)
    return;
  memos_after_drops_ = module_cache_.modules_dropped();
  imports_.clear();
  resolved_.clear();
  locals_.clear();
  global_name_lookups_.clear();
}

std::shared_ptr<const std::vector<Introspection>> &
NameResolver::global_name_lookups_memo(const ModuleModel &module) const {
  forget_dropped_modules();
  return global_name_lookups_[&module];
}

Symbol NameResolver::resolve(TSNode expression, Scope scope) const {
  forget_dropped_modules();
  // The checks and the reachability walk ask about the same expressions.
  auto key = std::make_tuple(expression.id,
                             static_cast<const void *>(scope.function),
                             static_cast<const void *>(scope.receiver.cls));
  if (auto it = resolved_.find(key); it != resolved_.end())
    return it->second;
  Symbol symbol = resolve(expression, scope, 0);
  resolved_.emplace(key, symbol);
  return symbol;
}

std::string NameResolver::called_path(TSNode call, Scope scope) const {
  Symbol callee = resolve(field(call, "function"), scope);
  if (callee.kind == Symbol::Kind::Path ||
      (!callee.path.empty() && catalogue_.find(callee.path)))
    return callee.path;
  return "";
}

Scope NameResolver::called_scope(TSNode call, Scope scope) const {
  return scope_called(resolve(field(call, "function"), scope));
}

std::vector<Scope> NameResolver::called_scopes(TSNode call, Scope scope) const {
  std::vector<Scope> scopes;
  for (const Symbol &callee : resolve_each(field(call, "function"), scope))
    if (Scope called = scope_called(callee);
        called.function && called.module &&
        std::none_of(scopes.begin(), scopes.end(), [&](const Scope &one) {
          return one.function == called.function &&
                 one.receiver.cls == called.receiver.cls;
        }))
      scopes.push_back(called);
  return scopes;
}

std::vector<Symbol> NameResolver::resolve_each(TSNode expression, Scope scope,
                                               int depth) const {
  std::vector<Symbol> each{resolve(expression, scope)};
  // A chain of attributes is followed as deep as resolve follows it (one of
  // 100,000 links would exhaust the stack).
  if (depth > kMaxDepth)
    return each;
  auto add = [&](const Symbol &symbol) {
    if (std::none_of(each.begin(), each.end(),
                     [&](const Symbol &one) { return same(one, symbol); }))
      each.push_back(symbol);
  };
  expression = unparenthesize(expression);
  const SyntaxTree &tree = scope.module->tree();
  if (is(expression, "identifier")) {
    std::string name(tree.text(expression));
    // A name a function binds (not declared global) is its own.
    for (const FunctionInfo *function = scope.function; function;
         function = function->enclosing) {
      if (function->bindings.globals.count(name))
        break;
      if (function->bindings.binds(name))
        return each;
    }
    for (const Symbol &symbol : other_bindings(*scope.module, name, 0))
      add(symbol);
  } else if (is(expression, "attribute")) {
    std::vector<Symbol> owners =
        resolve_each(field(expression, "object"), scope, depth + 1);
    std::string name(tree.text(field(expression, "attribute")));
    for (std::size_t i = 0; i < owners.size(); ++i) {
      if (i > 0)
        add(member(owners[i], name));
      const Symbol &owner = owners[i];
      if (owner.kind == Symbol::Kind::Module && owner.module)
        for (const Symbol &symbol : other_bindings(*owner.module, name, 0))
          add(symbol);
      // A method its class body defines more than once, each of them.
      if ((owner.kind == Symbol::Kind::Class ||
           owner.kind == Symbol::Kind::Object) &&
          owner.cls && owner.module &&
          owner.cls->methods_defined_more_than_once.count(name))
        for (const FunctionInfo &function : owner.module->functions())
          if (function.class_name == owner.cls->name && function.name == name) {
            Symbol method = project_symbol(Symbol::Kind::Function, owner.module,
                                           &function, nullptr);
            method.bound =
                owner.kind == Symbol::Kind::Object &&
                function.method_kind == FunctionInfo::MethodKind::Instance;
            add(method);
          }
    }
  }
  return each;
}

std::vector<Symbol> NameResolver::other_bindings(const ModuleModel &module,
                                                 const std::string &name,
                                                 int depth) const {
  std::vector<Symbol> others;
  const ScopeBindings &scope = module.bindings();
  bool rebound = module.bound_more_than_once(name);
  if (depth > kMaxDepth)
    return others;
  // Each import of it, and the other bindings of the name in the module it
  // is imported from (`from api import configure`, where api.py defines
  // `configure` and star-imports one).
  std::vector<std::string> paths;
  if (auto earlier = scope.earlier_imports.find(name);
      earlier != scope.earlier_imports.end())
    paths = earlier->second;
  if (auto last = scope.imports.find(name); last != scope.imports.end())
    paths.push_back(last->second);
  for (const std::string &path : paths) {
    if (rebound)
      others.push_back(import_symbol(path, module, depth + 1));
    std::size_t dot = path.rfind('.');
    if (dot == std::string::npos || path.find_first_not_of('.') >= dot)
      continue;
    Symbol owner = import_symbol(path.substr(0, dot), module, depth + 1);
    if (owner.kind == Symbol::Kind::Module && owner.module &&
        owner.module != &module)
      for (Symbol &symbol :
           other_bindings(*owner.module, path.substr(dot + 1), depth + 1))
        others.push_back(std::move(symbol));
  }
  if (rebound) {
    for (const FunctionInfo &function : module.functions())
      if (function.class_name.empty() && function.name == name)
        others.push_back(project_symbol(Symbol::Kind::Function, &module,
                                        &function, nullptr));
    for (const ClassInfo &cls : module.classes())
      if (cls.name == name)
        others.push_back(
            project_symbol(Symbol::Kind::Class, &module, nullptr, &cls));
  }
  // A star import of a project module rebinds what it brings, wherever the
  // module's own binding is (with none, resolve_module_name's answer is
  // the star import's).
  if (paths.empty() && !module.function_named(name) &&
      !module.class_named(name))
    return others;
  for (const std::string &wildcard : scope.wildcard_modules) {
    Symbol imported = import_symbol(wildcard, module, depth + 1);
    if (imported.kind == Symbol::Kind::Module && imported.module &&
        imported.module != &module && imported.module->star_import_brings(name))
      if (Symbol symbol = member(imported, name, depth + 1); symbol.known())
        others.push_back(symbol);
  }
  return others;
}

Scope NameResolver::scope_called(const Symbol &callee) const {
  // A project function the catalogue names is a construction, not a path.
  if (!callee.path.empty() && catalogue_.find(callee.path))
    return {};
  if (callee.kind == Symbol::Kind::Function)
    return {callee.module, callee.function, callee.receiver};
  if (callee.kind == Symbol::Kind::Class) {
    if (Symbol init = method_of(callee, "__init__", 0); init.known())
      return {init.module, init.function, init.receiver};
    // A dataclass's generated `__init__` calls its `__post_init__`.
    if (Symbol post = method_of(callee, "__post_init__", 0); post.known())
      return {post.module, post.function, post.receiver};
  }
  // An instance called runs its class's `__call__` (`configure = Configurer()`,
  // then `configure(event)`).
  if (callee.kind == Symbol::Kind::Object)
    if (Symbol call = method_of(callee, "__call__", 0); call.known())
      return {call.module, call.function, call.receiver};
  return {};
}

Symbol NameResolver::resolve(TSNode expression, Scope scope, int depth) const {
  if (ts_node_is_null(expression) || depth > kMaxDepth)
    return unknown();
  expression = unparenthesize(expression);
  const SyntaxTree &tree = scope.module->tree();
  std::string_view type = kind(expression);
  if (type == "identifier")
    return resolve_name(std::string(tree.text(expression)), scope, depth);
  if (type == "attribute")
    return member(resolve(field(expression, "object"), scope, depth + 1),
                  std::string(tree.text(field(expression, "attribute"))),
                  depth + 1);
  if (type == "call") {
    TSNode function = field(expression, "function");
    if (is(function, "identifier") && tree.text(function) == "super")
      return super_object(scope, depth + 1);
    // `getattr(os, "environ")` is `os.environ`.
    std::vector<TSNode> arguments =
        named_children(field(expression, "arguments"));
    if (is(function, "identifier") && tree.text(function) == "getattr" &&
        arguments.size() == 2 &&
        !resolve(function, scope, depth + 1).known())
      if (std::optional<std::string> name = string_value(tree, arguments[1]))
        return member(resolve(arguments[0], scope, depth + 1), *name,
                      depth + 1);
    // `globals().get("os")` is the module-level `os`.
    if (is(function, "attribute") &&
        tree.text(field(function, "attribute")) == "get" &&
        !arguments.empty() &&
        is_globals_call(unparenthesize(field(function, "object")), scope,
                        depth))
      if (std::optional<std::string> name = string_value(tree, arguments[0]))
        return resolve_name(*name, {scope.module, nullptr}, depth + 1);
    Symbol callee = resolve(function, scope, depth + 1);
    // `functools.partial(boto3.client, "s3")` calls what it is given.
    if (callee.kind == Symbol::Kind::Path && callee.path == "functools.partial" &&
        !arguments.empty() && !is(arguments[0], "keyword_argument") &&
        !is(arguments[0], "list_splat"))
      return resolve(arguments[0], scope, depth + 1);
    // A memoizing wrapper applied by a call, `functools.cache(f)` or a
    // factory's `functools.lru_cache(maxsize=None)(f)`, is `f`, whose
    // results it keeps.
    Symbol memoizer =
        is(function, "call")
            ? resolve(field(function, "function"), scope, depth + 1)
            : callee;
    if (memoizer.kind == Symbol::Kind::Path && is_memoizer(memoizer.path) &&
        !arguments.empty() && !is(arguments[0], "keyword_argument") &&
        !is(arguments[0], "list_splat")) {
      Symbol wrapped = resolve(arguments[0], scope, depth + 1);
      if (wrapped.kind == Symbol::Kind::Function) {
        wrapped.memoized = true;
        return wrapped;
      }
    }
    // `importlib.import_module("os")` is the module `os`; `__import__("a.b")`
    // is the package `a`.
    std::optional<std::string> imported =
        arguments.size() == 1 ? string_value(tree, arguments[0]) : std::nullopt;
    if (imported && !imported->empty() && imported->front() != '.') {
      if (callee.kind == Symbol::Kind::Path &&
          callee.path == "importlib.import_module")
        return import_symbol(*imported, *scope.module, depth + 1);
      if (is(function, "identifier") && tree.text(function) == "__import__" &&
          !callee.known())
        return import_symbol(imported->substr(0, imported->find('.')),
                             *scope.module, depth + 1);
    }
    // `inspect.getmodule(handler)` is the project module that defines it;
    // of `settings.describe` that hoist does not see (a module kept
    // unparsed), the module it is read from.
    if (callee.kind == Symbol::Kind::Path &&
        callee.path == "inspect.getmodule" && !arguments.empty() &&
        !is(arguments[0], "keyword_argument") &&
        !is(arguments[0], "list_splat")) {
      Symbol of = resolve(arguments[0], scope, depth + 1);
      if (!of.known() && is(unparenthesize(arguments[0]), "attribute"))
        if (Symbol owner = resolve(field(unparenthesize(arguments[0]), "object"),
                                   scope, depth + 1);
            owner.kind == Symbol::Kind::Module)
          of = owner;
      if (of.module && (of.kind == Symbol::Kind::Module ||
                        of.kind == Symbol::Kind::Function ||
                        of.kind == Symbol::Kind::Class ||
                        of.kind == Symbol::Kind::Object))
        return project_symbol(Symbol::Kind::Module, of.module, nullptr,
                              nullptr);
    }
    return call_result(callee, depth + 1);
  }
  // `sys.modules["os"]` is the module `os`, `sys.modules[__name__]` the
  // module itself; `os.__dict__["environ"]` is `os.environ`;
  // `globals()["os"]` is the module-level `os`.
  if (type == "subscript") {
    TSNode key = unparenthesize(field(expression, "subscript"));
    std::optional<std::string> name = string_value(tree, key);
    TSNode value = unparenthesize(field(expression, "value"));
    if (name && is_globals_call(value, scope, depth))
      return resolve_name(*name, {scope.module, nullptr}, depth + 1);
    if (name && is(value, "attribute") &&
        tree.text(field(value, "attribute")) == "__dict__")
      return member(resolve(field(value, "object"), scope, depth + 1), *name,
                    depth + 1);
    bool itself = is(key, "identifier") && tree.text(key) == "__name__" &&
                  !resolve(key, scope, depth + 1).known();
    Symbol table =
        name || itself ? resolve(value, scope, depth + 1) : unknown();
    if (table.kind != Symbol::Kind::Path || table.path != "sys.modules")
      return unknown();
    if (name)
      return import_symbol(*name, *scope.module, depth + 1);
    return project_symbol(Symbol::Kind::Module, scope.module, nullptr, nullptr);
  }
  if (type == "await") // `await session.client(...)` and the like
    return resolve(ts_node_named_child(expression, 0), scope, depth + 1);
  if (type == "lambda")
    if (const FunctionInfo *lambda = scope.module->lambda_at(expression))
      return project_symbol(Symbol::Kind::Function, scope.module, lambda,
                            nullptr);
  return unknown();
}

bool NameResolver::is_globals_call(TSNode node, Scope scope,
                                   int depth) const {
  TSNode function = field(node, "function");
  return is(node, "call") && is(function, "identifier") &&
         scope.module->tree().text(function) == "globals" &&
         named_children(field(node, "arguments")).empty() &&
         !resolve(function, scope, depth + 1).known();
}

Symbol NameResolver::super_object(Scope scope, int depth) const {
  // `super()` in a method: the instance, seen as its first project base class.
  if (!scope.function || scope.function->class_name.empty() ||
      scope.function->bindings.binds("super"))
    return unknown();
  const ClassInfo *cls = scope.module->class_named(scope.function->class_name);
  if (!cls)
    return unknown();
  for (TSNode base : cls->bases) {
    Symbol symbol = resolve(base, {scope.module, nullptr}, depth + 1);
    if (symbol.kind == Symbol::Kind::Class) {
      symbol.kind = Symbol::Kind::Object;
      return symbol;
    }
  }
  return unknown();
}

Symbol NameResolver::resolve_name(const std::string &name, Scope scope,
                                  int depth) const {
  const FunctionInfo *function = scope.function;
  if (function && !function->bindings.globals.count(name)) {
    const ScopeBindings &local = function->bindings;
    // `self` and `cls` are the instance and the class of the method.
    if (const Parameter *self = function->bound_parameter();
        self && self->name == name && !local.assignments.count(name)) {
      Symbol symbol;
      symbol.kind = function->method_kind == FunctionInfo::MethodKind::Instance
                        ? Symbol::Kind::Object
                        : Symbol::Kind::Class;
      symbol.module = scope.module;
      symbol.cls = scope.module->class_named(function->class_name);
      if (scope.receiver.cls) {
        symbol.module = scope.receiver.module;
        symbol.cls = scope.receiver.cls;
      }
      return symbol.cls ? symbol : unknown();
    }
    if (auto it = local.imports.find(name); it != local.imports.end())
      return import_symbol(it->second, *scope.module, depth + 1);
    // A function its body defines (and binds no other way that hoist sees).
    if (auto it = function->nested.find(name);
        it != function->nested.end() && !local.assignments.count(name))
      return project_symbol(Symbol::Kind::Function, scope.module, it->second,
                            nullptr);
    if (local.others.count(name))
      return unknown();
    if (auto it = local.assignments.find(name); it != local.assignments.end()) {
      // A local's value is asked for at each use; answer it once. Answers
      // computed deep in a chain may be cut short by the bound: not kept.
      auto key = std::make_tuple(static_cast<const void *>(function),
                                 static_cast<const void *>(scope.receiver.cls),
                                 name);
      forget_dropped_modules();
      if (auto cached = locals_.find(key); cached != locals_.end())
        return cached->second;
      Symbol symbol = resolve_assignments(it->second, scope, depth + 1);
      if (depth < 4)
        locals_.emplace(std::move(key), symbol);
      return symbol;
    }
    // A free name of a nested function is its enclosing function's.
    if (function->enclosing)
      return resolve_name(name,
                          {scope.module, function->enclosing, scope.receiver},
                          depth + 1);
  }
  return resolve_module_name(*scope.module, name, depth);
}

Symbol NameResolver::resolve_module_name(const ModuleModel &module,
                                         const std::string &name,
                                         int depth) const {
  const ScopeBindings &scope = module.bindings();
  if (auto it = scope.imports.find(name); it != scope.imports.end())
    return import_symbol(it->second, module, depth + 1);
  if (const FunctionInfo *function = module.function_named(name))
    return project_symbol(Symbol::Kind::Function, &module, function, nullptr);
  if (const ClassInfo *cls = module.class_named(name))
    return project_symbol(Symbol::Kind::Class, &module, nullptr, cls);
  if (scope.others.count(name))
    return unknown();
  if (auto it = scope.assignments.find(name); it != scope.assignments.end()) {
    Symbol symbol =
        resolve_assignments(it->second, {&module, nullptr}, depth + 1);
    // A module-level instance remembers its module (a Powertools router's
    // routes are registered there).
    if (symbol.kind == Symbol::Kind::Instance && !symbol.module)
      symbol.module = &module;
    return symbol;
  }
  // `from boto3 import *` brings in names hoist cannot list; the catalogue's
  // own names are the ones that matter. A project module's star import
  // brings what it exports (`__all__`, else its public names); the last
  // one binds.
  const std::string *library = nullptr;
  for (auto wildcard = scope.wildcard_modules.rbegin();
       wildcard != scope.wildcard_modules.rend(); ++wildcard) {
    if (catalogue_.find(*wildcard + "." + name))
      return path_symbol(*wildcard + "." + name);
    Symbol imported = import_symbol(*wildcard, module, depth + 1);
    if (imported.kind == Symbol::Kind::Module && imported.module) {
      if (imported.module != &module &&
          imported.module->star_import_brings(name))
        if (Symbol symbol = member(imported, name, depth + 1); symbol.known())
          return symbol;
    } else if (!library && imported.kind == Symbol::Kind::Path) {
      library = &*wildcard;
    }
  }
  // A public name nothing else binds is the last library's that a star
  // import brings (`from os import *`, then `environ[...] = ...`): what
  // hoist cannot see into is never taken to do nothing.
  if (library && name.front() != '_' && !is_builtin_name(name))
    return path_symbol(*library + "." + name);
  return unknown();
}

Symbol NameResolver::resolve_assignments(const std::vector<TSNode> &values,
                                         Scope scope, int depth) const {
  return agreed_value(
      values, [&](TSNode value) { return resolve(value, scope, depth + 1); });
}

Symbol NameResolver::member(const Symbol &owner, const std::string &name,
                            int depth) const {
  if (depth > kMaxDepth)
    return unknown();
  switch (owner.kind) {
  case Symbol::Kind::Unknown:
    return unknown();
  case Symbol::Kind::Path:
    // A bound method's `__self__` is what it is bound to
    // (`os.environ.get.__self__` is `os.environ`).
    if (name == "__self__" && owner.path.find('.') != std::string::npos)
      return path_symbol(owner.path.substr(0, owner.path.rfind('.')));
    return path_symbol(owner.path + "." + name);
  case Symbol::Kind::Instance:
    return path_symbol(owner.path + "." + name);
  case Symbol::Kind::Module: {
    Symbol symbol = resolve_module_name(*owner.module, name, depth + 1);
    if (symbol.known() && !owner.path.empty() && symbol.path.empty())
      symbol.path = owner.path + "." + name;
    if (symbol.known() || !module_cache_.is_package(*owner.module))
      return symbol;
    // A submodule of a package: `import pkg` then `pkg.helpers`.
    if (const ModuleModel *sub = module_cache_.module_at_stem(normalized_dir(
            module_cache_.directory_of(*owner.module) + "/" + name))) {
      Symbol module;
      module.kind = Symbol::Kind::Module;
      module.module = sub;
      if (!owner.path.empty())
        module.path = owner.path + "." + name;
      return module;
    }
    return unknown();
  }
  case Symbol::Kind::Class:
  case Symbol::Kind::Object: {
    if (Symbol method = method_of(owner, name, depth + 1); method.known())
      return method;
    if (owner.kind == Symbol::Kind::Object) {
      auto it = owner.cls->self_assignments.find(name);
      if (it != owner.cls->self_assignments.end())
        return agreed_value(it->second, [&](const auto &assigned) {
          return resolve(assigned.second, {owner.module, assigned.first},
                         depth + 1);
        });
    }
    // A class with no base inherits nothing: its body is not read.
    if (std::optional<std::string> member =
            owner.cls->bases.empty()
                ? std::nullopt
                : library_member(*owner.cls, *owner.module, name, depth + 1);
        member && !member->empty())
      return path_symbol(*member);
    return unknown();
  }
  case Symbol::Kind::Function:
    return unknown();
  }
  return unknown();
}

Symbol NameResolver::call_result(const Symbol &callee, int depth) const {
  if (depth > kMaxDepth)
    return unknown();
  switch (callee.kind) {
  case Symbol::Kind::Path: {
    const ApiEntry *entry = catalogue_.find(callee.path);
    std::string type = entry && !entry->returns.empty() ? entry->returns
                       : catalogue_.router(callee.path) ? callee.path
                                                        : "";
    if (type.empty())
      return unknown();
    Symbol symbol;
    symbol.kind = Symbol::Kind::Instance;
    symbol.path = type;
    return symbol;
  }
  case Symbol::Kind::Class: {
    Symbol symbol = callee;
    symbol.kind = Symbol::Kind::Object;
    return symbol;
  }
  case Symbol::Kind::Function: {
    // A factory: what every `return` in its own body gives, if they agree.
    const FunctionInfo &function = *callee.function;
    if (ts_node_is_null(function.body))
      return unknown();
    if (function.is_lambda)
      return resolve(function.body, {callee.module, &function}, depth + 1);
    Symbol agreed;
    bool disagree = false;
    for_each_in_scope(function.body, [&](TSNode node) {
      if (disagree || !is(node, "return_statement"))
        return;
      Symbol symbol = resolve(ts_node_named_child(node, 0),
                              {callee.module, &function}, depth + 1);
      if (!symbol.known() || (agreed.known() && !same(agreed, symbol)))
        disagree = true;
      else
        agreed = symbol;
    });
    return disagree ? unknown() : agreed;
  }
  default:
    return unknown();
  }
}

Symbol NameResolver::import_symbol(const std::string &path,
                                   const ModuleModel &from, int depth) const {
  if (depth > kMaxDepth)
    return unknown();
  forget_dropped_modules();
  std::string key =
      std::to_string(reinterpret_cast<std::uintptr_t>(&from)) + '|' + path;
  if (auto it = imports_.find(key); it != imports_.end())
    return it->second;
  Symbol symbol = resolve_import(path, from, depth);
  // An answer cut short by the depth bound is not the import's answer, nor
  // one found while the module's `sys.path` edits are read (without them).
  if (depth < kMaxDepth / 2 && !reading_sys_path_.count(from.path()))
    imports_[std::move(key)] = symbol;
  return symbol;
}

bool NameResolver::vendored_library(
    const std::vector<std::string> &parts) const {
  if (parts.empty() || !catalogue_.is_root_module(parts[0]))
    return false;
  for (const std::string &base : roots_)
    if (const ModuleModel *module =
            module_cache_.module_at_stem(base + "/" + parts[0]))
      return module_cache_.is_package(*module);
  return false;
}

std::optional<NameResolver::ImportedPrefix> NameResolver::imported_prefix(
    const std::string &path, const std::string &from_dir,
    const std::vector<std::string> &roots,
    const std::function<bool(const std::string &)> &is_module) const {
  // Relative imports start from the importing module's package.
  std::size_t dots = path.find_first_not_of('.');
  if (dots == std::string::npos)
    dots = path.size();
  std::vector<std::string> package;
  if (dots > 0) {
    std::string base = from_dir;
    for (std::size_t up = 1; up < dots; ++up)
      base = parent_dir(base);
    package.push_back(std::move(base));
  }
  ImportedPrefix found;
  found.relative = dots > 0;
  found.parts = split_dotted(std::string_view(path).substr(dots));
  if (!found.relative && vendored_library(found.parts))
    return std::nullopt;
  for (const std::string &base : found.relative ? package : roots) {
    // The longest prefix that names a project module wins; the rest are
    // members of it (`helpers.make_client`, `pkg.mod.Class`). A relative
    // import may name the package itself (`from . import region`: what its
    // `__init__.py` binds).
    const std::size_t shortest = found.relative ? 0 : 1;
    for (std::size_t length = found.parts.size() + 1; length-- > shortest;) {
      std::string stem = base;
      for (std::size_t i = 0; i < length; ++i)
        stem += "/" + found.parts[i];
      if (!is_module(stem))
        continue;
      found.stem = std::move(stem);
      found.length = length;
      return found;
    }
  }
  found.stem.clear();
  return found;
}

std::vector<std::string>
NameResolver::import_roots(const ModuleModel &from, bool &redirected) const {
  // Kept by file, one word a directory: '<' before the roots, '>' after,
  // '?' when the module changes `sys.path` in a way hoist cannot read.
  // Reading the module's edits resolves its names, `os` among them: those
  // imports are looked up without its edits.
  redirected = false;
  if (!reading_sys_path_.insert(from.path()).second)
    return roots_;
  const std::vector<std::string> &edits = module_cache_.found_once(
      "sys.path\n" + from.path(), [&] {
        SysPathEdits found = sys_path_edits(*this, from, roots_);
        std::vector<std::string> words;
        for (const std::string &dir : found.first)
          words.push_back('<' + dir);
        for (const std::string &dir : found.last)
          words.push_back('>' + dir);
        if (found.unknown)
          words.emplace_back("?");
        return words;
      });
  reading_sys_path_.erase(from.path());
  if (edits.empty())
    return roots_;
  std::vector<std::string> roots;
  for (const std::string &word : edits)
    if (word.front() == '<')
      roots.push_back(word.substr(1));
  roots.insert(roots.end(), roots_.begin(), roots_.end());
  for (const std::string &word : edits)
    if (word.front() == '>')
      roots.push_back(word.substr(1));
    else if (word == "?")
      redirected = true;
  return roots;
}

bool NameResolver::package_path_changed(const ImportedPrefix &prefix) const {
  std::string package = prefix.stem;
  for (std::size_t length = prefix.length; length-- > 1;) {
    package = parent_dir(package);
    const std::vector<std::string> &changed = module_cache_.found_once(
        "__path__\n" + package, [&] {
          const ModuleModel *module = module_cache_.module_at_stem(package);
          return module && module_cache_.is_package(*module) &&
                         changes_package_path(*module)
                     ? std::vector<std::string>{package}
                     : std::vector<std::string>{};
        });
    if (!changed.empty())
      return true;
  }
  return false;
}

Symbol NameResolver::resolve_import(const std::string &path,
                                    const ModuleModel &from, int depth) const {
  const ModuleModel *module = nullptr;
  bool redirected = false;
  std::vector<std::string> roots = import_roots(from, redirected);
  std::optional<ImportedPrefix> prefix = imported_prefix(
      path, module_cache_.directory_of(from), roots,
      [&](const std::string &stem) {
        return (module = module_cache_.module_at_stem(stem)) != nullptr;
      });
  if (!prefix) // a vendored library: the catalogue decides
    return path_symbol(path);
  if (prefix->stem.empty())
    // A relative import that names no project module is nothing hoist
    // knows.
    return prefix->relative ? unknown() : path_symbol(path);
  // A module that may be loaded from elsewhere (the importer changes
  // `sys.path` unreadably, a package on the way its `__path__`) is code
  // hoist does not see: a library's, by its dotted name.
  if ((redirected && !prefix->relative) || package_path_changed(*prefix)) {
    std::string dotted;
    for (const std::string &part : prefix->parts)
      dotted += (dotted.empty() ? "" : ".") + part;
    return path_symbol(dotted);
  }
  Symbol symbol;
  symbol.kind = Symbol::Kind::Module;
  symbol.module = module;
  if (!prefix->relative) // absolute: the dotted name is meaningful
    for (std::size_t i = 0; i < prefix->length; ++i)
      symbol.path += (i ? "." : "") + prefix->parts[i];
  for (std::size_t i = prefix->length;
       i < prefix->parts.size() && symbol.known(); ++i)
    symbol = member(symbol, prefix->parts[i], depth + 1);
  return symbol;
}

std::optional<std::string>
NameResolver::imported_file(const std::string &path,
                            const std::string &from_dir,
                            const std::vector<std::string> &roots) const {
  std::string file;
  std::optional<ImportedPrefix> prefix =
      imported_prefix(path, from_dir, roots, [&](const std::string &stem) {
        return !(file = module_cache_.module_file_at_stem(stem)).empty();
      });
  if (!prefix)
    return "";
  if (prefix->stem.empty())
    return std::nullopt;
  // Only the whole path names a module file; a shorter prefix leaves the
  // rest as members of it.
  return prefix->length == prefix->parts.size() ? file : "";
}

Symbol NameResolver::method_of(const Symbol &owner, const std::string &name,
                               int depth) const {
  const ModuleModel *where = nullptr;
  const FunctionInfo *function =
      method(*owner.cls, *owner.module, name, depth + 1, where);
  if (!function)
    return unknown();
  Symbol symbol = project_symbol(Symbol::Kind::Function, where, function,
                                 nullptr);
  symbol.bound = owner.kind == Symbol::Kind::Object &&
                 function->method_kind == FunctionInfo::MethodKind::Instance;
  if (where->class_named(function->class_name) != owner.cls)
    symbol.receiver = {owner.cls, owner.module};
  return symbol;
}

const FunctionInfo *NameResolver::method(const ClassInfo &cls,
                                         const ModuleModel &module,
                                         const std::string &name, int depth,
                                         const ModuleModel *&owner) const {
  if (depth > kMaxDepth)
    return nullptr;
  if (auto it = cls.methods.find(name); it != cls.methods.end()) {
    owner = &module;
    return it->second;
  }
  // Inherited from a base class the project defines.
  for (TSNode base : cls.bases) {
    Symbol symbol = resolve(base, {&module, nullptr}, depth + 1);
    if (symbol.kind == Symbol::Kind::Class)
      if (const FunctionInfo *found =
              method(*symbol.cls, *symbol.module, name, depth + 1, owner))
        return found;
  }
  return nullptr;
}

std::optional<std::string>
NameResolver::library_member(const ClassInfo &cls, const ModuleModel &module,
                             const std::string &name, int depth) const {
  if (depth > kMaxDepth || cls.methods.count(name) ||
      cls.self_assignments.count(name))
    return std::nullopt;
  // Assigned in the class body (`formatTime = staticmethod(stamp)`).
  bool assigned = false;
  for_each_in_scope(cls.node, [&](TSNode node) {
    TSNode left = is(node, "assignment") ? field(node, "left") : TSNode{};
    assigned = assigned ||
               (is(left, "identifier") && module.tree().text(left) == name);
    return !assigned;
  });
  if (assigned)
    return std::nullopt;
  // Depth first, left to right: the method resolution order of classes
  // without a shared base below them.
  for (TSNode base : cls.bases) {
    Symbol symbol = resolve(base, {&module, nullptr}, depth + 1);
    if (symbol.kind == Symbol::Kind::Path && !symbol.path.empty())
      return symbol.path + "." + name;
    if (symbol.kind != Symbol::Kind::Class)
      return std::nullopt;
    std::optional<std::string> member =
        library_member(*symbol.cls, *symbol.module, name, depth + 1);
    if (!member || !member->empty())
      return member;
  }
  return "";
}

} // namespace hoist::python
