#include "python/implicit_code.h"

#include <algorithm>
#include <functional>
#include <set>
#include <string>

#include "core/identifier_words.h"
#include "python/invoke_effects.h"
#include "python/module_cache.h"
#include "python/module_imports.h"
#include "python/syntax_tree.h"

namespace hoist::python {
namespace {

/// The project classes whose own methods made what module-level `name`
/// (read in `scope`, which does not bind it) holds, when hoist cannot type
/// it: `BASE = Req.__new__(Req)`, `CFG = Settings.load()`.
std::vector<Symbol> makers_of(const NameResolver &resolver, Scope scope,
                              const std::string &name) {
  if (scope.function && scope.function->bindings.binds(name) &&
      !scope.function->bindings.globals.count(name))
    return {};
  const ScopeBindings &globals = scope.module->bindings();
  auto values = globals.assignments.find(name);
  if (values == globals.assignments.end())
    return {};
  std::vector<Symbol> makers;
  for (TSNode value : values->second) {
    TSNode callee = is(unparenthesize(value), "call")
                        ? field(unparenthesize(value), "function")
                        : TSNode{};
    if (!is(callee, "attribute"))
      continue;
    Symbol owner =
        resolver.resolve(field(callee, "object"), {scope.module, nullptr});
    if (owner.kind == Symbol::Kind::Class && owner.cls && owner.module)
      makers.push_back(owner);
  }
  return makers;
}

/// How a module's text spells a name (as a whole identifier, also after a
/// dot): as the callee of a call (`name(`, `obj.name(`), or any other way
/// (a value handed on, a string naming it, a comment), its own `def` and
/// imports left out.
struct NameUses {
  int calls = 0;
  bool other = false;
};

/// True when `at` in `text` is inside an import statement: on a line that
/// starts one, or within the parentheses of `from m import (...)`.
bool in_import(std::string_view text, std::size_t at) {
  std::size_t line = text.rfind('\n', at);
  line = line == std::string_view::npos ? 0 : line + 1;
  std::size_t start = text.find_first_not_of(" \t", line);
  std::string_view statement = text.substr(start);
  if (statement.rfind("import ", 0) == 0 || statement.rfind("from ", 0) == 0)
    return true;
  std::size_t open = text.rfind("import (", at);
  return open != std::string_view::npos && text.find(')', open) > at;
}

void add_uses(std::string_view text, std::string_view name, NameUses &uses) {
  spells_word_where(text, name, [&](std::size_t at) {
    std::size_t before = at > 0 ? text.find_last_not_of(" \t", at - 1)
                                : std::string_view::npos;
    bool defined = before != std::string_view::npos && before >= 2 &&
                   text.substr(before - 2, 3) == "def" &&
                   (before < 3 || !is_identifier_byte(text[before - 3]));
    if (!defined && !in_import(text, at)) {
      std::size_t next = text.find_first_not_of(" \t", at + name.size());
      if (next != std::string_view::npos && text[next] == '(')
        ++uses.calls;
      else
        uses.other = true;
    }
    return false; // every spelling counts
  });
}

/// The function of `module` whose definition starts at byte `start`.
const FunctionInfo *function_at(const ModuleModel &module, uint32_t start) {
  for (const auto *functions :
       {&module.functions(), &module.nested_functions()})
    for (const FunctionInfo &function : *functions)
      if (ts_node_start_byte(function.node) == start)
        return &function;
  return nullptr;
}

/// A function of a file, as the answers of ModuleCache::found_once keep it
/// (a module may be dropped between questions): "<file>\n<start byte>".
std::string function_key(const std::string &file, const FunctionInfo &function) {
  return file + "\n" + std::to_string(ts_node_start_byte(function.node));
}

/// The function `key` (function_key) names, in its module as module_in
/// keeps it loaded (the resolver's answers about a module dropped and
/// loaded again could be another tree's); nothing when it is gone.
Scope function_of_key(const ModuleCache &cache, const std::string &key) {
  std::size_t split = key.find('\n');
  const ModuleModel *module = cache.module_in(key.substr(0, split));
  const FunctionInfo *function =
      module ? function_at(*module, std::stoul(key.substr(split + 1)))
             : nullptr;
  return function ? Scope{module, function} : Scope{};
}

/// Works out unplaced_environment_writers for the files a process may load.
class UnplacedWriters {
public:
  UnplacedWriters(const NameResolver &resolver,
                  const std::vector<std::string> &files, std::string root)
      : resolver_(resolver), cache_(resolver.module_cache()), files_(files),
        root_(std::move(root)) {}

  /// The writers (function_key) that may run unplaced.
  std::vector<std::string> find() {
    std::vector<std::string> unplaced;
    for (const std::string &file : files_)
      for (const std::string &key : writers_in(file)) {
        Scope writer = function_of_key(cache_, key);
        if (!writer.function ||
            !placed_by_calls(*writer.module, *writer.function, kCallers))
          unplaced.push_back(key);
      }
    return unplaced;
  }

private:
  /// How many callers up a function is looked at: past that, hoist cannot
  /// tell.
  static constexpr int kCallers = 3;

  /// The functions of `file` whose own code writes the environment as
  /// hoist sees it (not code it calls: those callees are writers too).
  const std::vector<std::string> &writers_in(const std::string &file) {
    return cache_.found_once("environment writers\n" + file, [&] {
      std::vector<std::string> writers;
      // Kept loaded (module_in, not with_module): the resolver's answers
      // about a module dropped and loaded again could be another tree's.
      const ModuleModel *module = cache_.module_in(file);
      if (!module || !may_write_environment(module->tree().file()->text()) ||
          in_harmless_library(resolver_, *module))
        return writers;
      for (const auto *functions :
           {&module->functions(), &module->nested_functions()})
        for (const FunctionInfo &function : *functions) {
          std::vector<EnvironmentWrite> writes = environment_writes(
              resolver_, {module, &function},
              function.is_lambda ? function.node : function.body);
          if (std::any_of(writes.begin(), writes.end(),
                          [](const EnvironmentWrite &write) {
                            return !write.unseen;
                          }))
            writers.push_back(function_key(file, function));
        }
      return writers;
    });
  }

  /// How the files spell `name` (NameUses), as {calls, other}.
  const std::vector<std::string> &uses_of(const std::string &name) {
    return cache_.found_once("name uses\n" + root_ + "\n" + name, [&] {
      NameUses uses;
      for (const std::string &file : files_)
        cache_.with_module(file, [&](const ModuleModel &module) {
          add_uses(module.tree().file()->text(), name, uses);
        });
      return std::vector<std::string>{std::to_string(uses.calls),
                                      uses.other ? "other" : ""};
    });
  }

  /// The functions (function_key) whose own calls name `name` as callee.
  const std::vector<std::string> &callers_of(const std::string &name) {
    return cache_.found_once("callers\n" + root_ + "\n" + name, [&] {
      std::vector<std::string> callers;
      for (const std::string &file : files_)
        cache_.with_module(file, [&](const ModuleModel &module) {
          for (const auto *functions :
               {&module.functions(), &module.nested_functions()})
            for (const FunctionInfo &function : *functions)
              for (TSNode call : function.calls) {
                TSNode callee = field(call, "function");
                if (is(callee, "attribute"))
                  callee = field(callee, "attribute");
                if (module.tree().text(callee) == name) {
                  callers.push_back(function_key(file, function));
                  break;
                }
              }
        });
      return callers;
    });
  }

  /// True when `function` runs only where a call names it, and each
  /// function making such a call does too, `depth` callers up: then hoist
  /// follows every run of it (a call on the invoke path, or at INIT). Not
  /// a special method (`__lt__`, an Enum's `_missing_`), a function
  /// decorated otherwise (decorated_to_be_called), a lambda, a method a
  /// library may call (library_may_call), one whose name is bound other
  /// ways too (defined_as_others), or a function spelled otherwise (handed
  /// on).
  bool placed_by_calls(const ModuleModel &module, const FunctionInfo &function,
                       int depth) {
    const std::string &name = function.name;
    if (depth == 0 || function.is_lambda ||
        (name.size() > 2 && name.front() == '_' && name.back() == '_') ||
        !decorated_to_be_called(module, function) ||
        library_may_call(module, function) ||
        defined_as_others(module, function))
      return false;
    const std::vector<std::string> &uses = uses_of(name);
    if (!uses[1].empty())
      return false;
    // Never named: a module-level or nested function is dead code or an
    // entry point (a handler, which runs as its own function's invoke
    // path); a method may be a hook a library calls.
    if (uses[0] == "0")
      return function.class_name.empty();
    std::vector<std::string> callers = callers_of(name);
    for (const std::string &key : callers) {
      Scope caller = function_of_key(cache_, key);
      if (!caller.function ||
          (caller.function != &function &&
           !placed_by_calls(*caller.module, *caller.function, depth - 1)))
        return false;
    }
    return true;
  }

  /// True when the name a call of module-level `function` finds may be
  /// bound to something else, depending on how the module ran: the module
  /// binds the function's name (or its class's) more than once, or its
  /// class body defines the method more than once.
  static bool defined_as_others(const ModuleModel &module,
                                const FunctionInfo &function) {
    if (function.enclosing)
      return false;
    if (function.class_name.empty())
      return module.bound_more_than_once(function.name);
    const ClassInfo *cls = module.class_named(function.class_name);
    return module.bound_more_than_once(function.class_name) ||
           (cls && cls->methods_defined_more_than_once.count(function.name));
  }

  /// True when what `function`'s decorators leave runs when its name is
  /// called, and only then: a memoizing or context-manager wrapper
  /// (`functools.lru_cache`, `contextlib.contextmanager`), a static or
  /// class method, a project decorator (whose wrapper hoist follows where
  /// the decorated name is called). Not a getter (`@property`, under any
  /// name), nor a library's decorator, which may register it to be run
  /// elsewhere (`@app.route`, `@atexit.register`).
  bool decorated_to_be_called(const ModuleModel &module,
                              const FunctionInfo &function) const {
    static const std::set<std::string_view> callable = {
        "staticmethod",  "classmethod",    "abstractmethod",
        "overload",      "override",       "lru_cache",
        "cache",         "contextmanager", "asynccontextmanager"};
    for (TSNode decorator : function.decorators) {
      TSNode applied = ts_node_named_child(decorator, 0);
      if (is(applied, "call"))
        applied = field(applied, "function");
      std::string_view text = module.tree().text(applied);
      std::size_t dot = text.rfind('.');
      if (callable.count(dot == std::string_view::npos ? text
                                                       : text.substr(dot + 1)))
        continue;
      if (resolver_.resolve(applied, {&module, nullptr}).kind !=
          Symbol::Kind::Function)
        return false;
    }
    return true;
  }

  /// True when `function` is a method that library code may call by its
  /// name, with no call of the project's naming it: one of a class with a
  /// base that is not a project class (`threading.Thread`'s `run`,
  /// `json.JSONEncoder`'s `default`, `logging.Filter`'s `filter`), or whose
  /// name is a protocol's that library code calls on what it is handed
  /// (`write` of a stream `redirect_stdout` gets, `close` of what
  /// `contextlib.closing` closes, `keys` of a mapping `**` unpacks).
  bool library_may_call(const ModuleModel &module,
                        const FunctionInfo &function) const {
    if (function.class_name.empty())
      return false;
    static const std::set<std::string_view> protocols = {
        "keys",  "write", "writelines", "read",   "readline", "flush",
        "close", "run",   "default",    "filter", "emit",     "fileno"};
    if (protocols.count(function.name))
      return true;
    const ClassInfo *cls = module.class_named(function.class_name);
    if (!cls)
      return true; // a class hoist does not model (defined in a function)
    for (TSNode base : cls->bases) {
      if (module.tree().text(base) == "object")
        continue;
      if (resolver_.resolve(base, {&module, nullptr}).kind !=
          Symbol::Kind::Class)
        return true;
    }
    return false;
  }

  const NameResolver &resolver_;
  const ModuleCache &cache_;
  const std::vector<std::string> &files_;
  std::string root_;
};

} // namespace

std::vector<Scope>
special_methods_named(const NameResolver &resolver,
                      const std::vector<ReachedFunction> &reached) {
  std::vector<Scope> methods;
  // An instance made elsewhere (`CFG = EnvConfig()` at module level) runs
  // no more of what makes one.
  auto makes = [](const std::string &name) {
    return name == "__new__" || name == "__init__" ||
           name == "__init_subclass__" || name == "__set_name__";
  };
  std::vector<std::pair<const ClassInfo *, bool>> seen;
  std::function<void(const ModuleModel *, const ClassInfo *, bool)> add_class =
      [&](const ModuleModel *module, const ClassInfo *cls, bool instance) {
        if (!module || !cls ||
            std::count(seen.begin(), seen.end(), std::pair{cls, instance}))
          return;
        seen.emplace_back(cls, instance);
        for (const auto &[name, method] : cls->methods)
          if (name.size() > 2 && name.front() == '_' && name.back() == '_' &&
              !(instance && makes(name)) && !ts_node_is_null(method->body))
            methods.push_back({module, method});
        Scope top{module, nullptr};
        auto add_named = [&](TSNode node, bool of_instance) {
          Symbol symbol = resolver.resolve(node, top);
          if (symbol.kind == Symbol::Kind::Class)
            add_class(symbol.module, symbol.cls, of_instance);
        };
        for (TSNode base : cls->bases)
          add_named(base, instance);
        for (TSNode statement : named_children(field(cls->node, "body")))
          if (TSNode value = is(statement, "expression_statement")
                                 ? ts_node_named_child(statement, 0)
                                 : TSNode{};
              is(value, "assignment") && is(field(value, "right"), "call"))
            add_named(field(field(value, "right"), "function"), true);
      };
  for (const ReachedFunction &function : reached) {
    Scope scope{function.module, function.function};
    walk_named_descendants(function.function->node, [&](TSNode node) {
      if (!is(node, "identifier") && !is(node, "attribute"))
        return true;
      Symbol symbol = resolver.resolve(node, scope);
      if (symbol.kind == Symbol::Kind::Class ||
          symbol.kind == Symbol::Kind::Object)
        add_class(symbol.module, symbol.cls,
                  symbol.kind == Symbol::Kind::Object);
      else if (!symbol.known() && is(node, "identifier"))
        for (const Symbol &maker :
             makers_of(resolver, scope, std::string(
                                            function.module->tree().text(node))))
          add_class(maker.module, maker.cls, true);
      return true;
    });
  }
  return methods;
}

std::vector<Scope> unplaced_environment_writers(const NameResolver &resolver,
                                                const ModuleModel &module) {
  const ModuleCache &cache = resolver.module_cache();
  std::string root = cache.file_of(module);
  const std::vector<std::string> &found =
      cache.found_once("unplaced environment writers\n" + root, [&] {
        const std::vector<std::string> &files =
            files_loaded_with(resolver, {root});
        return UnplacedWriters(resolver, files, root).find();
      });
  std::vector<Scope> writers;
  for (const std::string &key : found)
    if (Scope writer = function_of_key(cache, key); writer.function)
      writers.push_back(writer);
  return writers;
}

} // namespace hoist::python
