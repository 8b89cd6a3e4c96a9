#include "python/introspection.h"

#include <unordered_set>

#include "core/identifier_words.h"
#include "python/invoke_effects.h"
#include "python/module_edits.h"
#include "python/module_imports.h"

namespace hoist::python {
namespace {

using Kind = Introspection::Kind;

/// `node`'s text up to its first line break, for messages.
std::string shown(const SyntaxTree &tree, TSNode node) {
  std::string text(tree.text(node));
  std::size_t line_break = text.find('\n');
  return line_break == std::string::npos ? text
                                         : text.substr(0, line_break) + " ...";
}

/// True when `callee` is Python's builtin `name`: not bound by the code.
bool is_builtin(const SyntaxTree &tree, Scope scope, TSNode callee,
                std::string_view name) {
  if (!is(callee, "identifier") || tree.text(callee) != name)
    return false;
  std::string text(name);
  return !(scope.function && scope.function->bindings.binds(text)) &&
         !scope.module->bindings().binds(text) &&
         !scope.module->function_named(text) && !scope.module->class_named(text);
}

/// The library path `node` names (`weakref.ref`, `sys.modules`), or "".
std::string library_path(const NameResolver &resolver, Scope scope,
                         TSNode node) {
  Symbol symbol = resolver.resolve(node, scope);
  return symbol.kind == Symbol::Kind::Path ? symbol.path : "";
}

/// False when `operand` of `is` cannot be an object a construction built: a
/// literal, a computed value, a class, function or module (`type(x) is
/// dict`, `kind is Kind.A`, `x is None`).
bool may_be_built_object(const NameResolver &resolver, Scope scope,
                         TSNode operand) {
  static const std::unordered_set<std::string_view> kValues = {
      "none",           "true",
      "false",          "ellipsis",
      "string",         "concatenated_string",
      "integer",        "float",
      "tuple",          "list",
      "dictionary",     "set",
      "list_comprehension", "dictionary_comprehension",
      "set_comprehension",  "generator_expression",
      "lambda",         "binary_operator",
      "unary_operator", "comparison_operator",
      "not_operator"};
  const SyntaxTree &tree = scope.module->tree();
  operand = unparenthesize(operand);
  if (kValues.count(kind(operand)))
    return false;
  if (is(operand, "call"))
    return !is_builtin(tree, scope, field(operand, "function"), "type");
  auto names_definition = [&](TSNode node) {
    Symbol::Kind symbol = resolver.resolve(node, scope).kind;
    return symbol == Symbol::Kind::Path || symbol == Symbol::Kind::Module ||
           symbol == Symbol::Kind::Function || symbol == Symbol::Kind::Class;
  };
  if (is(operand, "identifier")) {
    std::string name(tree.text(operand));
    return !names_definition(operand) &&
           !(is_builtin_name(name) && is_builtin(tree, scope, operand, name));
  }
  if (is(operand, "attribute"))
    return tree.text(field(operand, "attribute")) != "__class__" &&
           !names_definition(operand) &&
           !names_definition(field(operand, "object"));
  return true;
}

/// The name a `globals()` call is indexed by as a string literal
/// (`globals()["X"]`, `globals().get("X")`, `.setdefault("X", v)`,
/// `.pop("X")`), or nothing when its key is known only at run time or it
/// is used otherwise.
std::optional<std::string> literal_key(const SyntaxTree &tree, TSNode call) {
  TSNode parent = ts_node_parent(call);
  if (is(parent, "subscript") && ts_node_eq(field(parent, "value"), call))
    return string_value(tree, field(parent, "subscript"));
  TSNode outer = ts_node_parent(parent);
  std::string_view method =
      is(parent, "attribute") ? tree.text(field(parent, "attribute")) : "";
  if ((method == "get" || method == "setdefault" || method == "pop") &&
      is(outer, "call")) {
    std::vector<TSNode> arguments = named_children(field(outer, "arguments"));
    if (!arguments.empty())
      return string_value(tree, arguments.front());
  }
  return std::nullopt;
}

/// The name a module taken from `sys.modules` (`modules`) is reached by:
/// an attribute (`sys.modules[__name__].X`) or a string literal given to
/// `getattr`, `setattr`, `hasattr` or `delattr`; nothing when it is known
/// only at run time or the module is used otherwise.
std::optional<std::string> module_member(const SyntaxTree &tree,
                                         TSNode modules) {
  TSNode module = ts_node_parent(modules);
  if (!is(module, "subscript"))
    return std::nullopt;
  TSNode parent = ts_node_parent(module);
  if (is(parent, "attribute") && ts_node_eq(field(parent, "object"), module))
    return std::string(tree.text(field(parent, "attribute")));
  TSNode call = ts_node_parent(parent);
  std::vector<TSNode> arguments =
      is(parent, "argument_list") ? named_children(parent)
                                  : std::vector<TSNode>{};
  std::string_view callee =
      is(call, "call") ? tree.text(field(call, "function")) : "";
  if (arguments.size() >= 2 && ts_node_eq(arguments[0], module) &&
      (callee == "getattr" || callee == "setattr" || callee == "hasattr" ||
       callee == "delattr"))
    return string_value(tree, arguments[1]);
  return std::nullopt;
}

/// True when `node` is what `in` or `not in` looks in (`"liblogging" in
/// sys.modules`): a test of which modules are loaded, by their names, not
/// of the names a module binds.
bool tested_for_membership(TSNode node) {
  TSNode parent = ts_node_parent(node);
  if (!is(parent, "comparison_operator"))
    return false;
  std::string_view operator_before;
  for (uint32_t i = 0; i < ts_node_child_count(parent); ++i) {
    TSNode child = ts_node_child(parent, i);
    if (ts_node_eq(child, node))
      return operator_before == "in" || operator_before == "not in";
    if (!ts_node_is_named(child))
      operator_before = kind(child);
  }
  return false;
}

/// What `node` (in `scope`) looks at, if it introspects.
std::optional<Introspection> introspection_of(const NameResolver &resolver,
                                              Scope scope, TSNode node) {
  static const std::unordered_set<std::string_view> kIdentityPaths = {
      "sys.getrefcount", "gc.get_referrers", "gc.get_referents",
      "gc.get_objects",  "gc.is_tracked",    "gc.is_finalized"};
  static const std::unordered_set<std::string_view> kFramePaths = {
      "sys._getframe",         "sys._current_frames",
      "inspect.currentframe",  "inspect.stack",
      "inspect.trace",         "inspect.getouterframes",
      "inspect.getinnerframes", "traceback.walk_stack",
      "traceback.walk_tb",
      // A profiler or tracer is given the frame of every call that runs
      // while it is set, the construction's own too (Python trial 30).
      "sys.setprofile", "sys.settrace", "threading.setprofile",
      "threading.settrace", "threading.setprofile_all_threads",
      "threading.settrace_all_threads", "sys.monitoring.register_callback"};
  static const std::unordered_set<std::string_view> kFrameAttributes = {
      "f_locals", "f_globals", "tb_frame", "gi_frame", "cr_frame"};
  const SyntaxTree &tree = scope.module->tree();
  std::string_view type = kind(node);
  if (type == "comparison_operator") {
    TSNode left{};
    bool identity = false;
    for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
      TSNode child = ts_node_child(node, i);
      if (!ts_node_is_named(child)) {
        identity = tree.text(child) == "is" || kind(child) == "is not";
        continue;
      }
      if (identity && !ts_node_is_null(left) &&
          may_be_built_object(resolver, scope, left) &&
          may_be_built_object(resolver, scope, child))
        return Introspection{Kind::Identity, shown(tree, node), {}};
      left = child;
      identity = false;
    }
    return std::nullopt;
  }
  if (type == "attribute") {
    std::string_view attribute = tree.text(field(node, "attribute"));
    if (kFrameAttributes.count(attribute))
      return Introspection{Kind::Frame, shown(tree, node), {}};
    // A code object lists its function's locals (`handler.__code__.
    // co_varnames`).
    if (attribute == "co_varnames" || attribute == "co_nlocals")
      return Introspection{Kind::LocalNames, shown(tree, node), {}};
    if (library_path(resolver, scope, node) == "sys.modules" &&
        !tested_for_membership(node))
      return Introspection{Kind::GlobalNames, shown(tree, node),
                           module_member(tree, node)};
    return std::nullopt;
  }
  if (type != "call")
    return std::nullopt;
  TSNode callee = field(node, "function");
  std::vector<TSNode> arguments = named_children(field(node, "arguments"));
  std::string path = library_path(resolver, scope, callee);
  if (path.rfind("weakref.", 0) == 0 || kIdentityPaths.count(path) ||
      (is_builtin(tree, scope, callee, "id") && !arguments.empty() &&
       may_be_built_object(resolver, scope, arguments.front())))
    return Introspection{Kind::Identity, shown(tree, node), {}};
  if (kFramePaths.count(path))
    return Introspection{Kind::Frame, shown(tree, node), {}};
  // A traceback that captures locals (`traceback.TracebackException(...,
  // capture_locals=True)`, `StackSummary.extract(...)`,
  // `.from_exception(...)`) reads its frames' f_locals.
  for (TSNode argument : arguments)
    if (is(argument, "keyword_argument") &&
        tree.text(field(argument, "name")) == "capture_locals" &&
        !is(field(argument, "value"), "false") &&
        !is(field(argument, "value"), "none"))
      return Introspection{Kind::Frame, shown(tree, node), {}};
  // At module level, `locals()`, `vars()` and `dir()` are `globals()`.
  bool local_names =
      is_builtin(tree, scope, callee, "locals") ||
      (arguments.empty() && (is_builtin(tree, scope, callee, "vars") ||
                             is_builtin(tree, scope, callee, "dir")));
  if (local_names && ts_node_is_null(enclosing_scope(node)))
    return Introspection{Kind::GlobalNames, shown(tree, node),
                         literal_key(tree, node)};
  if (local_names)
    return Introspection{Kind::LocalNames, shown(tree, node), {}};
  if (is_builtin(tree, scope, callee, "globals"))
    return Introspection{Kind::GlobalNames, shown(tree, node),
                         literal_key(tree, node)};
  return std::nullopt;
}

/// Where `other`, in `scope`, takes `module` as a mapping of its names
/// (global_name_lookups), if `node` does.
std::optional<Introspection> module_names_taken(const NameResolver &resolver,
                                                Scope scope, TSNode node,
                                                const ModuleModel &module) {
  const SyntaxTree &tree = scope.module->tree();
  auto is_module = [&](TSNode value) {
    Symbol symbol = resolver.resolve(value, scope);
    return symbol.kind == Symbol::Kind::Module && symbol.module &&
           resolver.module_cache().same_file(*symbol.module, module);
  };
  auto taken = [&](std::optional<std::string> key) {
    Introspection found{Kind::GlobalNames, shown(tree, node), std::move(key)};
    found.elsewhere = scope.module;
    return found;
  };
  if (is(node, "attribute") && tree.text(field(node, "attribute")) == "__dict__")
    return is_module(field(node, "object")) ? std::optional(taken({}))
                                            : std::nullopt;
  if (!is(node, "call"))
    return std::nullopt;
  TSNode callee = field(node, "function");
  std::vector<TSNode> arguments = named_children(field(node, "arguments"));
  if (arguments.empty())
    return std::nullopt;
  for (const char *lookup : {"getattr", "hasattr", "setattr", "delattr"})
    if (is_builtin(tree, scope, callee, lookup) && is_module(arguments[0]))
      return taken(arguments.size() > 1 ? string_value(tree, arguments[1])
                                        : std::nullopt);
  if ((is_builtin(tree, scope, callee, "vars") ||
       is_builtin(tree, scope, callee, "dir") ||
       (called_name(tree, callee) == "getmembers" &&
        library_path(resolver, scope, callee) == "inspect.getmembers")) &&
      is_module(arguments[0]))
    return taken({});
  return std::nullopt;
}

/// True when what `node` makes only goes to a log or to `print`
/// (`logger.info(f"client {s3}")`): shown, not kept or given back.
bool only_logged(const SyntaxTree &tree, Scope scope, TSNode node) {
  TSNode parent = ts_node_parent(node);
  while (is(parent, "parenthesized_expression") ||
         is(parent, "binary_operator") || is(parent, "keyword_argument"))
    node = parent, parent = ts_node_parent(parent);
  if (!is(parent, "argument_list"))
    return false;
  TSNode callee = field(ts_node_parent(parent), "function");
  return is_builtin(tree, scope, callee, "print") ||
         (is(callee, "attribute") &&
          is_logging_method(tree.text(field(callee, "attribute"))));
}

/// True when `node`, a type (`type(s3)`, `s3.__class__`), is only named:
/// its name does not tell one object from another.
bool type_only_named(const SyntaxTree &tree, TSNode node) {
  TSNode parent = ts_node_parent(node);
  if (!is(parent, "attribute") || !ts_node_eq(field(parent, "object"), node))
    return false;
  std::string_view attribute = tree.text(field(parent, "attribute"));
  return attribute == "__name__" || attribute == "__qualname__" ||
         attribute == "__module__";
}

/// The expression around `use`, a value of the object, that tells it from
/// another object by identity (identity_seen), or a null node.
TSNode telling_apart(const NameResolver &resolver, Scope scope, TSNode use) {
  static const std::unordered_set<std::string_view> kShowing = {
      "repr", "str", "ascii", "format", "hash", "id", "type"};
  static const std::unordered_set<std::string_view> kShowingDunders = {
      "__hash__", "__repr__", "__str__", "__format__", "__class__"};
  const SyntaxTree &tree = scope.module->tree();
  TSNode parent = ts_node_parent(use);
  while (is(parent, "parenthesized_expression"))
    use = parent, parent = ts_node_parent(parent);
  if (is(parent, "argument_list") &&
      ts_node_eq(ts_node_named_child(parent, 0), use)) {
    TSNode call = ts_node_parent(parent);
    TSNode callee = field(call, "function");
    for (std::string_view name : kShowing)
      if (is_builtin(tree, scope, callee, name))
        return name == "type" && type_only_named(tree, call) ? TSNode{} : call;
  }
  // `"{}".format(s3)`, `"%s" % s3`, `"%s" % (s3,)`, `f"{s3!r}"`.
  if (is(parent, "argument_list")) {
    TSNode callee = field(ts_node_parent(parent), "function");
    if (is(callee, "attribute") &&
        tree.text(field(callee, "attribute")) == "format" &&
        is(field(callee, "object"), "string"))
      return ts_node_parent(parent);
  }
  TSNode formatted = is(parent, "tuple") ? ts_node_parent(parent) : parent;
  if (is(formatted, "binary_operator") &&
      tree.text(field(formatted, "operator")) == "%" &&
      is(field(formatted, "left"), "string"))
    return formatted;
  if (is(parent, "interpolation"))
    return ts_node_parent(parent);
  if (is(parent, "attribute") && ts_node_eq(field(parent, "object"), use)) {
    std::string_view attribute = tree.text(field(parent, "attribute"));
    if (!kShowingDunders.count(attribute) ||
        (attribute == "__class__" && type_only_named(tree, parent)))
      return {};
    TSNode called = ts_node_parent(parent);
    return is(called, "call") && ts_node_eq(field(called, "function"), parent)
               ? called
               : parent;
  }
  // `s3 == other`, `s3 is not LAST`: against what may be another object.
  if (is(parent, "comparison_operator")) {
    TSNode left{};
    std::string_view operator_before;
    for (uint32_t i = 0; i < ts_node_child_count(parent); ++i) {
      TSNode child = ts_node_child(parent, i);
      if (!ts_node_is_named(child)) {
        operator_before = kind(child);
        continue;
      }
      bool identity = operator_before == "==" || operator_before == "!=" ||
                      operator_before == "is" || operator_before == "is not";
      TSNode other = ts_node_eq(child, use)   ? left
                     : ts_node_eq(left, use) ? child
                                             : TSNode{};
      if (identity && !ts_node_is_null(other) &&
          may_be_built_object(resolver, scope, other))
        return parent;
      left = child;
      operator_before = {};
    }
  }
  return {};
}

} // namespace

std::vector<Introspection> introspection_in(const NameResolver &resolver,
                                            Scope scope, TSNode root) {
  std::vector<Introspection> found;
  if (ts_node_is_null(root))
    return found;
  auto visit = [&](TSNode node) {
    if (std::optional<Introspection> one =
            introspection_of(resolver, scope, node))
      found.push_back(std::move(*one));
    return true;
  };
  visit(root);
  for_each_in_scope(root, visit);
  return found;
}

std::shared_ptr<const std::vector<Introspection>>
global_name_lookups(const NameResolver &resolver, const ModuleModel &module) {
  if (auto known = resolver.global_name_lookups_memo(module))
    return known;
  std::vector<Introspection> found;
  walk_named_descendants(module.tree().root(), [&](TSNode node) {
    std::optional<Introspection> one =
        introspection_of(resolver, {&module, nullptr}, node);
    if (one && one->kind == Kind::GlobalNames)
      found.push_back(std::move(*one));
    return true;
  });
  // The module itself may import itself (`import app` in app.py) and take
  // that as a mapping; so may the modules that import it.
  const ModuleCache &cache = resolver.module_cache();
  std::vector<const ModuleModel *> takers{&module};
  for (const std::string &file : importers_of(resolver, module))
    if (const ModuleModel *other = cache.module_in(file);
        other && !cache.same_file(*other, module))
      takers.push_back(other);
  for (const ModuleModel *taker : takers) {
    auto in_scope = [&](Scope scope, TSNode root) {
      auto visit = [&](TSNode node) {
        if (auto one = module_names_taken(resolver, scope, node, module)) {
          if (taker == &module)
            one->elsewhere = nullptr;
          found.push_back(std::move(*one));
        }
        return true;
      };
      visit(root); // a lambda's body is its expression
      for_each_in_scope(root, visit);
    };
    in_scope({taker, nullptr}, taker->tree().root());
    for (const auto *functions :
         {&taker->functions(), &taker->nested_functions()})
      for (const FunctionInfo &function : *functions)
        in_scope({taker, &function}, function.body);
  }
  // Fetched again: loading the importers may have emptied the memos.
  return resolver.global_name_lookups_memo(module) =
             std::make_shared<const std::vector<Introspection>>(
                 std::move(found));
}

bool attribute_used_elsewhere(const NameResolver &resolver,
                              const ModuleModel &module,
                              const std::string &name) {
  const ModuleCache &cache = resolver.module_cache();
  for (const std::string &file : importers_of(resolver, module)) {
    const ModuleModel *other = cache.module_in(file);
    if (!other || cache.same_file(*other, module) ||
        !spells_word(other->tree().text(other->tree().root()), name))
      continue;
    const SyntaxTree &tree = other->tree();
    bool used = false;
    auto in_scope = [&](Scope scope, TSNode root) {
      for_each_in_scope_and_class_bodies(root, [&](TSNode node) {
        if (is(node, "attribute") &&
            tree.text(field(node, "attribute")) == name) {
          Symbol owner = resolver.resolve(field(node, "object"), scope);
          used = !owner.known() ||
                 (owner.kind == Symbol::Kind::Module && owner.module &&
                  cache.same_file(*owner.module, module));
        }
        return !used;
      });
    };
    in_scope({other, nullptr}, tree.root());
    for (const auto *functions :
         {&other->functions(), &other->nested_functions()})
      for (const FunctionInfo &function : *functions)
        if (!used)
          in_scope({other, &function}, function.body);
    if (used)
      return true;
  }
  return false;
}

std::vector<Introspection>
invoke_path_introspection(const NameResolver &resolver,
                          const std::vector<ReachedFunction> &reached) {
  std::vector<Introspection> found;
  for (const ReachedFunction &where : reached)
    for (Introspection &one : introspection_in(
             resolver, {where.module, where.function, where.receiver},
             where.function->body))
      if (one.kind == Kind::Identity || one.kind == Kind::Frame) {
        one.function = where.function;
        found.push_back(std::move(one));
      }
  return found;
}

std::string identity_seen(const NameResolver &resolver, Scope scope,
                          std::string_view path) {
  const SyntaxTree &tree = scope.module->tree();
  std::string seen;
  auto check = [&](TSNode use) {
    if (TSNode told = telling_apart(resolver, scope, use);
        !ts_node_is_null(told) && !only_logged(tree, scope, told))
      seen = shown(tree, told);
  };
  walk_named_descendants(scope.function->body, [&](TSNode node) {
    if (!seen.empty())
      return false;
    if (tree.text(node) != path) {
      // A part that is an object of its own, made with it and kept by it
      // (`s3.meta`, `s3.meta.config`, `s3.meta.events`), not one holding a
      // string or a number (`s3.meta.region_name`).
      if (is(node, "attribute") && steps_from(tree, node, path) > 0 &&
          !resolver.catalogue().holds_value(
              tree.text(field(node, "attribute"))))
        check(node);
      return true;
    }
    TSNode holder = ts_node_parent(node);
    bool another_name = (is(holder, "attribute") &&
                         ts_node_eq(field(holder, "attribute"), node)) ||
                        (is(holder, "keyword_argument") &&
                         ts_node_eq(field(holder, "name"), node));
    if (!another_name)
      check(node);
    return false;
  });
  return seen;
}

} // namespace hoist::python
