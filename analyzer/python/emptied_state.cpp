#include "python/emptied_state.h"

#include "python/check.h"
#include "python/fresh_instances.h"
#include "python/invoke_effects.h"

namespace hoist::python {
namespace {

/// True when `node`, in `scope`'s body, runs whenever its function runs:
/// nothing that runs only sometimes is around it (a branch, a loop, an
/// `except` or a `try`'s `else`, a conditional expression, a nested scope;
/// a `try` body, a `finally` and a `with` body are fine), and no statement
/// before it always exits.
bool runs_on_every_call(const NameResolver &resolver, Scope scope,
                        TSNode node) {
  TSNode body = scope.function->body;
  for (TSNode around : ancestors(node, scope.function->node)) {
    if (ts_node_eq(around, body))
      return ts_node_is_null(exit_before(resolver, scope, node, body));
    std::string_view type = kind(around);
    if (type == "if_statement" || type == "elif_clause" ||
        type == "else_clause" || type == "for_statement" ||
        type == "while_statement" || type == "except_clause" ||
        type == "except_group_clause" || type == "match_statement" ||
        type == "conditional_expression" || type == "boolean_operator" ||
        type == "list_comprehension" || type == "set_comprehension" ||
        type == "dictionary_comprehension" || type == "generator_expression" ||
        opens_scope(type))
      return false;
  }
  return false;
}

/// True when `value` is an empty cache: `None`, `{}`.
bool is_empty_value(TSNode value) {
  value = unparenthesize(value);
  return is(value, "none") ||
         (is(value, "dictionary") && ts_node_named_child_count(value) == 0);
}

/// The module-level state `reached`'s own body empties on every call of it,
/// each with how ("'_client = None' in 'reset'").
std::map<std::string, std::string> emptied_by(const NameResolver &resolver,
                                              const ReachedFunction &reached) {
  std::map<std::string, std::string> emptied;
  const FunctionInfo &function = *reached.function;
  const SyntaxTree &tree = reached.module->tree();
  Scope scope{reached.module, &function, reached.receiver};
  auto add = [&](const std::string &name, TSNode how) {
    emptied.emplace(name, "'" + std::string(tree.text(how)) + "' in '" +
                              display_name(function) + "'");
  };
  for (const std::string &name : function.bindings.globals) {
    auto values = function.bindings.assignments.find(name);
    if (values == function.bindings.assignments.end())
      continue;
    for (TSNode value : values->second)
      if (is_empty_value(value) && runs_on_every_call(resolver, scope, value))
        add(name, ts_node_parent(value));
  }
  // `del handler.s3`, an attribute of a name the function does not bind.
  for (TSNode target : function.written_targets) {
    if (!is(target, "attribute") || !is(field(target, "object"), "identifier"))
      continue;
    TSNode statement = ts_node_parent(target);
    if (is(statement, "expression_list"))
      statement = ts_node_parent(statement);
    std::string owner(tree.text(field(target, "object")));
    if (is(statement, "delete_statement") &&
        (!function.bindings.binds(owner) ||
         function.bindings.globals.count(owner)) &&
        runs_on_every_call(resolver, scope, statement))
      add(std::string(tree.text(target)), statement);
  }
  for (TSNode call : function.calls) {
    TSNode callee = field(call, "function");
    // `get_s3.cache_clear()`: a memoized function of the module forgets
    // what it returned.
    if (is(callee, "attribute") &&
        tree.text(field(callee, "attribute")) == "cache_clear" &&
        is(field(callee, "object"), "identifier")) {
      std::string name(tree.text(field(callee, "object")));
      if (!function.bindings.binds(name) &&
          reached.module->function_named(name) &&
          runs_on_every_call(resolver, scope, call))
        add(name, call);
      continue;
    }
    if (!is(callee, "attribute") ||
        tree.text(field(callee, "attribute")) != "clear")
      continue;
    TSNode object = field(callee, "object");
    std::string name(tree.text(object));
    bool module_level = is(object, "identifier") &&
                        (!function.bindings.binds(name) ||
                         function.bindings.globals.count(name)) &&
                        reached.module->bindings().assignments.count(name);
    if (module_level && runs_on_every_call(resolver, scope, call))
      add(name, call);
  }
  return emptied;
}

/// True when `reached` runs on every invocation: each call on its chain
/// runs on every call of its caller, and none hands its callee to another
/// or dispatches it as a route. A wrapper runs in place of what it wraps.
bool runs_every_invocation(const NameResolver &resolver,
                           const ReachedFunction &reached) {
  for (const CallStep &step : reached.chain) {
    if (step.wraps) // handed what Lambda passes, it runs in the callee's place
      continue;
    if (step.passed || step.routed ||
        !runs_on_every_call(resolver, {step.module, step.caller}, step.call))
      return false;
  }
  return true;
}

} // namespace

EmptiedState
emptied_every_invocation(const NameResolver &resolver,
                         const std::vector<ReachedFunction> &reached,
                         const EmptiedState &known) {
  EmptiedState emptied;
  add_fresh_instances(resolver, reached, known, emptied);
  for (const ReachedFunction &function : reached) {
    if (ts_node_is_null(function.function->body))
      continue;
    std::map<std::string, std::string> names = emptied_by(resolver, function);
    if (!names.empty() && runs_every_invocation(resolver, function))
      for (const auto &[name, how] : names)
        emptied.add(*function.module, name, how);
  }
  return emptied;
}

} // namespace hoist::python
