#include "setup/check_setup.h"

#include <algorithm>
#include <set>

#include "core/data_dir.h"
#include "core/deployment.h"
#include "core/handler_spec.h"
#include "core/paths.h"
#include "rules/rule_ids.h"
#include "setup/registered_front_ends.h"
#include "setup/rule_selection.h"

namespace hoist::setup {
namespace {

namespace fs = std::filesystem;

/// The config file that applies: the request's, else the nearest one
/// upward from the first path. Returns false with `error` set when it
/// cannot be read.
bool load_settings_file(const CheckRequest &request, Config &config,
                        std::string &error) {
  std::optional<fs::path> file;
  if (!request.config_file.empty())
    file = request.config_file;
  else
    file = find_config(request.paths.front());
  if (!file)
    return true;
  ConfigError config_error;
  auto loaded = load_config(*file, config_error);
  if (!loaded) {
    error = "invalid configuration: " + config_error.message;
    return false;
  }
  config = std::move(*loaded);
  return true;
}

/// The request's limit, else the configuration's, else the default.
std::uintmax_t max_file_size_in(const CheckRequest &request,
                                const Config &config) {
  if (request.max_file_size)
    return request.max_file_size;
  return config.max_file_size.value_or(kDefaultMaxFileSize);
}

/// What a walk of a project's `root` finds that configures handlers: its
/// deployment files, and the files of its CDK apps that `front_ends` read.
ProjectMemo::ProjectFiles walk_project(const std::string &root,
                                       const FrontEnds &front_ends,
                                       const DiscoveryFilters &filters) {
  Discovery project =
      discover_files({root}, engine::claims_of(front_ends), filters);
  ProjectMemo::ProjectFiles found;
  for (const std::unique_ptr<engine::FrontEnd> &front_end : front_ends) {
    std::vector<DiscoveredFile> files =
        front_end->project_cdk_app_files(project);
    if (!files.empty())
      found.cdk_app_files[front_end->language()] = std::move(files);
  }
  found.deployment_files = std::move(project.deployment_files);
  found.sources = std::move(project.sources);
  return found;
}

/// True when `path` is a deployment file, which its project's other
/// deployment files may read (a template builds a Dockerfile's image), or
/// a settings file, whose `handlers` the project's files answer (a commit
/// of pyproject.toml alone, as pre-commit names it), or one of
/// `front_ends` claims the file and checks the functions its project's
/// deployment files configure.
bool checked_with_its_project(const fs::path &path,
                              const FrontEnds &front_ends) {
  const std::string name = path.filename().string();
  if (is_deployment_file(path) || is_settings_file_name(name))
    return true;
  for (const std::unique_ptr<engine::FrontEnd> &front_end : front_ends)
    if (front_end->claim().checks(name))
      return front_end->checks_project_functions();
  return false;
}

/// Finds the deployment files of the projects that the files named in
/// `paths` (of a front-end that checks its project's functions) and the
/// directories named belong to, when a project's root lies above them, as
/// a walk of each project's root finds them; and the files of the CDK apps
/// there that the front-ends read (their stacks configure handlers too),
/// and the project's other files the front-ends claim (what may import the
/// files named). So `hoist check app.py` (as pre-commit calls hoist) and
/// `hoist check src/orders` know the handlers and importers that `hoist
/// check .` from the root would.
/// Walks are taken from `memo`, when given, and kept there.
void find_project_deployment_files(const std::vector<std::string> &paths,
                                   const Overlay &buffers,
                                   const FrontEnds &front_ends,
                                   const DiscoveryFilters &filters,
                                   ProjectMemo *memo, Discovery &discovery) {
  std::error_code ignored;
  fs::path here = fs::current_path(ignored);
  std::vector<std::string> roots;
  // The roots whose other files may import the files named: a project's
  // by its configuration or deployment files, not a repository's by its
  // `.git` (python::project_root_of).
  std::set<std::string> importing;
  for (const std::string &path : paths) {
    bool directory = fs::is_directory(path, ignored);
    bool file = fs::is_regular_file(path, ignored) ||
                buffers.count(fs::absolute(path).lexically_normal().string());
    if (!directory && (!file || !checked_with_its_project(path, front_ends)))
      continue;
    std::optional<fs::path> root = find_project_root(path);
    // A directory that is its project's root holds its deployment files.
    if (!root || (directory && fs::equivalent(*root, path, ignored)) ||
        std::count(discovery.project_roots.begin(),
                   discovery.project_roots.end(), *root))
      continue;
    discovery.project_roots.push_back(*root);
    if (find_project_root(path, false) == root)
      importing.insert(normalized_dir(*root));
    fs::path spelled = root->lexically_relative(here);
    roots.push_back(spelled.empty() ? root->string() : spelled.string());
  }
  if (roots.empty())
    return;
  DiscoveryFilters walk = filters;
  walk.force_exclude = false;
  auto absolute = [&](const DiscoveredFile &file) {
    return fs::absolute(file.path, ignored).lexically_normal().string();
  };
  // The files given are not read again as the project's.
  std::unordered_set<std::string> known, sources_known;
  for (const DiscoveredFile &file : discovery.deployment_files)
    known.insert(absolute(file));
  for (const auto &[language, files] : discovery.sources)
    for (const DiscoveredFile &file : files) {
      known.insert(absolute(file));
      sources_known.insert(absolute(file));
    }
  ProjectMemo fresh;
  if (!memo)
    memo = &fresh;
  for (const std::string &root : roots) {
    fs::path key = fs::absolute(root, ignored).lexically_normal();
    auto walked = memo->walks.find(key);
    if (walked == memo->walks.end())
      walked =
          memo->walks.emplace(key, walk_project(root, front_ends, walk)).first;
    // Roots may nest: each file once.
    for (const DiscoveredFile &file : walked->second.deployment_files)
      if (known.insert(absolute(file)).second)
        discovery.project_deployment_files.push_back(file);
    for (const auto &[language, files] : walked->second.cdk_app_files)
      for (const DiscoveredFile &file : files)
        if (known.insert(absolute(file)).second)
          discovery.project_cdk_app_files[language].push_back(file);
    if (importing.count(normalized_dir(key)))
      for (const auto &[language, files] : walked->second.sources)
        for (const DiscoveredFile &file : files)
          if (sources_known.insert(absolute(file)).second)
            discovery.project_sources[language].push_back(file);
  }
}

} // namespace

std::uintmax_t max_file_size_of(const CheckRequest &request) {
  Config config;
  std::string unread;
  if (!request.max_file_size && !load_settings_file(request, config, unread))
    return kDefaultMaxFileSize;
  return max_file_size_in(request, config);
}

std::unique_ptr<CheckSetup> CheckSetup::create(const CheckRequest &request,
                                               std::string &error) {
  fs::path data_dir = find_data_dir();
  std::unique_ptr<CheckSetup> setup;
  try {
    setup.reset(
        new CheckSetup(request, RuleRegistry::load(data_dir / "rules")));
  } catch (const std::exception &failure) {
    error = std::string("cannot load the rule catalogue: ") + failure.what() +
            " (set HOIST_DATA_DIR to the directory holding rules/)";
    return nullptr;
  }
  setup->data_dir = data_dir;
  Config &config = setup->config;
  if (!load_settings_file(request, config, error))
    return nullptr;

  AnalysisOptions &analysis = setup->analysis;
  analysis.registry = &setup->registry;
  std::vector<std::string> select =
      !request.select.empty()
          ? request.select
          : config.select.value_or(std::vector<std::string>{});
  std::vector<std::string> ignore = config.ignore;
  ignore.insert(ignore.end(), request.ignore.begin(), request.ignore.end());
  std::vector<std::string> extend_select = config.extend_select;
  extend_select.insert(extend_select.end(), request.extend_select.begin(),
                       request.extend_select.end());
  if (!select_rules(select, extend_select, ignore, setup->registry,
                    analysis.enabled_rules, error))
    return nullptr;
  select_rules(config.select.value_or(std::vector<std::string>{}),
               config.extend_select, config.ignore, setup->registry,
               setup->configured, error);
  setup->only_given_handlers = !request.handler_task_root.empty();
  std::vector<std::string> handler_strings;
  if (!setup->only_given_handlers)
    handler_strings = config.handlers;
  handler_strings.insert(handler_strings.end(), request.handlers.begin(),
                         request.handlers.end());
  for (const std::string &text : handler_strings) {
    auto spec = HandlerSpec::parse(text, error);
    if (!spec)
      return nullptr;
    if (setup->only_given_handlers)
      spec->task_root =
          normalized_dir(fs::absolute(request.handler_task_root));
    analysis.handlers.specs.push_back(std::move(*spec));
  }
  if (!request.handler_patterns.empty())
    analysis.handlers.name_patterns = request.handler_patterns;
  else if (config.handler_patterns)
    analysis.handlers.name_patterns = *config.handler_patterns;
  for (const std::string &root : config.roots)
    analysis.roots.push_back(config.directory / root);
  for (const std::string &root : request.roots)
    analysis.roots.push_back(fs::absolute(root));
  analysis.checked_paths = request.paths;
  analysis.settings.report_minted_credentials =
      config.rule_option(rules::kClientInHandler, "report-minted-credentials");
  analysis.jobs = request.jobs;
  analysis.max_file_size = max_file_size_in(request, config);
  if (!request.buffers.empty())
    analysis.overlay = &request.buffers;

  // The request's exclude replaces the config's; extend-exclude adds to
  // either.
  std::vector<std::string> &exclude = setup->exclude;
  exclude = request.exclude.value_or(config.exclude);
  exclude.insert(exclude.end(), config.extend_exclude.begin(),
                 config.extend_exclude.end());
  exclude.insert(exclude.end(), request.extend_exclude.begin(),
                 request.extend_exclude.end());
  // Globs are relative to the config's directory, or to where hoist runs.
  setup->exclude_base =
      config.file.empty() ? fs::current_path() : config.directory;
  if (!exclude.empty())
    setup->filters.excluded = [setup = setup.get()](const fs::path &absolute) {
      std::string relative = absolute.lexically_normal()
                                 .lexically_relative(setup->exclude_base)
                                 .generic_string();
      for (const std::string &glob : setup->exclude)
        if (matches_glob(glob, relative))
          return true;
      return false;
    };
  setup->filters.max_file_size = analysis.max_file_size;
  setup->filters.force_exclude =
      request.force_exclude.value_or(config.force_exclude);
  setup->filters.respect_gitignore =
      request.respect_gitignore.value_or(config.respect_gitignore);
  try {
    setup->front_ends = registered_front_ends(setup->front_end_context());
  } catch (const engine::SetupError &refused) {
    error = refused.what();
    return nullptr;
  }
  return setup;
}

Discovery CheckSetup::discover(const FrontEnds &front_ends,
                               const ListedDirectories *previous) const {
  Discovery discovery =
      discover_files(request.paths, engine::claims_of(front_ends), filters,
                     previous, &request.buffers);
  if (!only_given_handlers)
    find_project_deployment_files(request.paths, request.buffers, front_ends,
                                  filters, memo, discovery);
  return discovery;
}

void CheckSetup::prepare(const Discovery &discovery) {
  if (!only_given_handlers) {
    analysis.deployment_files = discovery.deployment_files;
    analysis.project_deployment_files = discovery.project_deployment_files;
    analysis.project_cdk_app_files = discovery.project_cdk_app_files;
    analysis.project_sources = discovery.project_sources;
    for (const fs::path &root : discovery.project_roots)
      analysis.project_trees.push_back(root);
  }
  // A deployment file is read for the code inside what was asked to be
  // checked: a directory given, or the directory of a file given...
  for (const std::string &path : request.paths) {
    fs::path tree = fs::absolute(path).lexically_normal();
    std::error_code ignored;
    if (!fs::is_directory(tree, ignored))
      tree = tree.parent_path();
    if (tree.has_filename() || tree == tree.root_path())
      analysis.checked_trees.push_back(tree);
    else
      analysis.checked_trees.push_back(tree.parent_path()); // "dir/"
  }
  // And for the code inside the projects of the paths, as a check of the
  // whole project reads it: a Terraform file in infra/ names code in src/.
  if (!only_given_handlers)
    for (const fs::path &root : discovery.project_roots)
      analysis.checked_trees.push_back(root);
  analysis.listings = &discovery.listings;
}

} // namespace hoist::setup
