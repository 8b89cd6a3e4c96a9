#include "python/construction_in_handler.h"

#include "python/lazy_init.h"
#include "python/name_resolver.h"

namespace hoist::python {

void ConstructionInHandler::run(CheckContext &context) const {
  const SyntaxTree &tree = context.module.tree();
  for (const Handler &handler : context.handlers) {
    const FunctionInfo &function = *handler.function;
    if (ts_node_is_null(function.body))
      continue;
    NameResolver resolver(context.module, context.catalogue, &function);
    for_each_in_scope(function.body, [&](TSNode node) {
      if (!is(node, "call"))
        return;
      std::string path = resolver.called_path(node);
      if (path.empty())
        return;
      const ApiEntry *entry = context.catalogue.find(path);
      if (!entry || !context.enabled(entry->rule) ||
          is_lazily_initialized(tree, function, node))
        return;
      std::string written(tree.text(field(node, "function")));
      std::string shown = written == path ? "'" + path + "'"
                                          : "'" + written + "' (" + path + ")";
      context.report(entry->rule, node,
                     shown + " builds " + entry->builds +
                         " on every invocation of handler '" + function.name +
                         "'; " + entry->cost,
                     handler);
    });
  }
}

} // namespace hoist::python
