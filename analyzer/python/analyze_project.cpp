#include "python/analyze_project.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <variant>

#include "core/suppressions.h"
#include "python/cdk_app.h"
#include "python/check.h"
#include "python/project.h"
#include "python/reachability.h"

namespace hoist::python {
namespace {

namespace fs = std::filesystem;

using ParseOutcome = std::variant<ParsedModule, LoadError>;

/// Parses every file, `jobs` at a time; outcomes keep file order.
std::vector<ParseOutcome> parse_all(const std::vector<DiscoveredFile> &files,
                                    unsigned jobs, const Overlay *overlay) {
  std::vector<ParseOutcome> outcomes(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++)
      outcomes[i] = parse_module(files[i].path, files[i].display_path, overlay);
  };
  if (jobs == 0)
    jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, files.size()));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t)
    threads.emplace_back(work);
  work();
  for (std::thread &thread : threads)
    thread.join();
  return outcomes;
}

/// Where absolute imports are looked up for a handler: the configured roots,
/// then the handler's directory and each parent up to `base`.
std::vector<fs::path> import_roots(const AnalysisOptions &options,
                                   const Project &project,
                                   const ModuleModel &handler_module,
                                   const fs::path &base) {
  std::vector<fs::path> roots;
  for (const fs::path &root : options.roots)
    roots.push_back((base / root).lexically_normal());
  fs::path dir = project.directory_of(handler_module);
  fs::path stop = base.lexically_normal();
  while (true) {
    roots.push_back(dir);
    fs::path relative = dir.lexically_relative(stop);
    if (relative.empty() || relative == "." || *relative.begin() == ".." ||
        dir == dir.parent_path())
      break;
    dir = dir.parent_path();
  }
  return roots;
}

/// True when `dir` is `root` or inside it.
bool is_within(const fs::path &dir, const fs::path &root) {
  fs::path relative = dir.lexically_relative(root);
  return !relative.empty() && *relative.begin() != "..";
}

Diagnostic handler_not_found(const ConfiguredHandler &configured,
                             const std::string &problem,
                             const RuleRegistry &registry) {
  Diagnostic diagnostic;
  diagnostic.rule_id = kHandlerNotFoundRule;
  const RuleInfo *rule = registry.find(kHandlerNotFoundRule);
  diagnostic.severity = rule ? rule->severity : Severity::Error;
  diagnostic.location = configured.where;
  diagnostic.message = problem;
  return diagnostic;
}

bool same_place(const Diagnostic &a, const Diagnostic &b) {
  return a.rule_id == b.rule_id && a.location.file == b.location.file &&
         a.location.range == b.location.range;
}

} // namespace

ProjectAnalysis analyze_project(const std::vector<DiscoveredFile> &files,
                                const AnalysisOptions &options,
                                const fs::path &base) {
  ProjectAnalysis result;
  std::vector<ParsedModule> parsed;
  for (ParseOutcome &outcome :
       parse_all(files, options.jobs, options.overlay)) {
    if (auto *error = std::get_if<LoadError>(&outcome)) {
      result.errors.push_back(std::move(*error));
      continue;
    }
    auto &module = std::get<ParsedModule>(outcome);
    if (module.syntax_error)
      result.syntax_errors.push_back(*module.syntax_error);
    parsed.push_back(std::move(module));
  }
  result.files_checked = parsed.size();
  Project project(std::move(parsed), base, options.overlay);

  auto checks = make_checks();
  auto run_checks = [&](const Resolver &resolver, const Handler &handler) {
    std::vector<ReachedFunction> reached = reachable_functions(
        resolver, *handler.function_module, *handler.function);
    CheckContext context(resolver, handler, reached, *options.registry,
                         options.enabled_rules, options.settings,
                         result.diagnostics);
    for (const auto &check : checks)
      check->run(context);
  };

  // Handlers the deployment configuration names come first, and rule the
  // code under their code roots.
  std::vector<ConfiguredHandler> configured = options.configured;
  Resolver module_scope(project, *options.catalogue, {});
  for (std::size_t i = 0; i < project.checked_count(); ++i)
    for (ConfiguredHandler &found :
         cdk_handlers(module_scope, *project.modules()[i].model))
      configured.push_back(std::move(found));
  for (const ConfiguredHandler &entry : configured) {
    std::vector<fs::path> roots{entry.code_root};
    for (const fs::path &root : options.roots)
      roots.push_back((base / root).lexically_normal());
    Resolver resolver(project, *options.catalogue, roots);
    ConfiguredLookup lookup = find_configured_handler(resolver, entry, base);
    if (lookup.handler)
      run_checks(resolver, *lookup.handler);
    else if (!lookup.problem.empty() &&
             options.enabled_rules.count(kHandlerNotFoundRule))
      result.diagnostics.push_back(
          handler_not_found(entry, lookup.problem, *options.registry));
  }

  for (std::size_t i = 0; i < project.checked_count(); ++i) {
    const ModuleModel &module = *project.modules()[i].model;
    fs::path dir = project.directory_of(module);
    bool configured_here = std::any_of(configured.begin(), configured.end(),
                                       [&](const ConfiguredHandler &entry) {
                                         return is_within(dir, entry.code_root);
                                       });
    if (configured_here && options.handlers.specs.empty())
      continue;
    Resolver resolver(project, *options.catalogue,
                      import_roots(options, project, module, base));
    for (const Handler &handler : find_handlers(
             resolver, module, options.handlers, result.handler_matches))
      run_checks(resolver, handler);
  }
  // Modules loaded on demand may suppress what is reported in them.
  for (const ParsedModule &module : project.modules())
    result.suppressions.insert(result.suppressions.end(),
                               module.suppressions.begin(),
                               module.suppressions.end());

  // One finding per place and rule, even when several handlers reach it; the
  // first handler in file order explains it.
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   diagnostic_order);
  result.diagnostics.erase(std::unique(result.diagnostics.begin(),
                                       result.diagnostics.end(), same_place),
                           result.diagnostics.end());
  return result;
}

} // namespace hoist::python
