#include "python/analyze_file.h"

#include "python/module_model.h"
#include "python/syntax_tree.h"

namespace hoist::python {

FileAnalysis analyze_file(SourceFilePtr file, const AnalysisOptions &options,
                          const std::vector<std::unique_ptr<Check>> &checks) {
  FileAnalysis result;
  if ((result.error = exceeds_parser_limits(*file)))
    return result;
  std::unique_ptr<SyntaxTree> tree = SyntaxTree::parse(file);
  if (auto error = tree->first_error())
    result.syntax_error = Location{file, tree->range(*error)};
  ModuleModel module(*tree);
  std::vector<Handler> handlers = find_handlers(
      module, file->path(), options.handlers, result.handler_matches);
  if (handlers.empty())
    return result;
  CheckContext context(module, *options.catalogue, handlers, *options.registry,
                       options.enabled_rules, result.diagnostics);
  for (const auto &check : checks)
    check->run(context);
  return result;
}

} // namespace hoist::python
