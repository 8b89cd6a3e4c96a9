#include "python/fresh_instances.h"

#include "python/check.h"
#include "python/constant_tests.h"
#include "python/invoke_effects.h"

namespace hoist::python {
namespace {

/// True when calling `cls` may hand back an instance made before: its own
/// `__new__` (a singleton's `if cls._instance is None: ...`) or a
/// metaclass (`metaclass=Singleton`) decides what the call returns.
bool may_reuse_instances(const SyntaxTree &tree, const ClassInfo &cls) {
  if (cls.methods.count("__new__"))
    return true;
  TSNode bases = field(cls.node, "superclasses");
  if (ts_node_is_null(bases))
    return false;
  for (TSNode base : named_children(bases))
    if (is(base, "keyword_argument") &&
        tree.text(field(base, "name")) == "metaclass")
      return true;
  return false;
}

} // namespace

void add_fresh_instances(const NameResolver &resolver,
                         const std::vector<ReachedFunction> &reached,
                         const EmptiedState &known, EmptiedState &into) {
  for (const ReachedFunction &function : reached) {
    TSNode body = function.function->body;
    if (ts_node_is_null(body))
      continue;
    Scope scope{function.module, function.function, function.receiver};
    const SyntaxTree &tree = function.module->tree();
    for (TSNode call : function.function->calls) {
      Symbol made = resolver.resolve(field(call, "function"), scope);
      if (made.kind != Symbol::Kind::Class || !made.cls || !made.module ||
          may_reuse_instances(made.module->tree(), *made.cls) ||
          in_branch_never_taken(resolver, scope, call, body) ||
          !ts_node_is_null(exit_before(resolver, scope, call, body)) ||
          is_lazily_initialized(*function.module, *function.function,
                                function.receiver, call, known))
        continue;
      into.add_fresh(*made.cls,
                     {{tree.file(), tree.range(call)},
                      "'" + display_name(*function.function) +
                          "' makes a new '" + made.cls->name + "' here"});
    }
  }
}

bool enters_more(const NameResolver &resolver,
                 const std::vector<ReachedFunction> &reached,
                 const EmptiedState &emptied) {
  if (emptied.empties_module_state())
    return true;
  for (const ReachedFunction &function : reached) {
    const Parameter *self = function.function->self_parameter();
    const ClassInfo *cls =
        function.receiver.cls
            ? function.receiver.cls
            : function.module->class_named(function.function->class_name);
    if (!self || !cls || !emptied.fresh(cls))
      continue;
    const SyntaxTree &tree = function.module->tree();
    for (TSNode call : function.function->calls) {
      // Only what the walk follows matters: a project function it calls.
      std::string state = lazy_state(tree, *function.function, call);
      if (state.compare(0, self->name.size() + 1, self->name + ".") == 0 &&
          !resolver
               .called_scopes(call, {function.module, function.function,
                                     function.receiver})
               .empty())
        return true;
    }
  }
  return false;
}

} // namespace hoist::python
