#include "python/module_constants.h"

#include <algorithm>
#include <string>
#include <vector>

#include "python/module_model.h"
#include "python/syntax_tree.h"

namespace hoist::python {

namespace {
constexpr int kMaxNames = 4;
} // namespace

TSNode value_behind_name(Scope scope, TSNode value) {
  const SyntaxTree &tree = scope.module->tree();
  for (int depth = 0;; ++depth) {
    value = unparenthesize(value);
    if (!is(value, "identifier") || depth > kMaxNames)
      return value;
    std::string name(tree.text(value));
    // A name the function or one it is nested in binds is theirs.
    for (const FunctionInfo *function = scope.function; function;
         function = function->enclosing)
      if (function->bindings.binds(name))
        return value;
    const ScopeBindings &globals = scope.module->bindings();
    auto values = globals.assignments.find(name);
    if (values == globals.assignments.end() || values->second.size() != 1 ||
        globals.imports.count(name) || globals.others.count(name) ||
        globals.declared_in_nested.count(name))
      return value;
    value = values->second.front();
    scope.function = nullptr; // the assigned value is read at module scope
  }
}

bool is_constant_value(Scope scope, TSNode value) {
  value = value_behind_name(scope, value);
  std::string_view type = kind(value);
  if (type == "string") {
    std::vector<TSNode> parts = named_children(value);
    return std::none_of(parts.begin(), parts.end(),
                        [](TSNode part) { return is(part, "interpolation"); });
  }
  return type == "integer" || type == "float" || type == "true" ||
         type == "false" || type == "none";
}

} // namespace hoist::python
