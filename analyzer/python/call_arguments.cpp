#include "python/call_arguments.h"

#include "python/syntax_tree.h"

namespace hoist::python {

TSNode argument_for(const FunctionInfo &function, std::size_t index,
                    TSNode call, const ModuleModel &module) {
  if (!is(call, "call"))
    return TSNode{};
  const Parameter &parameter = function.parameters[index];
  // Positions count after `self` (or a classmethod's `cls`), which the call
  // through an instance or class fills: `Store(...)`, `self._client()`.
  std::size_t offset = function.first_given();
  std::size_t position = 0;
  for (TSNode argument : named_children(field(call, "arguments"))) {
    if (is(argument, "keyword_argument")) {
      if (module.tree().text(field(argument, "name")) == parameter.name)
        return field(argument, "value");
      continue;
    }
    if (is(argument, "list_splat") || is(argument, "dictionary_splat"))
      return TSNode{};
    if (parameter.kind == Parameter::Kind::Positional &&
        position + offset == index)
      return argument;
    ++position;
  }
  return TSNode{};
}

bool leaves_out(const FunctionInfo &function, std::size_t index, TSNode call,
                const ModuleModel &module) {
  if (!is(call, "call") || !is(field(call, "arguments"), "argument_list"))
    return false;
  for (TSNode argument : named_children(field(call, "arguments")))
    if (is(argument, "list_splat") || is(argument, "dictionary_splat"))
      return false;
  return ts_node_is_null(argument_for(function, index, call, module));
}

} // namespace hoist::python
