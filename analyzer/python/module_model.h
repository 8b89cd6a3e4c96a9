#pragma once

#include <deque>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "python/syntax_tree.h"

namespace hoist::python {

struct Parameter {
  enum class Kind { Positional, VarPositional, KeywordOnly, VarKeyword };
  std::string name;
  Kind kind = Kind::Positional;
  bool has_default = false;
  TSNode node;
};

/// What the names of one scope (the module or one function body) are bound to,
/// collected without running the code: Python makes a name local to the whole
/// function if it is bound anywhere in it.
struct ScopeBindings {
  /// name -> fully-qualified import path (`import boto3 as b3` gives b3 ->
  /// boto3).
  std::unordered_map<std::string, std::string> imports;
  /// name -> the paths of its earlier imports, when the scope imports it
  /// from more than one path (`if PROD: import prod_cfg as cfg` / `else:
  /// import dev_cfg as cfg`): `imports` holds the last.
  std::unordered_map<std::string, std::vector<std::string>> earlier_imports;
  /// name -> right-hand sides of its plain assignments (`x = ...`, `x := ...`).
  std::unordered_map<std::string, std::vector<TSNode>> assignments;
  /// Names bound some other way (loop targets, `with ... as`, `except ... as`,
  /// `del`, annotations without a value, `case` captures, nested
  /// definitions, parameters): local, but of unknown value.
  std::unordered_set<std::string> others;
  /// Names declared `global` in this scope.
  std::unordered_set<std::string> globals;
  /// Names that functions nested in this scope declare `global` or
  /// `nonlocal`: they may rebind this scope's (or the module's) name.
  std::unordered_set<std::string> declared_in_nested;
  /// Modules imported with `from <module> import *`.
  std::vector<std::string> wildcard_modules;

  bool binds(const std::string &name) const {
    return imports.count(name) || assignments.count(name) || others.count(name);
  }
};

/// The parameters a `parameters` or `lambda_parameters` node declares, in
/// order.
std::vector<Parameter> parse_parameters(const SyntaxTree &tree,
                                        TSNode parameters);

struct FunctionInfo {
  /// What the first parameter of a method is bound to.
  enum class MethodKind { NotAMethod, Instance, Class, Static };
  std::string name; ///< "<lambda>" for a lambda
  std::string class_name; ///< empty for module-level functions
  MethodKind method_kind = MethodKind::NotAMethod;
  /// The function whose body defines this one (a `def` or lambda nested in
  /// a function): its free names are that function's. Null at module and
  /// class level.
  const FunctionInfo *enclosing = nullptr;
  /// A lambda: `body` is the expression it returns, and `node`,
  /// `name_node` are the lambda.
  bool is_lambda = false;
  TSNode node; ///< the function_definition, or the lambda
  TSNode name_node;
  TSNode parameters_node;
  TSNode body;
  std::vector<Parameter> parameters;
  std::vector<TSNode> decorators;
  bool is_async = false;
  bool is_generator = false; ///< a `yield` runs in its own body
  ScopeBindings bindings;
  /// The calls its own body makes, in source order.
  std::vector<TSNode> calls;
  /// `<object>.<attribute> = <value>` in its body: (target, value).
  std::vector<std::pair<TSNode, TSNode>> attribute_assignments;
  /// Attribute and item targets its body stores to or deletes (`x.a = ...`,
  /// `x["k"] += ...`, `a.x, b[k] = ...`, `for x.a in ...`, `with f() as
  /// x.a`, `del x[0]`: stored_targets), in source order.
  std::vector<TSNode> written_targets;
  /// The values of its body's `with` items, in source order.
  std::vector<TSNode> with_values;
  /// The functions its body defines with `def`, by name (the last one).
  std::unordered_map<std::string, const FunctionInfo *> nested;

  /// The index of the first parameter a caller gives: 1 after a method's
  /// `self` or a classmethod's `cls`, which the call through an instance or
  /// class fills, else 0.
  std::size_t first_given() const {
    return method_kind == MethodKind::Instance ||
                   method_kind == MethodKind::Class
               ? 1
               : 0;
  }
  /// The first parameter a caller gives (`fn` of `def decorate(fn)` and of
  /// `def route(self, fn)`), or null.
  const Parameter *first_given_parameter() const {
    return parameters.size() > first_given() ? &parameters[first_given()]
                                             : nullptr;
  }
  /// The parameter the call fills itself: a method's `self`, a
  /// classmethod's `cls`; null for other functions.
  const Parameter *bound_parameter() const {
    return first_given() == 1 && !parameters.empty() ? &parameters.front()
                                                     : nullptr;
  }
  /// An instance method's `self`, or null.
  const Parameter *self_parameter() const {
    return method_kind == MethodKind::Instance ? bound_parameter() : nullptr;
  }
};

struct ClassInfo {
  std::string name;
  TSNode node;
  /// The superclass expressions; of a generic alias (`Base[T]`), its class.
  std::vector<TSNode> bases;
  std::unordered_map<std::string, const FunctionInfo *> methods;
  /// Names its body defines more than once (`if FAST: def setup(self)`
  /// / `else: def setup(self)`): `methods` holds the last.
  std::unordered_set<std::string> methods_defined_more_than_once;
  /// `self.<attribute> = <value>` in any of its methods.
  std::unordered_map<std::string,
                     std::vector<std::pair<const FunctionInfo *, TSNode>>>
      self_assignments;
};

/// What hoist knows about one Python module.
class ModuleModel {
public:
  explicit ModuleModel(const SyntaxTree &tree);
  ModuleModel(const ModuleModel &) = delete;
  ModuleModel &operator=(const ModuleModel &) = delete;

  const SyntaxTree &tree() const { return tree_; }
  const std::string &path() const { return tree_.file()->path(); }
  const ScopeBindings &bindings() const { return bindings_; }
  /// Module-level functions and methods of module-level classes, in source
  /// order.
  const std::deque<FunctionInfo> &functions() const { return functions_; }
  /// Functions defined inside functions, and lambdas that make a call.
  const std::deque<FunctionInfo> &nested_functions() const {
    return nested_functions_;
  }
  /// The lambda that `node` is, when it makes a call (one that makes none
  /// builds nothing).
  const FunctionInfo *lambda_at(TSNode node) const;
  /// The module-level function bound to `name` (the last definition), if any.
  const FunctionInfo *function_named(const std::string &name) const;
  const ClassInfo *class_named(const std::string &name) const;
  /// Module-level classes, in source order.
  const std::vector<ClassInfo> &classes() const { return classes_; }
  /// True when more than one module-level statement binds `name` as a
  /// function, a class or an import (`if FAST: def parse(...)` `else: def
  /// parse(...)`; `try: from fast import parse`, `except ImportError: def
  /// parse(...)`; `if PROD: from prod_cfg import configure` `else: from
  /// dev_cfg import configure`): which one a call finds depends on how the
  /// module ran.
  bool bound_more_than_once(const std::string &name) const {
    return rebound_.count(name) > 0;
  }
  /// True when some function of the module declares `name` global.
  bool declared_global(const std::string &name) const {
    return declared_globals_.count(name) > 0;
  }
  /// The last top-level import statement (or `try`/`if` holding an import),
  /// or a null node.
  TSNode last_import() const { return last_import_; }
  /// The property setters of its classes for the attribute `name` (`def
  /// region(self, value)` under `@region.setter`): what `x.region = ...`
  /// runs when `x` is an instance of their class.
  std::vector<const FunctionInfo *> setters_of(const std::string &name) const;
  /// True when `from <this module> import *` binds `name`: a name `__all__`
  /// lists, when it is one list or tuple of strings; otherwise any name not
  /// starting with '_' (whether the module binds it or not).
  bool star_import_brings(const std::string &name) const;

  /// What ModuleEdits (module_edits.cpp) works out about the whole module,
  /// kept with it: each fix makes a ModuleEdits of its own, and a handler
  /// that builds N clients would walk the module N times.
  struct EditsMemo {
    std::optional<std::unordered_set<std::string>> global_reads;
    std::unordered_map<std::string, std::vector<TSNode>> binding_statements;
  };
  EditsMemo &edits_memo() const { return edits_memo_; }

private:
  /// Adds the functions and classes of one scope (`definitions`, with their
  /// decorators) and its lambdas: methods when `class_name` is set, nested
  /// functions when `enclosing` is.
  void add_definitions(
      const std::vector<std::pair<TSNode, std::vector<TSNode>>> &definitions,
      const std::vector<TSNode> &lambdas, const std::string &class_name,
      FunctionInfo *enclosing);
  FunctionInfo &add_function(std::deque<FunctionInfo> &into, TSNode node,
                             const std::vector<TSNode> &decorators,
                             const std::string &class_name,
                             FunctionInfo *enclosing);
  void index_classes();

  const SyntaxTree &tree_;
  ScopeBindings bindings_;
  // Deques: functions refer to the functions that enclose them.
  std::deque<FunctionInfo> functions_;
  /// Functions and lambdas defined inside functions, and lambdas.
  std::deque<FunctionInfo> nested_functions_;
  std::unordered_map<const void *, const FunctionInfo *> lambdas_by_node_;
  std::vector<ClassInfo> classes_;
  // Lookups by name, so that asking costs the same in a module of thousands
  // of functions as in a small one.
  std::unordered_map<std::string, const FunctionInfo *> functions_by_name_;
  std::unordered_map<std::string, const ClassInfo *> classes_by_name_;
  std::unordered_multimap<std::string, const FunctionInfo *> setters_;
  std::unordered_set<std::string> declared_globals_;
  std::unordered_set<std::string> rebound_;
  TSNode last_import_{};
  mutable EditsMemo edits_memo_;
};

/// Calls `visit(node)`, and returns whether to enter `node`'s children: true
/// when `visit` returns nothing.
template <typename Visit> bool visit_and_enter(Visit &visit, TSNode node) {
  if constexpr (std::is_same_v<decltype(visit(node)), bool>)
    return visit(node);
  visit(node);
  return true;
}

/// `visit`, for a walk that looks for the uses of `word` (a name), made to
/// pass over each node whose text does not hold it, and what is under it: a
/// function of N statements is looked through, not walked, for each of its
/// N locals.
template <typename Visit>
auto mentioning(const SyntaxTree &tree, std::string_view word, Visit &visit) {
  return [&tree, word, &visit](TSNode node) {
    return tree.text(node).find(word) != std::string_view::npos &&
           visit_and_enter(visit, node);
  };
}

/// Calls `visit` on every node under `root` (excluded) that runs when `root`
/// runs: nested function and class bodies, lambdas and plain string literals
/// are not entered, though the nodes that open them are visited; nor is a
/// node for which `visit` returns false. Iterative, so deep nesting is safe.
template <typename Visit> void for_each_in_scope(TSNode root, Visit visit) {
  walk_named_descendants(root, [&](TSNode node) {
    if (!visit_and_enter(visit, node))
      return false;
    std::string_view type = kind(node);
    if (type == "string")
      return !is_plain_string(node);
    if (!opens_scope(type))
      return true;
    // Decorators, default values and base classes still run in this scope.
    if (TSNode parameters = field(node, "parameters");
        is(parameters, "parameters") || is(parameters, "lambda_parameters"))
      for (TSNode parameter : named_children(parameters))
        if (TSNode value = field(parameter, "value");
            !ts_node_is_null(value) && visit_and_enter(visit, value))
          for_each_in_scope(value, visit);
    if (TSNode bases = field(node, "superclasses");
        is(bases, "argument_list") && visit_and_enter(visit, bases))
      for_each_in_scope(bases, visit);
    return false;
  });
}

/// Calls `visit` as for_each_in_scope does, and in the class bodies it
/// opens too: a class body runs where the class is defined (a statement in
/// a module-level class runs at import).
template <typename Visit>
void for_each_in_scope_and_class_bodies(TSNode root, Visit visit) {
  for_each_in_scope(root, [&](TSNode node) {
    if (!visit_and_enter(visit, node))
      return false;
    if (is(node, "class_definition"))
      for_each_in_scope_and_class_bodies(field(node, "body"), visit);
    return true;
  });
}

} // namespace hoist::python
