#include "engine/deployment_reading.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "core/move_append.h"
#include "core/parallel_for.h"
#include "core/paths.h"

namespace hoist::engine {
namespace {

/// Fills `memo.handlers` from its scans.
void index_handlers(DeploymentMemo &memo) {
  for (const DeploymentScan &scan : memo.scans)
    for (const ConfiguredHandler &entry : scan.handlers) {
      std::optional<std::string> stem = configured_module_stem(entry);
      memo.handlers.push_back(
          {&entry, stem ? *stem : "", normalized_dir(entry.code_root)});
    }
}

/// Empties the scans of Terraform modules that a module read calls (a
/// local `module` block's source): their functions are read through their
/// callers, with the values those give their variables.
void drop_called_modules(std::vector<DeploymentScan> &scans,
                         std::vector<DeploymentScan> &project_scans) {
  std::unordered_set<std::string> called;
  for (const auto *all : {&scans, &project_scans})
    for (const DeploymentScan &scan : *all)
      called.insert(scan.terraform_modules_called.begin(),
                    scan.terraform_modules_called.end());
  if (called.empty())
    return;
  for (auto *all : {&scans, &project_scans})
    for (DeploymentScan &scan : *all)
      if (!scan.terraform_module.empty() && called.count(scan.terraform_module))
        scan = DeploymentScan{};
}

} // namespace

DeploymentReading::DeploymentReading(
    const AnalysisOptions &options, DeploymentMemo *memo,
    std::vector<HandlerModules> handler_modules)
    : handler_modules_(std::move(handler_modules)) {
  if (options.deployment_files.empty() &&
      options.project_deployment_files.empty())
    read(options, memo); // nothing to read: no thread
  else
    reading_ = std::async(std::launch::async,
                          [this, &options, memo] { read(options, memo); });
}

DeploymentReading::~DeploymentReading() {
  if (reading_.valid())
    reading_.wait();
}

DeploymentRead &DeploymentReading::result() {
  if (reading_.valid())
    reading_.get();
  return result_;
}

void DeploymentReading::read(const AnalysisOptions &options,
                             DeploymentMemo *memo) {
  const unsigned jobs = options.jobs ? options.jobs : default_jobs();
  const auto &deployment = options.deployment_files;
  std::vector<std::string> project_paths;
  for (const DiscoveredFile &file : options.project_deployment_files)
    project_paths.push_back(file.path);
  const bool remembered = memo && memo->files == project_paths &&
                          memo->trees == options.project_trees;
  const std::vector<DiscoveredFile> none;
  const auto &project_deployment =
      remembered ? none : options.project_deployment_files;
  // One scan per file, in the files' order: what they configure comes out
  // in that order whichever thread read it (messages name the first of
  // several functions, and must not change with --jobs).
  std::vector<DeploymentScan> scans(deployment.size()),
      project_scans(project_deployment.size());
  DeploymentContext context{options.checked_trees, options.max_file_size,
                            handler_modules_};
  DeploymentContext project_context{options.project_trees,
                                    options.max_file_size, handler_modules_};
  parallel_for(
      deployment.size() + project_deployment.size(), jobs,
      [&](std::size_t i, unsigned) {
        if (i < deployment.size()) {
          read_deployment_file(deployment[i].path, deployment[i].display_path,
                               context, scans[i]);
          return;
        }
        const std::size_t at = i - deployment.size();
        read_deployment_file(project_deployment[at].path,
                             project_deployment[at].display_path,
                             project_context, project_scans[at]);
      });
  DeploymentMemo &project = memo ? *memo : read_now_;
  drop_called_modules(scans, remembered ? project.scans : project_scans);
  if (!remembered) {
    project = {std::move(project_paths),
               options.project_trees,
               std::move(project_scans),
               {}};
    index_handlers(project);
  }
  // A Dockerfile that a template builds is read through the template, not
  // on its own.
  std::unordered_set<std::string> built_elsewhere;
  for (const auto *all : {&std::as_const(scans), &std::as_const(project.scans)})
    for (const DeploymentScan &scan : *all)
      built_elsewhere.insert(scan.dockerfiles_built_elsewhere.begin(),
                             scan.dockerfiles_built_elsewhere.end());
  const std::string base = normalized_dir(std::filesystem::current_path());
  auto read_through_template = [&](const ConfiguredHandler &handler) {
    return !handler.built_by_template && !built_elsewhere.empty() &&
           built_elsewhere.count(
               absolute_path(base, handler.where.file->path()));
  };
  // A Dockerfile on its own is a function's image when the project shows
  // one: a configuration that deploys images, or none but Dockerfiles.
  // Otherwise it builds something else (a layer, a tool), and what would
  // stop it starting as a function is noted under -v only.
  std::size_t configurations = 0;
  bool image_functions = false;
  for (const auto *all : {&std::as_const(scans), &std::as_const(project.scans)})
    for (const DeploymentScan &scan : *all) {
      configurations += scan.configurations_read;
      image_functions = image_functions || scan.image_functions;
    }
  const bool function_images = configurations == 0 || image_functions;
  for (DeploymentScan &scan : scans) {
    std::set<std::string> unsaid;
    for (LoadError &warning : scan.image_warnings)
      if (function_images)
        result_.skipped.push_back(std::move(warning));
      else if (unsaid.insert(warning.path).second && warning.location)
        result_.notices.push_back(
            {Severity::Warning, *warning.location,
             "not read as a function's image: the project's deployment "
             "configuration deploys no image, so what would stop it starting "
             "as one is not said (" +
                 warning.message + ")",
             /*verbose_only=*/true});
    for (ConfiguredHandler &handler : scan.handlers)
      if (!read_through_template(handler))
        result_.checked.push_back(std::move(handler));
    for (LoadError &error : scan.errors)
      (error.skipped ? result_.skipped : result_.errors)
          .push_back(std::move(error));
    move_append(result_.notices, scan.notices);
    move_append(result_.functions_defined, scan.functions_defined);
    result_.files_read += scan.files_read;
  }
  // What a project's template reads in a deployment file checked (the
  // Dockerfile whose image it builds) is that file's to say: checked.
  std::unordered_set<std::string> checked_files;
  for (const DiscoveredFile &file : deployment)
    checked_files.insert(absolute_path(base, file.path));
  for (const ProjectHandler &handler : project.handlers)
    if (checked_files.count(
            absolute_path(base, handler.entry->where.file->path())))
      result_.checked.push_back(*handler.entry);
    else if (!read_through_template(*handler.entry))
      result_.project.push_back(&handler);
  // Which thread read which file is chance: the report's order is not.
  auto by_path = [](const LoadError &a, const LoadError &b) {
    return std::tie(a.path, a.message) < std::tie(b.path, b.message);
  };
  std::stable_sort(result_.errors.begin(), result_.errors.end(), by_path);
  std::stable_sort(result_.skipped.begin(), result_.skipped.end(), by_path);
}

} // namespace hoist::engine
