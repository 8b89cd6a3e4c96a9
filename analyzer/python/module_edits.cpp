#include "python/module_edits.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iterator>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/identifier_words.h"
#include "core/source_encoding.h"
#include "python/introspection.h"
#include "python/stored_targets.h"

namespace hoist::python {

bool is_builtin_name(const std::string &name) {
  // Python 3.12's builtins module, public names and the dunders code reads.
  static const std::unordered_set<std::string> kBuiltins = {
      "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
      "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError",
      "BufferError", "BytesWarning", "ChildProcessError", "ConnectionAbortedError",
      "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
      "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning",
      "EnvironmentError", "Exception", "ExceptionGroup", "False",
      "FileExistsError", "FileNotFoundError", "FloatingPointError",
      "FutureWarning", "GeneratorExit", "IOError", "ImportError",
      "ImportWarning", "IndentationError", "IndexError", "InterruptedError",
      "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError",
      "MemoryError", "ModuleNotFoundError", "NameError", "None",
      "NotADirectoryError", "NotImplemented", "NotImplementedError",
      "OSError", "OverflowError", "PendingDeprecationWarning",
      "PermissionError", "ProcessLookupError", "RecursionError",
      "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
      "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning",
      "SystemError", "SystemExit", "TabError", "TimeoutError", "True",
      "TypeError", "UnboundLocalError", "UnicodeDecodeError",
      "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
      "UnicodeWarning", "UserWarning", "ValueError", "Warning",
      "ZeroDivisionError", "__build_class__", "__debug__", "__doc__",
      "__import__", "__loader__", "__name__", "__package__", "__spec__",
      "__file__", "abs", "aiter", "all", "anext", "any", "ascii", "bin",
      "bool", "breakpoint", "bytearray", "bytes", "callable", "chr",
      "classmethod", "compile", "complex", "copyright", "credits", "delattr",
      "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter",
      "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash",
      "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
      "len", "license", "list", "locals", "map", "max", "memoryview", "min",
      "next", "object", "oct", "open", "ord", "pow", "print", "property",
      "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice",
      "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
      "vars", "zip"};
  return kBuiltins.count(name) > 0;
}

std::string dedented(const SyntaxTree &tree, TSNode node) {
  std::string_view source = tree.file()->text();
  TextRange range = tree.range(node);
  std::size_t line = source.rfind('\n', range.begin == 0 ? 0 : range.begin - 1);
  line = line == std::string_view::npos || range.begin == 0 ? 0 : line + 1;
  std::size_t indent = 0;
  while (line + indent < range.begin &&
         (source[line + indent] == ' ' || source[line + indent] == '\t'))
    ++indent;
  std::string_view text = tree.text(node);
  if (indent == 0 || text.find('\n') == std::string_view::npos)
    return std::string(text);
  // The strings that span lines: their lines are their contents.
  std::vector<TextRange> strings;
  auto note = [&](TSNode inner) {
    if (!is(inner, "string"))
      return true;
    if (tree.text(inner).find('\n') != std::string_view::npos)
      strings.push_back(tree.range(inner));
    return false;
  };
  note(node);
  walk_named_descendants(node, note);
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = std::min(text.find('\n', at), text.size() - 1) + 1;
    std::size_t offset = range.begin + at;
    bool in_string = std::any_of(
        strings.begin(), strings.end(), [&](const TextRange &string) {
          return string.begin < offset && offset < string.end;
        });
    std::size_t skip = 0;
    if (at > 0 && !in_string)
      while (skip < indent && at + skip < end &&
             (text[at + skip] == ' ' || text[at + skip] == '\t'))
        ++skip;
    out.append(text.substr(at + skip, end - at - skip));
    at = end;
  }
  return out;
}

std::vector<std::string> names_read(const SyntaxTree &tree, TSNode expression) {
  // The child that names an attribute or a keyword, not a variable.
  auto name_part = [](TSNode node) {
    if (is(node, "attribute"))
      return field(node, "attribute");
    if (is(node, "keyword_argument"))
      return field(node, "name");
    return TSNode{};
  };
  // The walk meets a parent before its children: it notes those parts as it
  // goes (asking each identifier for its parent walks down from the root).
  std::vector<TSNode> not_read{name_part(ts_node_parent(expression))};
  std::vector<std::string> names;
  auto visit = [&](TSNode node) {
    if (TSNode part = name_part(node); !ts_node_is_null(part))
      not_read.push_back(part);
    if (!is(node, "identifier"))
      return;
    for (TSNode part : not_read)
      if (ts_node_eq(part, node))
        return;
    names.emplace_back(tree.text(node));
  };
  visit(expression);
  for_each_in_scope(expression, visit);
  return names;
}

TSNode ModuleEdits::top_level_statement(TSNode node) const {
  TSNode root = module_.tree().root();
  // Found by position: asking each ancestor for its parent walks down from
  // the root every time. Siblings do not overlap, so the root's child that
  // holds a node of this tree with any width is its ancestor.
  if (!ts_node_is_null(node) && node.tree == root.tree &&
      !ts_node_eq(node, root) &&
      ts_node_start_byte(node) < ts_node_end_byte(node)) {
    TSNode child = ts_node_first_child_for_byte(root, ts_node_start_byte(node));
    if (!ts_node_is_null(child) &&
        ts_node_start_byte(child) <= ts_node_start_byte(node) &&
        ts_node_end_byte(node) <= ts_node_end_byte(child))
      return child;
  }
  while (!ts_node_is_null(node) && !ts_node_eq(ts_node_parent(node), root))
    node = ts_node_parent(node);
  return node;
}

bool ModuleEdits::is_main_block(TSNode statement) const {
  return is(statement, "if_statement") &&
         module_.tree().text(field(statement, "condition")).find("__name__") !=
             std::string_view::npos;
}

std::optional<TSNode> ModuleEdits::script_branch(TSNode statement) const {
  if (!is(statement, "if_statement"))
    return std::nullopt;
  const SyntaxTree &tree = module_.tree();
  TSNode test = unparenthesize(field(statement, "condition"));
  if (!is(test, "comparison_operator") || ts_node_named_child_count(test) != 2)
    return std::nullopt;
  TSNode name = ts_node_named_child(test, 0);
  TSNode value = ts_node_named_child(test, 1);
  if (tree.text(name) != "__name__")
    std::swap(name, value);
  if (tree.text(name) != "__name__" || string_value(tree, value) != "__main__")
    return std::nullopt;
  std::string_view op = tree.text(ts_node_child(test, 1));
  if (op == "==")
    return field(statement, "consequence");
  if (op != "!=")
    return std::nullopt;
  // Past an `elif`, what runs is the `elif`'s business.
  TSNode alternative = field(statement, "alternative");
  return is(alternative, "else_clause") || ts_node_is_null(alternative)
             ? std::optional<TSNode>(alternative)
             : std::nullopt;
}

bool ModuleEdits::runs_only_as_script(TSNode node) const {
  std::optional<TSNode> branch = script_branch(top_level_statement(node));
  return branch && !ts_node_is_null(*branch) &&
         ts_node_start_byte(node) >= ts_node_start_byte(*branch) &&
         ts_node_end_byte(node) <= ts_node_end_byte(*branch);
}

TSNode callee_root(TSNode callee) {
  callee = unparenthesize(callee);
  while (is(callee, "attribute") || is(callee, "subscript") ||
         is(callee, "call"))
    callee = unparenthesize(is(callee, "attribute")   ? field(callee, "object")
                            : is(callee, "subscript") ? field(callee, "value")
                                                      : field(callee, "function"));
  return callee;
}

namespace {

/// True when calling what `root` (a callee's root name) gives may look up a
/// module-level name by a string (`getattr(sys.modules[__name__],
/// "handler")`, `vars()["handler"]`, `eval("handler(...)")`).
bool looks_up_by_name(std::string_view root) {
  static const char *kLookups[] = {"getattr", "vars",  "locals",    "globals",
                                   "eval",    "exec",  "__import__"};
  return std::count(std::begin(kLookups), std::end(kLookups), root) > 0;
}

/// True when `callee` is a namespace mapping's own function or method
/// (`globals`, `vars(config)`, `globals().setdefault`): the call reads or
/// writes the mapping, and calls none of what it holds.
bool namespace_mapping_call(const SyntaxTree &tree, TSNode callee) {
  auto mapping = [&](TSNode node) {
    std::string_view name = tree.text(node);
    return is(node, "identifier") &&
           (name == "globals" || name == "vars" || name == "locals");
  };
  callee = unparenthesize(callee);
  if (mapping(callee))
    return true;
  TSNode object =
      is(callee, "attribute") ? unparenthesize(field(callee, "object")) : TSNode{};
  return is(object, "call") && mapping(field(object, "function"));
}

/// True when `value` is the module itself, looked up by its name
/// (`sys.modules[__name__]`, `importlib.import_module(__name__)`), whose
/// attributes are its own functions.
bool is_this_module(const SyntaxTree &tree, TSNode value) {
  value = unparenthesize(value);
  TSNode key{};
  if (is(value, "subscript")) {
    key = field(value, "subscript");
  } else if (is(value, "call")) {
    std::string_view callee = tree.text(field(value, "function"));
    if (callee == "__import__" ||
        (callee.size() >= 13 &&
         callee.substr(callee.size() - 13) == "import_module"))
      key = ts_node_named_child(field(value, "arguments"), 0);
  }
  return !ts_node_is_null(key) && tree.text(key) == "__name__";
}

/// True when `node` reads one of `names` as a variable, in the lambdas and
/// functions it holds too (`lambda e: handler(e, None)`).
bool reads_any(const SyntaxTree &tree, TSNode node,
               const std::unordered_set<std::string> &names) {
  if (is(node, "identifier"))
    return names.count(std::string(tree.text(node))) > 0;
  bool found = false;
  walk_named_descendants(node, [&](TSNode inner, TSNode parent) {
    if (found)
      return false;
    if (is(inner, "identifier") &&
        !(is(parent, "attribute") &&
          ts_node_eq(field(parent, "attribute"), inner)) &&
        !(is(parent, "keyword_argument") &&
          ts_node_eq(field(parent, "name"), inner)))
      found = names.count(std::string(tree.text(inner))) > 0;
    return !found;
  });
  return found;
}

/// True when `value` is a display of literal data only (`[{"region_name":
/// "us-east-1"}]`): strings, numbers, booleans, None and displays of them.
bool literal_data(TSNode value) {
  value = unparenthesize(value);
  if (!is(value, "list") && !is(value, "dictionary") && !is(value, "tuple") &&
      !is(value, "set"))
    return false;
  bool plain = true;
  walk_named_descendants(value, [&](TSNode node) {
    plain = plain &&
            (is(node, "list") || is(node, "dictionary") || is(node, "tuple") ||
             is(node, "set") || is(node, "pair") || is(node, "string") ||
             is(node, "string_start") || is(node, "string_content") ||
             is(node, "string_end") || is(node, "escape_sequence") ||
             is(node, "concatenated_string") || is(node, "integer") ||
             is(node, "float") || is(node, "true") || is(node, "false") ||
             is(node, "none") || is(node, "comment"));
    return plain;
  });
  return plain;
}

/// The names module-level loops bind to items of literal data (`for _t in
/// TARGETS`, `for _n, _cfg in SERVICES.items()`, where the module binds the
/// name once, to a display of literals, and its own code uses it nowhere but
/// as such a loop's iterable): they hold data, never code.
std::unordered_set<std::string> data_loop_targets(const ModuleModel &module) {
  const SyntaxTree &tree = module.tree();
  const ScopeBindings &bindings = module.bindings();
  auto iterated = [&](TSNode right) -> std::string {
    right = unparenthesize(right);
    if (TSNode callee = field(right, "function");
        is(right, "call") && is(callee, "attribute") &&
        named_children(field(right, "arguments")).empty()) {
      std::string_view method = tree.text(field(callee, "attribute"));
      if (method == "items" || method == "values" || method == "keys")
        right = field(callee, "object");
    }
    if (!is(right, "identifier"))
      return "";
    std::string name(tree.text(right));
    auto values = bindings.assignments.find(name);
    if (values == bindings.assignments.end() || values->second.size() != 1 ||
        !literal_data(values->second.front()) || bindings.others.count(name) ||
        bindings.imports.count(name))
      return "";
    // Each use at module level: its binding, or a loop's iterable.
    bool only_iterated = true;
    for_each_in_scope_and_class_bodies(tree.root(), [&](TSNode node) {
      if (!only_iterated || !is(node, "identifier") || tree.text(node) != name)
        return only_iterated;
      TSNode parent = ts_node_parent(node);
      TSNode use = is(parent, "attribute") ? ts_node_parent(parent) : node;
      TSNode loop = ts_node_parent(use);
      only_iterated =
          (is(parent, "assignment") && ts_node_eq(field(parent, "left"), node)) ||
          (is(loop, "for_statement") && ts_node_eq(field(loop, "right"), use));
      return only_iterated;
    });
    return only_iterated ? name : "";
  };
  std::unordered_set<std::string> targets;
  for (TSNode statement : named_children(tree.root())) {
    if (!is(statement, "for_statement") ||
        iterated(field(statement, "right")).empty())
      continue;
    TSNode left = field(statement, "left");
    if (is(left, "identifier"))
      targets.emplace(tree.text(left));
    walk_named_descendants(left, [&](TSNode node) {
      if (is(node, "identifier"))
        targets.emplace(tree.text(node));
      return true;
    });
  }
  for (auto it = targets.begin(); it != targets.end();)
    it = module.function_named(*it) || module.class_named(*it) ||
                 bindings.assignments.count(*it) || bindings.imports.count(*it)
             ? targets.erase(it)
             : std::next(it);
  return targets;
}

/// The names module code binds only as the target of `with open(...) as
/// f` (the builtin `open`, or a path's `.open()`): file objects, which hold
/// none of the module's code.
std::unordered_set<std::string> file_targets(const ModuleModel &module) {
  const SyntaxTree &tree = module.tree();
  const ScopeBindings &bindings = module.bindings();
  auto opens_file = [&](TSNode value) {
    value = unparenthesize(value);
    TSNode callee = field(value, "function");
    return is(value, "call") &&
           ((is(callee, "identifier") && tree.text(callee) == "open" &&
             !bindings.binds("open")) ||
            (is(callee, "attribute") &&
             tree.text(field(callee, "attribute")) == "open"));
  };
  std::unordered_set<std::string> files, others;
  for_each_in_scope_and_class_bodies(tree.root(), [&](TSNode node) {
    for (TSNode target : stored_targets(node))
      if (is(target, "identifier"))
        (is(node, "as_pattern") && is(ts_node_parent(node), "with_item") &&
                 opens_file(ts_node_named_child(node, 0))
             ? files
             : others)
            .emplace(tree.text(target));
    return true;
  });
  for (auto it = files.begin(); it != files.end();)
    it = others.count(*it) || module.function_named(*it) ||
                 module.class_named(*it) || bindings.imports.count(*it)
             ? files.erase(it)
             : std::next(it);
  return files;
}

} // namespace

const std::unordered_set<std::string> &ModuleEdits::own_callables() const {
  if (own_callables_)
    return *own_callables_;
  own_callables_.emplace();
  std::unordered_set<std::string> &own = *own_callables_;
  // Its functions and classes are among the names bound otherwise.
  const SyntaxTree &tree = module_.tree();
  const ScopeBindings &bindings = module_.bindings();
  own.insert(bindings.others.begin(), bindings.others.end());
  for (const std::string &data : data_loop_targets(module_))
    own.erase(data);
  for (const std::string &file : file_targets(module_))
    own.erase(file);
  // An object of the module that a definition's decorator
  // (`@app.get("/files")`) or a method call given its code
  // (`app.include_router(router)`) hands that code to keeps it: a later
  // call through it may run it (`app.resolve(event, None)` runs the route).
  auto given_own_code = [&](TSNode node) {
    TSNode callee{};
    if (is(node, "decorator") && is(ts_node_parent(node), "decorated_definition")) {
      callee = ts_node_named_child(node, 0);
      if (is(callee, "call"))
        callee = field(callee, "function");
    } else if (is(node, "call") && is(field(node, "function"), "attribute") &&
               reads_any(tree, field(node, "arguments"), own)) {
      callee = field(node, "function");
    }
    if (!is(callee, "attribute"))
      return std::string();
    TSNode root = callee_root(callee);
    std::string name(is(root, "identifier") ? tree.text(root) : "");
    return bindings.assignments.count(name) ? name : std::string();
  };
  // An alias of an alias: until no name is added.
  for (bool added = true; added;) {
    added = false;
    for (const auto &[name, values] : bindings.assignments)
      if (!own.count(name) &&
          std::any_of(values.begin(), values.end(), [&](TSNode value) {
            return reads_any(tree, value, own) || is_this_module(tree, value);
          })) {
        own.insert(name);
        added = true;
      }
    for_each_in_scope(tree.root(), [&](TSNode node) {
      if (std::string holder = given_own_code(node);
          !holder.empty() && own.insert(holder).second)
        added = true;
      return true;
    });
  }
  return own;
}

namespace {

/// True when `function` calls (a method of) its first parameter, after a
/// method's `self` or `cls`, in its own body.
bool calls_first_parameter(const SyntaxTree &tree,
                           const FunctionInfo &function) {
  const Parameter *given = function.first_given_parameter();
  // A lambda that makes a lambda (`lambda fn: lambda e, c: fn(e, c)`)
  // calls it later, from what it makes.
  if (!given || is(function.body, "lambda"))
    return false;
  const std::string &parameter = given->name;
  bool calls = false;
  for_each_in_scope(function.body, [&](TSNode node) {
    if (!calls && is(node, "call")) {
      TSNode root = callee_root(field(node, "function"));
      calls = is(root, "identifier") && tree.text(root) == parameter;
    }
    return !calls;
  });
  return calls;
}

} // namespace

bool ModuleEdits::calls_what_it_decorates(TSNode expression) const {
  bool factory = is(expression, "call");
  TSNode name = factory ? field(expression, "function") : expression;
  const ModuleModel *module = &module_;
  const FunctionInfo *function =
      is(name, "identifier")
          ? module_.function_named(std::string(module_.tree().text(name)))
          : nullptr;
  // Another module's decorator (`@warmers.warm`, `from warmers import
  // warm`), or a class whose instance replaces what it decorates.
  if (!function && resolver_) {
    Symbol symbol = resolver_->resolve(name, {&module_, nullptr});
    if (symbol.kind == Symbol::Kind::Class && !factory)
      symbol = resolver_->member(symbol, "__init__");
    if (symbol.kind == Symbol::Kind::Function && symbol.module) {
      function = symbol.function;
      module = symbol.module;
    }
  }
  if (!function)
    return false;
  const SyntaxTree &tree = module->tree();
  if (!factory)
    return calls_first_parameter(tree, *function);
  for (const auto &[_, made] : function->nested)
    if (calls_first_parameter(tree, *made))
      return true;
  return false;
}

bool ModuleEdits::class_creation_runs_own_code(TSNode definition,
                                               int depth) const {
  constexpr int kMaxBases = 8;
  TSNode bases = field(definition, "superclasses");
  if (ts_node_is_null(bases) || depth > kMaxBases)
    return false;
  const SyntaxTree &tree = module_.tree();
  auto method_calls_own_code = [&](const ClassInfo &cls, const char *name) {
    auto method = cls.methods.find(name);
    bool calls = false;
    if (method != cls.methods.end())
      for_each_in_scope(method->second->body, [&](TSNode node) {
        calls = calls || calls_own_code(node);
        return !calls;
      });
    return calls;
  };
  for (TSNode base : named_children(bases)) {
    bool metaclass = is(base, "keyword_argument");
    if (metaclass && tree.text(field(base, "name")) != "metaclass")
      continue;
    TSNode named = metaclass ? field(base, "value") : base;
    const ClassInfo *cls =
        is(named, "identifier") ? module_.class_named(std::string(tree.text(named)))
                                : nullptr;
    if (metaclass && !cls && reads_any(tree, named, own_callables()))
      return true; // a function of the module as the metaclass
    if (!cls)
      continue;
    if (metaclass ? method_calls_own_code(*cls, "__new__") ||
                        method_calls_own_code(*cls, "__init__") ||
                        method_calls_own_code(*cls, "__prepare__")
                  : method_calls_own_code(*cls, "__init_subclass__") ||
                        class_creation_runs_own_code(cls->node, depth + 1))
      return true;
  }
  return false;
}

bool ModuleEdits::declared_global(const std::string &name) const {
  for (const FunctionInfo &function : module_.functions())
    if (function.bindings.globals.count(name) ||
        function.bindings.declared_in_nested.count(name))
      return true;
  return false;
}

bool ModuleEdits::bound_by_namespace_write(const std::string &name) const {
  const ScopeBindings &bindings = module_.bindings();
  if (name.empty() || is_builtin_name(name) || bindings.binds(name) ||
      !bindings.wildcard_modules.empty())
    return false;
  return !declared_global(name);
}

bool ModuleEdits::calls_own_code(TSNode node) const {
  if (!is(node, "call"))
    return false;
  const SyntaxTree &tree = module_.tree();
  const std::unordered_set<std::string> &own = own_callables();
  TSNode callee = field(node, "function");
  TSNode root = callee_root(callee);
  std::string name(is(root, "identifier") ? tree.text(root) : "");
  // `setattr(Session, "create_client", patched)` stores what it is given.
  bool stores_only = is(callee, "identifier") && name == "setattr" &&
                     !module_.bindings().binds(name);
  // A router adapter makes an object that runs the app it is given when it
  // is called, not when it is made (`handler = make_lambda_handler(app)`).
  if (resolver_ && !own.count(name) &&
      resolver_->catalogue().router_adapter(resolver_->called_path(
          node, {&module_, nullptr})) == ApiCatalogue::RouterAdapter::Makes)
    stores_only = true;
  // Only where the module's own names are read: a function's or a class's
  // body binds names of its own.
  auto at_module_scope = [&] {
    for (TSNode up = ts_node_parent(node); !ts_node_is_null(up);
         up = ts_node_parent(up))
      if (opens_scope(up))
        return false;
    return true;
  };
  return (own.count(name) && !(is(callee, "identifier") &&
                                is_leaf_function(name))) ||
         (looks_up_by_name(name) && !namespace_mapping_call(tree, callee)) ||
         (bound_by_namespace_write(name) && at_module_scope()) ||
         tree.text(callee).find("__name__") != std::string_view::npos ||
         (!is(root, "identifier") && reads_any(tree, root, own)) ||
         (!stores_only && reads_any(tree, field(node, "arguments"), own));
}

bool ModuleEdits::is_leaf_function(const std::string &name) const {
  const FunctionInfo *function = module_.function_named(name);
  if (!resolver_ || !function || function->bindings.globals.empty() ||
      !function->decorators.empty() ||
      module_.bound_more_than_once(name) || declared_global(name) ||
      module_.bindings().assignments.count(name) ||
      module_.bindings().imports.count(name))
    return false;
  const SyntaxTree &tree = module_.tree();
  const std::unordered_set<std::string> &own = own_callables();
  bool leaf = true;
  walk_named_descendants(function->node, [&](TSNode node) {
    if (ts_node_eq(node, function->name_node))
      return true;
    if (is(node, "identifier")) {
      std::string_view text = tree.text(node);
      leaf = leaf && !own.count(std::string(text)) && text != "__name__" &&
             !looks_up_by_name(text);
    }
    // A construction there is one a fix may replace by the name it adds.
    if (is(node, "call"))
      leaf = leaf && !resolver_->catalogue().find(
                         resolver_->called_path(node, {&module_, function}));
    return leaf;
  });
  return leaf;
}

bool ModuleEdits::imports_code_calling_back(TSNode statement) const {
  if (!resolver_)
    return false;
  const SyntaxTree &tree = module_.tree();
  std::vector<std::string> paths;
  if (is(statement, "import_from_statement"))
    paths.emplace_back(tree.text(field(statement, "module_name")));
  else if (is(statement, "import_statement"))
    for (TSNode name : fields(statement, "name"))
      paths.emplace_back(
          tree.text(is(name, "aliased_import") ? field(name, "name") : name));
  // The module may be loaded twice (as checked, and as imported): by file.
  const ModuleCache &cache = resolver_->module_cache();
  const std::string file = cache.file_of(module_);
  std::filesystem::path stem = std::filesystem::path(file).stem();
  const std::string name = stem == "__init__"
                               ? std::filesystem::path(file).parent_path().filename().string()
                               : stem.string();
  for (const std::string &path : paths) {
    const ModuleModel *imported = resolver_->imported(path, module_).module;
    // Code that calls this module's functions names the module.
    if (!imported || cache.file_of(*imported) == file ||
        imported->tree().text(imported->tree().root()).find(name) ==
            std::string_view::npos)
      continue;
    ModuleEdits edits(*imported);
    bool calls_back = false;
    for_each_in_scope_and_class_bodies(imported->tree().root(), [&](TSNode node) {
      if (calls_back || edits.runs_only_as_script(node))
        return false;
      if (is(node, "call")) {
        Scope callee = resolver_->called_scope(node, {imported, nullptr});
        calls_back = callee.function && cache.file_of(*callee.module) == file;
      }
      return !calls_back;
    });
    if (calls_back)
      return true;
  }
  return false;
}

bool ModuleEdits::runs_own_code(TSNode statement) const {
  // A script's block runs the module's code as a script (`main()`, and
  // `unittest.main()` runs the tests it finds there), unless it calls
  // and imports nothing (`REGION = "local"`); the body of `if __name__ !=
  // "__main__":` is code like any other.
  if (std::optional<TSNode> branch = script_branch(statement);
      is_main_block(statement) && (!branch || !ts_node_is_null(*branch))) {
    bool calls = false;
    for_each_in_scope_and_class_bodies(statement, [&](TSNode node) {
      calls = calls || is(node, "call") || is(node, "decorator") ||
              is(node, "import_statement") || is(node, "import_from_statement");
      return !calls;
    });
    return calls;
  }
  if (imports_code_calling_back(statement))
    return true;
  bool runs = false;
  auto visit = [&](TSNode node) {
    runs = runs || calls_own_code(node);
    return !runs;
  };
  TSNode definition = statement;
  if (is(statement, "decorated_definition")) {
    // A decorator of the module that calls what it decorates
    // (`cls.handle({}, None)`), or one a factory of the module makes that
    // does (`@warm({}, None)`). What a decorator factory is given runs too
    // (`@keep(handler({}, None))`).
    for (TSNode decorator : named_children(statement)) {
      TSNode expression = ts_node_named_child(decorator, 0);
      if (is(decorator, "decorator") && calls_what_it_decorates(expression))
        return true;
      if (is(decorator, "decorator") && is(expression, "call"))
        for_each_in_scope(field(expression, "arguments"), visit);
      if (runs)
        return true;
    }
    definition = field(statement, "definition");
  }
  if (is(definition, "function_definition")) {
    // Default values run when the function is defined.
    for (TSNode parameter : named_children(field(definition, "parameters")))
      if (TSNode value = field(parameter, "value"); !ts_node_is_null(value)) {
        visit(value);
        for_each_in_scope(value, visit);
      }
    return runs;
  }
  if (is(definition, "class_definition")) {
    if (class_creation_runs_own_code(definition))
      return true;
    // Its bases and its body run when the class is defined.
    if (TSNode bases = field(definition, "superclasses"); !ts_node_is_null(bases))
      for_each_in_scope(bases, visit);
    for_each_in_scope_and_class_bodies(field(definition, "body"), visit);
    return runs;
  }
  for_each_in_scope(statement, visit);
  return runs;
}

TSNode ModuleEdits::first_own_code() const {
  if (!first_own_code_) {
    first_own_code_.emplace();
    for (TSNode statement : named_children(module_.tree().root()))
      if (runs_own_code(statement)) {
        first_own_code_ = statement;
        break;
      }
  }
  return *first_own_code_;
}

std::size_t ModuleEdits::line_after(TSNode statement) const {
  const SourceFile &file = *module_.tree().file();
  std::size_t end = module_.tree().range(statement).end;
  std::size_t line = file.position(end).line;
  return line < file.lines().line_count() ? file.lines().line_start(line + 1)
                                          : file.text().size();
}

namespace {

bool is_import(TSNode node) {
  return is(node, "import_statement") || is(node, "import_from_statement") ||
         is(node, "future_import_statement");
}

bool before(TSNode a, TSNode b) {
  return ts_node_is_null(b) || ts_node_start_byte(a) < ts_node_start_byte(b);
}

/// True when `statement` is a call of a method of one of the names `bound`
/// (`logger.setLevel(...)`, `app.config.update(...)`).
bool configures_bound(const SyntaxTree &tree, TSNode statement,
                      const std::unordered_set<std::string> &bound) {
  TSNode call = is(statement, "expression_statement")
                    ? ts_node_named_child(statement, 0)
                    : TSNode{};
  if (!is(call, "call") || !is(field(call, "function"), "attribute"))
    return false;
  TSNode object = callee_root(field(call, "function"));
  return is(object, "identifier") && bound.count(std::string(tree.text(object)));
}

/// True when the import statement `statement` binds `name`.
bool import_binds(const SyntaxTree &tree, TSNode statement,
                  const std::string &name) {
  for (TSNode part : fields(statement, "name")) {
    TSNode alias = is(part, "aliased_import") ? field(part, "alias") : part;
    std::string_view text = tree.text(alias);
    if (text.substr(0, text.find('.')) == name)
      return true;
  }
  return false;
}

} // namespace

TSNode ModuleEdits::last_import_before(TSNode limit) const {
  TSNode last{};
  for (TSNode statement : named_children(module_.tree().root())) {
    if (!before(statement, limit))
      break;
    bool imports = is_import(statement);
    if (!imports &&
        (is(statement, "try_statement") || is(statement, "if_statement")))
      for_each_in_scope(statement, [&](TSNode node) {
        imports = imports || is_import(node);
        return !imports;
      });
    if (imports)
      last = statement;
  }
  return last;
}

const std::vector<TSNode> &
ModuleEdits::binding_statements(const std::string &name) const {
  auto &memo = module_.edits_memo().binding_statements;
  if (auto known = memo.find(name); known != memo.end())
    return known->second;
  const SyntaxTree &tree = module_.tree();
  std::vector<TSNode> &found = memo[name];
  const ScopeBindings &bindings = module_.bindings();
  if (auto it = bindings.assignments.find(name);
      it != bindings.assignments.end())
    for (TSNode value : it->second)
      found.push_back(top_level_statement(value));
  if (bindings.imports.count(name))
    for (TSNode statement : named_children(tree.root())) {
      bool binds = is_import(statement) && import_binds(tree, statement, name);
      if (!is_import(statement))
        for_each_in_scope(statement, [&](TSNode node) {
          binds = binds || (is_import(node) && import_binds(tree, node, name));
          return !binds && !is_import(node);
        });
      if (binds)
        found.push_back(statement);
    }
  for (const FunctionInfo &function : module_.functions())
    if (function.class_name.empty() && function.name == name)
      found.push_back(top_level_statement(function.node));
  if (const ClassInfo *cls = module_.class_named(name))
    found.push_back(top_level_statement(cls->node));
  if (bindings.others.count(name)) // loop targets and the like: where they are
    for (TSNode statement : named_children(tree.root()))
      if (!is(statement, "function_definition") &&
          !is(statement, "class_definition") &&
          !is(statement, "decorated_definition"))
        for (const std::string &read : names_read(tree, statement))
          if (read == name) {
            found.push_back(statement);
            break;
          }
  return found;
}

bool ModuleEdits::imported_at_init(const std::string &name) const {
  const SyntaxTree &tree = module_.tree();
  TSNode limit = first_own_code();
  for (TSNode statement : named_children(tree.root())) {
    if (!before(statement, limit))
      break;
    if (is_import(statement) && import_binds(tree, statement, name))
      return true;
  }
  return false;
}

namespace {

/// True when `block` binds `name` by an assignment or an import of its own
/// code (not of a function or class it defines).
bool binds_in(const SyntaxTree &tree, TSNode block, const std::string &name) {
  bool binds = false;
  for_each_in_scope(block, [&](TSNode node) {
    if (binds)
      return false;
    if (is_import(node))
      binds = import_binds(tree, node, name);
    else if (is(node, "assignment") || is(node, "named_expression"))
      binds = is(ts_node_named_child(node, 0), "identifier") &&
              tree.text(ts_node_named_child(node, 0)) == name;
    return !binds;
  });
  return binds;
}

/// True when every way through `statement`, a module-level `if`, `try` or
/// `for`, binds `name`: each branch, with an `else`; the body and each
/// handler; a loop over values written out, which ModuleModel binds its
/// target to (`for REGION in (a, b)`: it runs at least once).
bool binds_on_every_way(const ModuleModel &module, TSNode statement,
                        const std::string &name) {
  const SyntaxTree &tree = module.tree();
  if (is(statement, "for_statement")) {
    auto values = module.bindings().assignments.find(name);
    TSNode iterated = field(statement, "right");
    return values != module.bindings().assignments.end() &&
           std::any_of(values->second.begin(), values->second.end(),
                       [&](TSNode value) {
                         return ts_node_start_byte(value) >=
                                    ts_node_start_byte(iterated) &&
                                ts_node_end_byte(value) <=
                                    ts_node_end_byte(iterated);
                       });
  }
  bool every = true, otherwise = false;
  if (is(statement, "if_statement")) {
    every = binds_in(tree, field(statement, "consequence"), name);
    for (TSNode branch : named_children(statement))
      if (is(branch, "elif_clause") || is(branch, "else_clause")) {
        every = every && binds_in(tree, branch, name);
        otherwise = otherwise || is(branch, "else_clause");
      }
    return every && otherwise;
  }
  if (!is(statement, "try_statement"))
    return false;
  every = binds_in(tree, field(statement, "body"), name);
  for (TSNode clause : named_children(statement))
    if (is(clause, "except_clause"))
      every = every && binds_in(tree, clause, name);
  return every;
}

} // namespace

std::string ModuleEdits::bound_only_sometimes(const std::string &name) const {
  const SyntaxTree &tree = module_.tree();
  std::vector<TSNode> statements = binding_statements(name);
  TSNode conditional{};
  for (TSNode statement : statements) {
    if (is(statement, "if_statement") || is(statement, "try_statement") ||
        is(statement, "for_statement") || is(statement, "while_statement")) {
      if (binds_on_every_way(module_, statement, name))
        return "";
      if (ts_node_is_null(conditional))
        conditional = statement;
      continue;
    }
    return "";
  }
  if (ts_node_is_null(conditional))
    return "";
  std::string head(tree.text(conditional));
  head = head.substr(0, head.find_first_of(":\n"));
  return "the module binds '" + name + "' only under '" + head + "'";
}

std::size_t ModuleEdits::start_of_code() const {
  // After a module docstring (comments may come before it: a licence
  // header), else after the comments that must stay on the first two lines
  // (a shebang, an encoding declaration: PEP 263), else at the top.
  const SyntaxTree &tree = module_.tree();
  const SourceFile &file = *tree.file();
  std::size_t start = file.bom_length();
  for (TSNode child : named_children(tree.root())) {
    if (is(child, "expression_statement") &&
        is(ts_node_named_child(child, 0), "string"))
      return line_after(child);
    if (!is(child, "comment"))
      break;
    const std::string_view comment = tree.text(child);
    const std::size_t line = file.position(tree.range(child).begin).line;
    if ((line == 0 && comment.rfind("#!", 0) == 0) ||
        (line <= 1 && declared_encoding_name(comment)))
      start = line_after(child);
  }
  return start;
}

std::optional<std::pair<std::size_t, bool>>
ModuleEdits::insertion_point(const std::vector<std::string> &names,
                             const std::vector<TSNode> &after) const {
  TSNode limit = first_own_code();
  TSNode anchor = last_import_before(limit);
  bool anchor_is_import = !ts_node_is_null(anchor);
  auto follow = [&](TSNode statement) {
    if (ts_node_is_null(statement))
      return true;
    if (!before(statement, limit))
      return false;
    if (ts_node_is_null(anchor) ||
        ts_node_start_byte(statement) > ts_node_start_byte(anchor)) {
      anchor = statement;
      anchor_is_import = false;
    }
    return true;
  };
  for (const std::string &name : names)
    for (TSNode statement : binding_statements(name))
      if (!follow(statement))
        return std::nullopt;
  for (TSNode node : after)
    if (!follow(top_level_statement(node)))
      return std::nullopt;
  if (!ts_node_is_null(anchor)) {
    // Join the module-level setup that follows (constants, clients already
    // built at INIT), so hoisted code keeps source order, and the calls that
    // configure a name it binds (`logger = logging.getLogger()`, then
    // `logger.setLevel(...)`), so as not to split that run.
    std::unordered_set<std::string> bound;
    auto note_binding = [&](TSNode statement) {
      TSNode assignment = is(statement, "expression_statement")
                              ? ts_node_named_child(statement, 0)
                              : TSNode{};
      if (!is(assignment, "assignment"))
        return false;
      if (TSNode target = field(assignment, "left"); is(target, "identifier"))
        bound.emplace(module_.tree().text(target));
      return true;
    };
    note_binding(anchor);
    for (TSNode next = ts_node_next_named_sibling(anchor);
         !ts_node_is_null(next) && before(next, limit);
         next = ts_node_next_named_sibling(next)) {
      if (is(next, "comment"))
        continue;
      if (!note_binding(next) &&
          !configures_bound(module_.tree(), next, bound))
        break;
      anchor = next;
      anchor_is_import = false;
    }
  }
  if (ts_node_is_null(anchor)) {
    std::size_t start = start_of_code();
    if (!ts_node_is_null(limit) &&
        module_.tree().range(limit).begin < start)
      return std::nullopt;
    return std::make_pair(start, start > 0);
  }
  // A statement of many lines (a dict, a call) is set apart from what
  // follows it, as after the imports.
  const SyntaxTree &tree = module_.tree();
  bool spans_lines = tree.file()->position(ts_node_start_byte(anchor)).line !=
                     tree.file()->position(ts_node_end_byte(anchor)).line;
  return std::make_pair(line_after(anchor), anchor_is_import || spans_lines);
}

std::optional<std::vector<Edit>>
ModuleEdits::insert_statements(const std::vector<std::string> &names,
                               const std::vector<std::string> &statements,
                               const std::vector<TSNode> &after) const {
  auto point = insertion_point(names, after);
  if (!point)
    return std::nullopt;
  auto [at, set_apart] = *point;
  const SourceFile &file = *module_.tree().file();
  std::string prefix;
  // A file whose last line has no newline needs one before new code.
  if (at == file.text().size() && at > 0 && file.text()[at - 1] != '\n')
    prefix = "\n";
  if (set_apart)
    prefix += "\n";
  std::vector<Edit> out;
  if (!prefix.empty())
    out.push_back({module_.tree().file(), {at, at}, prefix});
  for (const std::string &statement : statements)
    out.push_back({module_.tree().file(), {at, at}, statement});
  return out;
}

std::pair<std::string, std::optional<Edit>>
ModuleEdits::import_module(const std::string &module_name) const {
  const ScopeBindings &bindings = module_.bindings();
  for (const auto &[name, path] : bindings.imports)
    if (path == module_name && !bindings.assignments.count(name) &&
        !bindings.others.count(name) &&
        std::none_of(module_.functions().begin(), module_.functions().end(),
                     [&](const FunctionInfo &function) {
                       return function.bindings.globals.count(name) > 0;
                     }))
      return {name, std::nullopt};
  std::string name = free_at_module_scope(module_name)
                         ? module_name
                         : unused_name("_" + module_name);
  TSNode last = last_import_before(first_own_code());
  std::size_t at = ts_node_is_null(last) ? start_of_code() : line_after(last);
  const SourceFile &file = *module_.tree().file();
  std::string prefix =
      at == file.text().size() && at > 0 && file.text()[at - 1] != '\n' ? "\n"
                                                                        : "";
  std::string statement = "import " + module_name +
                          (name == module_name ? "" : " as " + name) + "\n";
  return {name, Edit{module_.tree().file(), {at, at}, prefix + statement}};
}

const std::unordered_set<std::string> &ModuleEdits::global_reads() const {
  std::optional<std::unordered_set<std::string>> &global_reads =
      module_.edits_memo().global_reads;
  if (global_reads)
    return *global_reads;
  global_reads.emplace();
  const SyntaxTree &tree = module_.tree();
  std::unordered_map<uint32_t, const FunctionInfo *> by_start;
  for (const FunctionInfo &function : module_.functions())
    by_start[ts_node_start_byte(function.node)] = &function;
  // Each identifier with the module-level function or method it is in
  // (null: module level or a class body); a nested function's names count
  // as its outer function's, which is conservative.
  std::vector<std::pair<TSNode, const FunctionInfo *>> stack{
      {tree.root(), nullptr}};
  while (!stack.empty()) {
    auto [node, owner] = stack.back();
    stack.pop_back();
    if (!owner && is(node, "function_definition"))
      if (auto found = by_start.find(ts_node_start_byte(node));
          found != by_start.end())
        owner = found->second;
    if (is(node, "identifier")) {
      TSNode parent = ts_node_parent(node);
      // Attribute and keyword names, and the module paths of imports.
      bool names_part =
          is(parent, "dotted_name") ||
          (is(parent, "attribute") &&
           ts_node_eq(field(parent, "attribute"), node)) ||
          (is(parent, "keyword_argument") &&
           ts_node_eq(field(parent, "name"), node));
      std::string name(tree.text(node));
      if (!names_part && !(owner && owner->bindings.binds(name)))
        global_reads->insert(std::move(name));
      continue;
    }
    for (TSNode child : named_children(node))
      stack.emplace_back(child, owner);
  }
  return *global_reads;
}

bool ModuleEdits::free_at_module_scope(const std::string &name) const {
  if (is_builtin_name(name) || module_.bindings().binds(name) ||
      global_reads().count(name) || module_.function_named(name) ||
      module_.class_named(name) ||
      (module_cache_ && module_cache_->has_submodule(module_, name)) ||
      (module_cache_ && module_.star_import_brings(name) &&
       module_cache_->star_importer_spells(module_, name)) ||
      (resolver_ && attribute_used_elsewhere(*resolver_, module_, name)))
    return false;
  return !declared_global(name);
}

std::string ModuleEdits::free_name(const std::string &base,
                                   const FunctionInfo *reader) const {
  auto free = [&](const std::string &name) {
    return free_at_module_scope(name) &&
           !(reader && reader->bindings.binds(name));
  };
  if (free(base))
    return base;
  for (int n = 2;; ++n)
    if (free(base + "_" + std::to_string(n)))
      return base + "_" + std::to_string(n);
}

std::string ModuleEdits::unused_name(const std::string &base) const {
  std::string_view text = module_.tree().file()->text();
  auto usable = [&](const std::string &name) {
    return !spells_word(text, name) && !is_builtin_name(name);
  };
  if (usable(base))
    return base;
  for (int n = 2;; ++n)
    if (usable(base + "_" + std::to_string(n)))
      return base + "_" + std::to_string(n);
}

} // namespace hoist::python
