#include "engine/session.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>
#include <variant>

#include "core/function_not_read.h"
#include "core/handler_spec.h"
#include "core/move_append.h"
#include "core/paths.h"
#include "engine/deployment_reading.h"
#include "rules/rule_ids.h"

namespace hoist::engine {
namespace {

namespace fs = std::filesystem;

/// Handler strings that no checked file answered are usage errors: a typo in
/// --handler must not pass silently as "no findings".
void report_unmatched_handlers(
    const HandlerOptions &handlers,
    const std::vector<HandlerSpecMatch> &matches,
    std::vector<FileNotice> &notices) {
  // Per handler string: 0 nothing matched, 1 its module, 2 its function too.
  std::vector<int> state(handlers.specs.size(), 0);
  for (const auto &match : matches)
    state[match.spec_index] =
        std::max(state[match.spec_index], match.function_found ? 2 : 1);
  for (std::size_t i = 0; i < handlers.specs.size(); ++i) {
    const HandlerSpec &spec = handlers.specs[i];
    if (state[i] == 0)
      notices.push_back({Severity::Error, spec.text, std::nullopt,
                         "no checked file is the handler's module; check the "
                         "handler string and the paths given",
                         NoticeKind::Handler});
    else if (state[i] == 1)
      notices.push_back({Severity::Error, spec.text, std::nullopt,
                         "the handler's module defines no module-level "
                         "function '" +
                             spec.function +
                             "'; Lambda would fail with "
                             "'Runtime.HandlerNotFound'",
                         NoticeKind::Handler});
  }
}

/// Handler strings no file checked answered whose module is one of the
/// project's files the run leaves out (AnalysisOptions::project_sources),
/// as the runtimes find modules (`handler_modules`): answered, with a -v
/// note at that file. A run of some of a project's files (pre-commit names
/// those a commit changes) does not check every handler the configuration
/// names, and that is no error; a string that names no file of the project
/// still is one.
void match_in_unchecked_files(const AnalysisOptions &analysis,
                              const std::vector<HandlerModules> &handler_modules,
                              std::vector<HandlerSpecMatch> &matches,
                              std::vector<DeploymentNotice> &notices) {
  std::vector<bool> answered(analysis.handlers.specs.size(), false);
  for (const HandlerSpecMatch &match : matches)
    answered[match.spec_index] = true;
  auto names = [](const HandlerSpec &spec, const std::string &relative,
                  const std::string &path) {
    std::vector<std::string> wanted = path_components(
        spec.task_root.empty() ? relative : spec.task_root + "/" + relative);
    std::vector<std::string> parts =
        path_components(fs::absolute(path).lexically_normal().string());
    return parts.size() >= wanted.size() &&
           (!spec.task_root.empty() ? parts.size() == wanted.size() : true) &&
           std::equal(wanted.rbegin(), wanted.rend(), parts.rbegin());
  };
  for (std::size_t i = 0; i < answered.size(); ++i) {
    const HandlerSpec &spec = analysis.handlers.specs[i];
    std::string module;
    for (const std::string &component : spec.module_components)
      module += (module.empty() ? "" : "/") + component;
    for (const HandlerModules &runtime : handler_modules)
      for (const std::string &relative : runtime.files(module))
        for (const auto &[language, files] : analysis.project_sources)
          for (const DiscoveredFile &file : files) {
            if (answered[i] || !names(spec, relative, file.path))
              continue;
            answered[i] = true;
            // Not looked into: its handler is not checked.
            matches.push_back({i, true});
            auto loaded = SourceFile::load(file.path, file.display_path,
                                           analysis.max_file_size);
            auto *source = std::get_if<SourceFilePtr>(&loaded);
            if (!source)
              continue;
            DeploymentNotice note;
            note.where.file = *source;
            note.message = "the handler string '" + spec.text +
                           "' names this module, which is not among the "
                           "files checked: its handler is not checked";
            note.verbose_only = true;
            notices.push_back(std::move(note));
          }
  }
}

/// One notice for `--fix` and `--diff`, whatever the language: the
/// constructions found that have no fix (each finding's message says why)
/// did not change.
void say_nothing_fixed(const std::vector<Diagnostic> &diagnostics,
                       std::vector<FileNotice> &notices) {
  std::size_t unfixed = 0;
  std::set<std::string> files;
  for (const Diagnostic &diagnostic : diagnostics)
    if (diagnostic.subject && !diagnostic.fix) {
      ++unfixed;
      files.insert(diagnostic.location.file->path());
    }
  if (unfixed == 0)
    return;
  notices.push_back(
      {Severity::Warning, *files.begin(), std::nullopt,
       std::to_string(unfixed) + " finding" + (unfixed == 1 ? "" : "s") +
           " in " + std::to_string(files.size()) + " file" +
           (files.size() == 1 ? "" : "s") +
           " that hoist has no fix for (each finding's message says why): "
           "reported, not fixed",
       NoticeKind::NoFix});
}

/// `path` (as reports name it) relative to the config's directory.
std::string relative_to_config(const Config &config, const std::string &path) {
  return fs::absolute(path)
      .lexically_normal()
      .lexically_relative(config.directory)
      .generic_string();
}

bool ignored_for_file(const Config &config, const Diagnostic &diagnostic) {
  if (config.per_file_ignores.empty())
    return false;
  std::string relative =
      relative_to_config(config, diagnostic.location.file->path());
  for (const auto &[glob, rules] : config.per_file_ignores)
    if (matches_glob(glob, relative) &&
        std::any_of(rules.begin(), rules.end(), [&](const std::string &id) {
          return canonical_rule_id(id) == diagnostic.rule_id;
        }))
      return true;
  return false;
}

/// unused-suppression findings for `suppressions`, when the rule is on.
void report_unused_suppressions(const std::vector<Suppression> &suppressions,
                                const RuleRegistry &registry,
                                const std::unordered_set<std::string> &enabled,
                                std::vector<Diagnostic> &diagnostics) {
  const RuleInfo *rule = registry.find(rules::kUnusedSuppression);
  if (!rule || !enabled.count(rule->id))
    return;
  std::unordered_set<std::string> known;
  for (const RuleInfo &info : registry.rules())
    known.insert(info.id);
  for (Diagnostic &unused :
       unused_suppressions(suppressions, enabled, known, rule->severity))
    diagnostics.push_back(std::move(unused));
}

/// The index in `front_ends` of the first that checks the functions of
/// `runtime`, if any checks them.
std::optional<std::size_t> serving(const FrontEnds &front_ends,
                                   HandlerLanguage runtime) {
  for (std::size_t i = 0; i < front_ends.size(); ++i)
    if (front_ends[i]->serves(runtime))
      return i;
  return std::nullopt;
}

/// "a", "a and b", "a, b and c" (`last` for "and").
std::string listed(const std::vector<std::string> &items,
                   const std::string &last = "and") {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i)
    text += (i == 0                  ? ""
             : i + 1 == items.size() ? " " + last + " "
                                     : ", ") +
            items[i];
  return text;
}

/// For -v: a function whose runtime none of `front_ends` checks. C++ is
/// checked as the files given.
DeploymentNotice not_checked_notice(const ConfiguredHandler &entry,
                                    const FrontEnds &front_ends) {
  std::string why;
  if (entry.language == HandlerLanguage::Custom) {
    why = "'" + entry.handler + "' runs on a custom runtime, as an executable";
  } else if (entry.runtime.empty()) {
    // Its runtime was not settled by a module file of any front-end's
    // runtime (settle_language).
    std::vector<std::string> runtimes;
    for (const HandlerModules &modules : handler_modules_of(front_ends))
      runtimes.push_back(runtime_name(modules.runtime));
    why = "its handler names no " + (runtimes.empty()
                                         ? std::string("module hoist reads")
                                         : listed(runtimes, "or") + " module");
  } else {
    std::vector<std::string> checked;
    for (HandlerLanguage runtime : kRuntimeFamilies)
      if (serving(front_ends, runtime))
        checked.push_back(runtime_name(runtime));
    std::string names;
    for (std::size_t i = 0; i < checked.size(); ++i)
      names += (i ? ", " : "") + checked[i];
    why = "its runtime '" + entry.runtime + "' is not one hoist checks (" +
          names + ")";
  }
  return function_not_read(entry.where,
                           "the code of " + entry.origin + " is not checked",
                           why);
}

/// The files a check reads before any import: the files checked (by each
/// of `front_ends` in turn), deployment and configuration files, the other
/// files of their projects (which may import them), the rules, and hoist
/// itself.
std::vector<std::string> run_inputs(const Discovery &discovery,
                                    const FrontEnds &front_ends,
                                    const Config &config,
                                    const fs::path &data_dir) {
  std::vector<std::string> inputs;
  std::vector<const std::vector<DiscoveredFile> *> lists;
  for (const std::unique_ptr<FrontEnd> &front_end : front_ends)
    lists.push_back(&discovery.of(front_end->language()));
  for (const auto *files :
       {&discovery.deployment_files, &discovery.project_deployment_files})
    lists.push_back(files);
  for (const auto &[language, files] : discovery.project_cdk_app_files)
    lists.push_back(&files);
  for (const auto &[language, files] : discovery.project_sources)
    lists.push_back(&files);
  for (const std::vector<DiscoveredFile> *files : lists)
    for (const DiscoveredFile &file : *files)
      inputs.push_back(file.path);
  if (!config.file.empty())
    inputs.push_back(config.file);
  std::error_code error;
  for (const auto &entry :
       fs::recursive_directory_iterator(data_dir / "rules", error))
    if (entry.is_regular_file())
      inputs.push_back(entry.path());
  inputs.push_back(fs::read_symlink("/proc/self/exe", error));
  return inputs;
}

/// What each configuration file configures and what of it hoist checked,
/// which -v sums up in one line per file: a user could not tell which of a
/// project's functions hoist checked (fresh27 UX 1).
class ConfiguredCounts {
public:
  struct Count {
    SourceFilePtr file;
    std::size_t defined = 0; ///< functions a template or serverless.yml defines
    std::size_t located = 0; ///< of which hoist located the code
    /// The handler strings found and checked (by where they are, what they
    /// say and the function: a for_each's instances share a place, the
    /// functions of a template's Globals a place and string), and how many
    /// functions each stands for (a `count`'s instances share one).
    std::map<std::tuple<std::string, std::size_t, std::string, std::string>,
             std::size_t>
        checked;
    std::size_t checked_functions() const {
      std::size_t functions = 0;
      for (const auto &[handler, instances] : checked)
        functions += instances;
      return functions;
    }
  };
  Count &of(const SourceFilePtr &file) {
    Count &count = counts_[file->path()];
    if (!count.file)
      count.file = file;
    return count;
  }
  /// One -v note per file, at its start.
  void sum_up(std::vector<DeploymentNotice> &notices) const {
    for (const auto &[path, count] : counts_) {
      // A front-end's own CDK apps' functions reach it without the engine.
      const std::size_t checked = count.checked_functions();
      std::size_t located = std::max(count.located, checked);
      std::size_t functions = std::max(count.defined, located);
      auto plural = [](std::size_t n, const char *noun) {
        return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
      };
      DeploymentNotice notice;
      notice.where = {count.file, {0, 0}};
      notice.verbose_only = true;
      notice.message =
           "configures " + plural(functions, "function") +
               ": hoist located the code of " + std::to_string(located) +
               " and checked the handlers of " + std::to_string(checked) +
               (checked < functions
                    ? " (the notes here say why not the others; a handler "
                      "not found is reported)"
                    : "");
      notices.push_back(std::move(notice));
    }
  }

private:
  std::map<std::string, Count> counts_;
};

/// `path:line:col`, as compilers print a place.
std::string location_text(const Location &location) {
  Position at = location.file->position(location.range.begin);
  return location.file->path() + ":" + std::to_string(at.line) + ":" +
         std::to_string(at.column);
}

} // namespace

SessionRun Session::run(const Discovery &discovery,
                        std::optional<FixLevel> fixing,
                        const FrontEnds &front_ends) const {
  // Read beside the first front-end's reading of its files.
  DeploymentReading reading(analysis_, deployment_memo_,
                            handler_modules_of(front_ends));
  ReportSuppressions report_suppressions =
      [&](const std::vector<Suppression> &suppressions,
          const std::unordered_set<std::string> &rules,
          std::vector<Diagnostic> &diagnostics) {
        report_unused_suppressions(suppressions, registry_, rules,
                                   diagnostics);
      };
  IgnoredForFile ignored = [&](const Diagnostic &diagnostic) {
    return ignored_for_file(config_, diagnostic);
  };
  // The functions configured for each front-end's runtimes: by the
  // deployment files, once read, and by the front-ends before it.
  std::vector<ConfiguredFunctions> routed(front_ends.size());
  std::vector<DeploymentNotice> not_checked;
  ConfiguredCounts counts; // for -v's sums, by configuration file
  auto route = [&](std::vector<ConfiguredHandler> &handlers) {
    for (ConfiguredHandler &handler : handlers) {
      // Code a build makes is located when its source is (the front-end).
      if (!handler.code_unbuilt)
        counts.of(handler.read_from ? handler.read_from : handler.where.file)
            .located += handler.instances;
      if (std::optional<std::size_t> to = serving(front_ends, handler.language))
        routed[*to].checked.push_back(std::move(handler));
      else
        not_checked.push_back(not_checked_notice(handler, front_ends));
    }
  };
  bool read_routed = false;
  auto route_read = [&] {
    if (read_routed)
      return;
    read_routed = true;
    DeploymentRead &read = reading.result();
    route(read.checked);
    for (const ProjectHandler *handler : read.project)
      if (std::optional<std::size_t> to =
              serving(front_ends, handler->entry->language))
        routed[*to].project.push_back(handler);
  };
  SessionRun all;
  for (std::size_t i = 0; i < front_ends.size(); ++i) {
    const FrontEnd &front_end = *front_ends[i];
    ConfiguredFor configured = [&]() -> const ConfiguredFunctions & {
      route_read();
      return routed[i];
    };
    FrontEndRun run =
        front_end.run({discovery.of(front_end.language()), configured, fixing,
                       report_suppressions, ignored});
    route_read(); // before what the front-end configures for the others
    route(run.configured_for_others);
    for (Diagnostic &diagnostic : run.diagnostics)
      if (!ignored(diagnostic)) {
        keep_on_one_line(diagnostic);
        all.diagnostics.push_back(std::move(diagnostic));
      }
    move_append(all.errors, run.errors);
    move_append(all.skipped, run.skipped);
    move_append(all.partly_parsed, run.partly_parsed);
    move_append(all.deployment_notices, run.deployment_notices);
    move_append(all.handler_matches, run.handler_matches);
    for (const CheckedFunction &checked : run.configured_checked)
      counts.of(checked.read_from)
          .checked[{checked.where.file->path(), checked.where.range.begin,
                    checked.handler, checked.origin}] =
          checked.instances;
    move_append(all.loaded_files, run.loaded_files);
    move_append(all.consulted_directories, run.consulted_directories);
    all.files_checked += run.files_checked;
    all.changed.merge(run.changed);
    all.fixes_applied += run.fixes_applied;
    move_append(all.notices, run.notices);
  }
  match_in_unchecked_files(analysis_, handler_modules_of(front_ends),
                           all.handler_matches, all.deployment_notices);
  // What the deployment files say comes first, in place order.
  route_read();
  DeploymentRead &read = reading.result();
  std::vector<DeploymentNotice> &notices = read.notices;
  move_append(notices, not_checked);
  // The handlers given by name (--handler, `handlers`) are checked without
  // the deployment files: one hoist cannot read or parse fails nothing, and
  // -v says why its functions are not read.
  if (!analysis_.handlers.specs.empty()) {
    const std::string given = "; the handlers given by name are checked";
    for (DeploymentNotice &notice : notices)
      if (notice.severity == Severity::Error) {
        notice.severity = Severity::Warning;
        notice.verbose_only = true;
        notice.message += given;
      }
    for (const LoadError &error : read.errors)
      notices.push_back(
          {Severity::Warning,
           error.location
               ? *error.location
               : Location{std::make_shared<const SourceFile>(error.path, ""),
                          {0, 0}},
           error.message + given, true});
    read.errors.clear();
  }
  for (const auto &[file, defined] : read.functions_defined)
    counts.of(file).defined += defined;
  counts.sum_up(notices);
  std::sort(notices.begin(), notices.end(),
            [](const DeploymentNotice &a, const DeploymentNotice &b) {
              return std::tie(a.where.file->path(), a.where.range.begin) <
                     std::tie(b.where.file->path(), b.where.range.begin);
            });
  all.deployment_notices.insert(all.deployment_notices.begin(),
                                std::make_move_iterator(notices.begin()),
                                std::make_move_iterator(notices.end()));
  move_append(read.errors, all.errors);
  all.errors = std::move(read.errors);
  move_append(read.skipped, all.skipped);
  all.skipped = std::move(read.skipped);
  all.files_checked += read.files_read;
  all.deployment_files_checked = read.files_read;
  std::sort(all.diagnostics.begin(), all.diagnostics.end(), diagnostic_order);
  if (fixing)
    say_nothing_fixed(all.diagnostics, all.notices);
  return all;
}

ListedDirectories Session::cached_listings(const fs::path &dir) {
  return ResultCache::load_listings(dir).value_or(ListedDirectories{});
}

std::optional<ResultCache> Session::open_cache(const fs::path &dir,
                                               const std::string &settings,
                                               const Discovery &discovery,
                                               const FrontEnds &front_ends,
                                               std::string &off) const {
  std::vector<std::string> not_keyed;
  for (const std::unique_ptr<FrontEnd> &front_end : front_ends)
    if (!front_end->cacheable() && !discovery.of(front_end->language()).empty())
      not_keyed.push_back(front_end->file_noun() + "s");
  if (!not_keyed.empty()) {
    off = "its key does not hold what the findings in " + listed(not_keyed) +
          " depend on";
    return std::nullopt;
  }
  std::optional<ResultCache> cache;
  cache.emplace(dir, settings,
                run_inputs(discovery, front_ends, config_, data_dir_));
  if (discovery.directories_read > 0)
    ResultCache::store_listings(dir, discovery.listings);
  return cache;
}

void Session::store_in_cache(const ResultCache &cache, CachedRun printed,
                             const SessionRun &run, const Discovery &discovery,
                             const ReadRecording &recorded) const {
  // Those among the files checked are in the key already, and stamping them
  // twice would only cost stats.
  std::unordered_set<std::string> checked;
  for (const auto &[language, files] : discovery.sources)
    for (const DiscoveredFile &file : files)
      checked.insert(fs::absolute(file.path).lexically_normal().string());
  for (const std::string &loaded : run.loaded_files)
    if (!checked.count(fs::path(loaded).lexically_normal().string()))
      printed.extra_inputs.emplace_back(loaded);
  for (std::string &read : recorded.paths())
    if (!checked.count(read))
      printed.extra_inputs.push_back(std::move(read));
  printed.extra_inputs.insert(printed.extra_inputs.end(),
                              run.consulted_directories.begin(),
                              run.consulted_directories.end());
  cache.store(printed);
}

std::string counted_files(const Discovery &discovery,
                          const FrontEnds &front_ends) {
  std::vector<std::string> counts;
  for (const std::unique_ptr<FrontEnd> &front_end : front_ends) {
    std::size_t count = discovery.of(front_end->language()).size();
    counts.push_back(std::to_string(count) + " " + front_end->file_noun() +
                     (count == 1 ? "" : "s"));
  }
  return listed(counts);
}

FileClaims claims_of(const FrontEnds &front_ends) {
  FileClaims claims;
  for (const std::unique_ptr<FrontEnd> &front_end : front_ends)
    claims.push_back(front_end->claim());
  return claims;
}

const FrontEnd *front_end_serving(const FrontEnds &front_ends,
                                  HandlerLanguage runtime) {
  std::optional<std::size_t> at = serving(front_ends, runtime);
  return at ? front_ends[*at].get() : nullptr;
}

std::vector<HandlerModules> handler_modules_of(const FrontEnds &front_ends) {
  std::vector<HandlerModules> modules;
  for (const std::unique_ptr<FrontEnd> &front_end : front_ends)
    if (std::optional<HandlerModules> own = front_end->handler_modules())
      modules.push_back(std::move(*own));
  return modules;
}

Report Session::report(SessionRun &run, const Discovery &discovery,
                       std::ostream *verbose_notes) const {
  const SessionRun &result = run;
  Report report;
  report.version = HOIST_VERSION;
  report.registry = &registry_;
  report.root = fs::current_path();
  report.files_checked = result.files_checked;
  report.deployment_files_checked = result.deployment_files_checked;
  report.diagnostics = std::move(run.diagnostics);
  for (const std::vector<LoadError> *errors :
       {&discovery.errors, &result.errors, &result.skipped})
    for (const LoadError &failure : *errors)
      report.notices.push_back(
          {failure.skipped ? Severity::Warning : Severity::Error, failure.path,
           failure.location, failure.message});
  for (const DeploymentNotice &notice : result.deployment_notices)
    if (!notice.verbose_only)
      report.notices.push_back(
          {notice.severity, notice.where.file->path(), notice.where,
           notice.message, NoticeKind::File});
    else if (verbose_notes)
      *verbose_notes << location_text(notice.where)
                     << ": note: " << notice.message << "\n";
  // Analyzed only in part: named in the summary.
  move_append(report.notices, run.partly_parsed);
  report_unmatched_handlers(analysis_.handlers, result.handler_matches,
                            report.notices);
  report.notices.insert(report.notices.end(), run.notices.begin(),
                        run.notices.end());
  return report;
}

} // namespace hoist::engine
