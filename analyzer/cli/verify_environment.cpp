#include "cli/verify_environment.h"

#include <algorithm>
#include <filesystem>

#include "cli/local_function.h"
#include "core/config.h"
#include "core/deployment.h"
#include "core/file_discovery.h"
#include "core/handler_spec.h"
#include "core/paths.h"
#include "engine/session.h"
#include "setup/check_setup.h"

namespace hoist::cli {

namespace fs = std::filesystem;

namespace {

// True when `configured` runs the Node.js handler `handler` of `task_root`:
// the same file under the same task root, and the same export.
bool runs_node_handler(const ConfiguredHandler &configured,
                       const std::string &handler, const fs::path &task_root) {
  const std::string stem = node_file_stem(configured.handler);
  const std::string own = node_file_stem(handler);
  return configured.language == HandlerLanguage::JavaScript && !stem.empty() &&
         !own.empty() &&
         configured.handler.substr(stem.size()) == handler.substr(own.size()) &&
         (configured.code_root / stem).lexically_normal() ==
             (task_root / own).lexically_normal();
}

// How the runtimes hoist checks find a handler's module, as its front-ends
// say, for a function whose runtime no file under `project` states; none
// when the configuration there cannot be read (the check verify runs says
// why).
std::vector<HandlerModules> handler_modules(const fs::path &project) {
  engine::CheckRequest request;
  request.paths = {project.string()};
  std::string error;
  std::unique_ptr<setup::CheckSetup> setup =
      setup::CheckSetup::create(request, error);
  if (!setup)
    return {};
  return engine::handler_modules_of(setup->front_ends);
}

// The functions the deployment files under `project` configure with the
// handler `function.handler` at `task_root` (absolute, normalized), in the
// files' path order: those Lambda would run this module's function for.
std::vector<ConfiguredHandler> functions_running(const FunctionOptions &function,
                                                 const std::string &task_root,
                                                 const fs::path &project) {
  // Reports name the files from the current directory when it holds them.
  std::error_code ignored;
  fs::path spelled = project.lexically_relative(fs::current_path(ignored));
  if (spelled.empty() || *spelled.begin() == "..")
    spelled = project;
  // Only its deployment files: no front-end's claim.
  Discovery discovery = discover_files({spelled.string()}, {});
  std::sort(discovery.deployment_files.begin(),
            discovery.deployment_files.end(),
            [](const DiscoveredFile &a, const DiscoveredFile &b) {
              return a.path < b.path;
            });
  DeploymentScan scan;
  const DeploymentContext context{{project},
                                  DeploymentContext{}.max_file_size,
                                  handler_modules(project)};
  for (const DiscoveredFile &file : discovery.deployment_files)
    read_deployment_file(file.path, file.display_path, context, scan);
  std::vector<ConfiguredHandler> running;
  if (runs_on_node(function)) {
    for (ConfiguredHandler &configured : scan.handlers)
      if (runs_node_handler(configured, function.handler, task_root))
        running.push_back(std::move(configured));
    return running;
  }
  std::string error;
  auto spec = HandlerSpec::parse(function.handler, error);
  if (!spec)
    return running;
  const std::string stem = spec->module_stem(task_root);
  for (ConfiguredHandler &configured : scan.handlers) {
    auto configured_spec = HandlerSpec::parse(configured.handler, error);
    // The same module file, or the same handler string from the same task
    // root (its PYTHONPATH may find the module elsewhere under it).
    if (configured.language == HandlerLanguage::Python && configured_spec &&
        configured_spec->function == spec->function &&
        (configured_module_stem(configured) == stem ||
         (configured.handler == function.handler &&
          normalized_dir(configured.code_root) == task_root)))
      running.push_back(std::move(configured));
  }
  return running;
}

} // namespace

verify::VerifiedEnvironment configured_environment(FunctionOptions &function) {
  verify::VerifiedEnvironment report;
  std::vector<std::pair<std::string, std::string>> variables;
  const std::string task_root =
      normalized_dir(fs::absolute(function.root));
  const fs::path project =
      find_project_root(task_root).value_or(fs::path(task_root));
  std::vector<ConfiguredHandler> running =
      functions_running(function, task_root, project);
  auto given = [&](const std::string &name) {
    return std::any_of(
        function.environment.begin(), function.environment.end(),
        [&](const auto &variable) { return variable.first == name; });
  };
  if (!running.empty()) {
    const ConfiguredHandler &chosen = running.front();
    report.origin = chosen.origin;
    for (std::size_t i = 1; i < running.size(); ++i)
      report.other_origins.push_back(running[i].origin);
    for (const auto &[name, value] : chosen.environment.variables) {
      if (given(name))
        continue;
      if (std::string why = why_not_settable(name); !why.empty()) {
        report.not_set.emplace_back(name, why);
        continue;
      }
      variables.emplace_back(name, value);
      report.configured.push_back(name);
    }
    for (const std::string &name : chosen.environment.unknown)
      if (!given(name))
        report.not_set.emplace_back(
            name, "its value is known only at deployment; give it with --env");
    report.runtime = chosen.runtime;
    // Lambda names the runtime there (code branches on it); the Node.js
    // client follows its contract (nodejs24.x refuses callback handlers) on
    // any Node.js. Unconfigured, each runtime names the language it runs.
    if ((chosen.language == HandlerLanguage::JavaScript &&
         chosen.runtime.rfind("nodejs", 0) == 0) ||
        (chosen.language == HandlerLanguage::Python &&
         chosen.runtime.rfind("python", 0) == 0))
      variables.emplace_back("AWS_EXECUTION_ENV", "AWS_Lambda_" + chosen.runtime);
  }
  // --env over the file's; a name given twice keeps its last value.
  for (const auto &[name, value] : function.environment) {
    auto same = std::find_if(
        variables.begin(), variables.end(),
        [&](const auto &variable) { return variable.first == name; });
    if (same == variables.end()) {
      variables.emplace_back(name, value);
      report.given.push_back(name);
    } else {
      same->second = value;
    }
  }
  function.environment = std::move(variables);
  return report;
}

} // namespace hoist::cli
