#include "cli/check_command.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <mutex>
#include <set>
#include <sstream>
#include <tuple>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/command_error.h"
#include "cli/stdin_buffer.h"
#include "core/atomic_write.h"
#include "core/changed_files.h"
#include "core/config.h"
#include "core/data_dir.h"
#include "core/deployment.h"
#include "core/file_discovery.h"
#include "core/file_kinds.h"
#include "core/move_append.h"
#include "core/read_record.h"
#include "core/result_cache.h"
#include "core/rule_registry.h"
#include "core/shown_path.h"
#include "core/suppressions.h"
#include "core/text_diff.h"
#include "engine/session.h"
#include "output/json_text.h"
#include "output/replacements_yaml.h"
#include "output/writers.h"
#include "rules/rule_ids.h"
#include "setup/check_setup.h"

namespace hoist::cli {
namespace {

namespace fs = std::filesystem;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;

void write_report(std::ostream &out, const Report &report,
                  const CheckOptions &options) {
  switch (options.format) {
  case Format::Text:
    write_text(out, report,
               {use_color(options.color, options.output_file), options.quiet, options.statistics,
                options.show_fixes && options.fix});
    break;
  case Format::Concise:
    write_concise(out, report);
    break;
  case Format::Gitlab:
    write_gitlab(out, report);
    break;
  case Format::Junit:
    write_junit(out, report);
    break;
  case Format::Json:
    write_json(out, report);
    break;
  case Format::Sarif:
    write_sarif(out, report);
    break;
  case Format::Github:
    write_github(out, report);
    break;
  }
}

/// --diff: the unified diff of every file the fixes would change; exit 1
/// when there is one, or when a fix was dropped (the diff leaves a finding
/// it announced a fix for: a CI job must not pass it as clean). Without
/// --unsafe-fixes, the unsafe fixes left out are counted, so that "0 fixes"
/// does not read as nothing to fix.
int print_diff(const engine::SessionRun &fixed, const Report &report,
               bool unsafe_fixes, bool exit_zero) {
  write_notices(std::cerr, report.notices);
  for (const auto &[absolute, file] : fixed.changed)
    std::cout << unified_diff(file.original, file.fixed,
                              shown_path(file.display_path));
  std::cout.flush();
  std::string failures = describe_failures(report.notice_counts());
  std::size_t unsafe_left_out = 0;
  if (!unsafe_fixes)
    for (const Diagnostic &diagnostic : report.diagnostics)
      unsafe_left_out += diagnostic.fix && diagnostic.fix->applicability ==
                                               Applicability::Unsafe;
  std::cerr << "hoist: " << fixed.fixes_applied << " fix"
            << (fixed.fixes_applied == 1 ? "" : "es") << " would change "
            << fixed.changed.size() << " file"
            << (fixed.changed.size() == 1 ? "" : "s")
            << (unsafe_left_out == 0
                    ? ""
                    : "; " + std::to_string(unsafe_left_out) + " unsafe fix" +
                          (unsafe_left_out == 1 ? " is" : "es are") +
                          " left out (--unsafe-fixes shows them)")
            << (failures.empty() ? "" : "; " + failures) << "\n";
  if (report.notice_counts().errors > 0)
    return kExitError;
  const bool nothing_to_fix =
      fixed.changed.empty() && report.notice_counts().files_not_fixed == 0;
  return nothing_to_fix || exit_zero ? kExitClean : kExitFindings;
}

/// --fix: writes every changed file atomically; a file that cannot be
/// written (read-only, a full disk, changed meanwhile) is left as it was and
/// reported. Counts in `report` the fixes the written files hold, and those
/// files.
/// --fix may write inside the directories checked and the directories of the
/// files named, with symbolic links resolved.
void write_fixed_files(const engine::SessionRun &fixed,
                       const std::vector<std::string> &paths,
                       std::vector<FileNotice> &notices, Report &report) {
  std::vector<fs::path> roots;
  for (const std::string &path : paths) {
    std::error_code error;
    fs::path given = fs::absolute(path).lexically_normal();
    if (!fs::is_directory(given, error))
      given = given.parent_path();
    roots.push_back(fs::weakly_canonical(given, error));
  }
  // A file reached under two names (a link and its target, both checked)
  // is written once.
  std::set<fs::path> targets;
  for (const auto &[absolute, file] : fixed.changed) {
    std::error_code failure;
    fs::path target = fs::canonical(file.path, failure);
    if (!failure && targets.count(target))
      continue;
    // In the file's own encoding: the fix loop kept only fixes it can hold.
    auto original = encode_source(file.original, file.encoding);
    auto text = encode_source(file.fixed, file.encoding);
    bool encoded = std::holds_alternative<std::string>(original) &&
                   std::holds_alternative<std::string>(text);
    std::string error = encoded ? "" : "its text is not all " +
                                           std::string(name_of(file.encoding));
    if (encoded &&
        replace_file_atomically(file.path, roots,
                                std::get<std::string>(original),
                                std::get<std::string>(text), error)) {
      report.fixes_applied += file.fixes;
      report.problems_fixed += file.problems_fixed;
      ++report.files_fixed;
      report.fixed_files.push_back({file.display_path, file.fixes_by_rule});
      targets.insert(target);
    } else {
      notices.push_back({Severity::Error, file.display_path, std::nullopt,
                         "cannot be fixed: " + error, NoticeKind::Fix});
    }
  }
}

/// --fix on stdin: the fixed text (the text read, when nothing changed) to
/// stdout, as formatters do; counts the fixes in `report`.
void print_fixed_stdin(const engine::SessionRun &fixed,
                       const CheckOptions &options, Report &report) {
  const std::string key = stdin_buffer_key(options);
  auto changed = fixed.changed.find(key);
  if (changed == fixed.changed.end()) {
    std::cout << options.buffers.at(key);
    return;
  }
  const engine::ChangedFile &file = changed->second;
  std::cout << file.fixed;
  report.fixes_applied = file.fixes;
  report.problems_fixed = file.problems_fixed;
  report.files_fixed = 1;
  report.fixed_files.push_back({file.display_path, file.fixes_by_rule});
}

/// --export-fixes: the C++ findings as clang-tidy exports them, each with
/// the fix --fix would apply first (choose_fixes per file), to `path`.
bool export_fixes(const std::string &path, const Report &report,
                  const Discovery &discovery, FixLevel level,
                  std::string &error) {
  std::vector<ExportedFinding> findings;
  std::map<const SourceFile *, std::vector<const Fix *>> chosen;
  for (const Diagnostic &diagnostic : report.diagnostics) {
    const SourceFile &file = *diagnostic.location.file;
    const FileKind *kind = file_kind_of(file.path());
    if (!kind || !kind->clang_tidy_findings)
      continue;
    auto [entry, first] = chosen.try_emplace(&file);
    if (first)
      entry->second = choose_fixes(report.diagnostics, file, level);
    const Fix *fix = diagnostic.fix ? &*diagnostic.fix : nullptr;
    if (fix && !std::count(entry->second.begin(), entry->second.end(), fix))
      fix = nullptr;
    findings.push_back({rule_name(report, diagnostic), &diagnostic, fix});
  }
  // clang-tidy's main source file: the first source checked (C++ headers
  // are checked only through the sources) of a kind it reports in.
  const DiscoveredFile *main_source = nullptr;
  for (const auto &[language, files] : discovery.sources)
    for (const DiscoveredFile &file : files)
      if (const FileKind *kind = file_kind_of(file.path);
          kind && kind->clang_tidy_findings &&
          (!main_source || file.display_path < main_source->display_path))
        main_source = &file;
  fs::path main_file;
  if (main_source)
    main_file = fs::absolute(main_source->path).lexically_normal();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  write_replacements_yaml(out, main_file, fs::current_path(), findings);
  out.close();
  if (!out)
    error = "cannot write the fixes to '" + path + "': " + std::strerror(errno);
  return static_cast<bool>(out);
}

/// --changed-since: each front-end keeps those of its files the changes
/// may change (FrontEnd::keep_changed); those it drops are the project's
/// files the run leaves out (Discovery::project_sources), as a run of the
/// files changed alone leaves them. A changed deployment or configuration
/// file keeps everything: it can change any handler.
bool keep_changed(const std::string &ref, const Config &config,
                  const engine::FrontEnds &front_ends, Discovery &discovery,
                  std::uintmax_t max_file_size, std::string &error) {
  auto changed = changed_since(ref, fs::current_path(), error);
  if (!changed)
    return false;
  auto is_changed = [&](const fs::path &path) {
    return changed->count(fs::absolute(path).lexically_normal()) > 0;
  };
  if ((!config.file.empty() && is_changed(config.file)) ||
      std::any_of(discovery.deployment_files.begin(),
                  discovery.deployment_files.end(),
                  [&](const DiscoveredFile &file) {
                    return is_changed(file.path) &&
                           may_configure_lambda(file.path, max_file_size);
                  }))
    return true;
  for (const std::unique_ptr<engine::FrontEnd> &front_end : front_ends) {
    auto files = discovery.sources.find(front_end->language());
    if (files == discovery.sources.end())
      continue;
    std::vector<DiscoveredFile> all = files->second;
    front_end->keep_changed(*changed, files->second);
    std::set<std::string> kept;
    for (const DiscoveredFile &file : files->second)
      kept.insert(file.path);
    for (DiscoveredFile &file : all)
      if (!kept.count(file.path))
        discovery.project_sources[front_end->language()].push_back(
            std::move(file));
  }
  return true;
}

/// A file the run reads that an output file would overwrite: how reports
/// name it, and what it is to the run.
struct ReadFile {
  std::string display_path;
  const char *what;
};

/// The file the run reads that `output` (the --output or --export-fixes
/// path) is, the same file under any name: a file checked, or read with
/// them, the configuration (and the hoist.toml and pyproject.toml files its
/// search reads, in the directories at and above the paths checked), or a
/// deployment file that configures functions. Overwritten, it would be lost,
/// and the next run would read the report.
std::optional<ReadFile> read_file_at(const std::string &output,
                                     const Discovery &discovery,
                                     const Config &config,
                                     const std::vector<std::string> &paths,
                                     std::uintmax_t max_file_size) {
  struct stat target;
  if (output.empty() || ::stat(output.c_str(), &target) != 0)
    return std::nullopt;
  auto is_output = [&](const fs::path &path) {
    struct stat info;
    return ::stat(path.c_str(), &info) == 0 && info.st_dev == target.st_dev &&
           info.st_ino == target.st_ino;
  };
  for (const auto &[language, files] : discovery.sources)
    for (const DiscoveredFile &file : files)
      if (is_output(file.path))
        return ReadFile{file.display_path, "a file checked"};
  for (const auto *by_language :
       {&discovery.project_sources, &discovery.project_cdk_app_files})
    for (const auto &[language, files] : *by_language)
      for (const DiscoveredFile &file : files)
        if (is_output(file.path))
          return ReadFile{file.display_path,
                          "a file hoist reads with the files checked"};
  std::error_code error;
  const fs::path output_path = fs::weakly_canonical(output, error);
  if (!config.file.empty() && is_output(config.file))
    return ReadFile{output, "the configuration file hoist reads"};
  if (is_settings_file_name(output_path.filename().string()))
    for (const std::string &path : paths) {
      fs::path relative = fs::weakly_canonical(path, error)
                              .lexically_relative(output_path.parent_path());
      if (!relative.empty() && *relative.begin() != "..")
        return ReadFile{output,
                        "a file hoist reads to find its configuration"};
    }
  for (const auto *files :
       {&discovery.deployment_files, &discovery.project_deployment_files})
    for (const DiscoveredFile &file : *files)
      if (is_output(file.path) && may_configure_lambda(file.path, max_file_size))
        return ReadFile{file.display_path, "a deployment file hoist reads"};
  return std::nullopt;
}

/// Progress on stderr for runs longer than a second, only on a terminal (not
/// in pipes, not in CI logs), at most ten times a second.
class ProgressLine {
public:
  explicit ProgressLine(const CheckOptions &options)
      : enabled_(!options.quiet && isatty(STDERR_FILENO) &&
                 !std::getenv("CI") &&
                 !(std::getenv("TERM") &&
                   std::string(std::getenv("TERM")) == "dumb")),
        start_(std::chrono::steady_clock::now()) {}
  ~ProgressLine() { finish(); }

  /// Clears the line, so that what follows starts clean.
  void finish() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (shown_)
      std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
    enabled_ = false;
  }

  void update(const char *what, std::size_t done, std::size_t total) {
    if (!enabled_)
      return;
    auto now = std::chrono::steady_clock::now();
    std::lock_guard<std::mutex> lock(mutex_);
    if (now - start_ < std::chrono::seconds(1) ||
        now - last_ < std::chrono::milliseconds(100))
      return;
    last_ = now;
    shown_ = true;
    std::cerr << "\rhoist: " << what << " " << done << "/" << total
              << " files\033[K" << std::flush;
  }

private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
  std::mutex mutex_;
};

/// Writes the report to stdout or --output; returns `exit_code`, or 2 when
/// the output file cannot be written (main checks stdout, for every command).
template <typename Write>
int deliver(const CheckOptions &options, int exit_code, Write write) {
  if (options.output_file.empty()) {
    // --fix on stdin: stdout holds the fixed text.
    write(options.fix && !options.stdin_filename.empty() ? std::cerr
                                                         : std::cout);
    return exit_code;
  }
  std::ofstream out(options.output_file, std::ios::binary | std::ios::trunc);
  write(out);
  out.close();
  if (!out)
    return command_error("cannot write the report to '" + options.output_file +
                         "': " + std::strerror(errno));
  return exit_code;
}

/// Prints a run (fresh or replayed) and returns its exit status.
int emit(const CachedRun &run, const CheckOptions &options) {
  std::cerr << run.notices;
  std::cerr.flush();
  return deliver(options, run.exit_code,
                 [&](std::ostream &out) { out << run.report; });
}

/// Everything a run's output depends on besides its input files.
std::string run_settings(const CheckOptions &options) {
  std::ostringstream out;
  auto list = [&](const char *name, const std::vector<std::string> &items) {
    out << name << ":";
    for (const std::string &item : items)
      out << item << "\x1f";
    out << "\n";
  };
  out << HOIST_VERSION << "\n"
      << fs::current_path().string() << "\n"
      << static_cast<int>(options.format) << " "
      << use_color(options.color, options.output_file) << " "
      << options.quiet << options.statistics << options.exit_zero
      << options.verbose << "\n";
  list("paths", options.paths);
  list("select", options.select);
  list("extend-select", options.extend_select);
  list("ignore", options.ignore);
  list("handlers", options.handlers);
  list("patterns", options.handler_patterns);
  list("roots", options.roots);
  list("exclude", options.exclude.value_or(std::vector<std::string>{"\x1e"}));
  list("extend-exclude", options.extend_exclude);
  for (const std::optional<bool> &setting :
       {options.force_exclude, options.respect_gitignore})
    out << (setting ? *setting ? "on " : "off " : "config ");
  out << "\n";
  out << "max-file-size:" << options.max_file_size << "\n";
  out << "config:" << options.config_file << "\n";
  return out.str();
}

/// A TOML string, array of strings or inline table, for --show-settings.
std::string toml_string(const std::string &text) {
  return dump_at(nlohmann::json(text), 0);
}

std::string toml_array(const std::vector<std::string> &items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i ? ", " : "") + toml_string(items[i]);
  return out + "]";
}

const char *format_name(Format format) {
  switch (format) {
  case Format::Text:
    return "text";
  case Format::Concise:
    return "concise";
  case Format::Json:
    return "json";
  case Format::Sarif:
    return "sarif";
  case Format::Github:
    return "github";
  case Format::Gitlab:
    return "gitlab";
  case Format::Junit:
    return "junit";
  }
  return "text";
}

/// --show-settings: what a run would use, after the config file and the
/// command line are merged, in the config file's own keys.
int show_settings(const CheckOptions &options, const Config &config,
                  const AnalysisOptions &analysis,
                  const std::vector<std::string> &exclude,
                  const DiscoveryFilters &filters) {
  std::vector<std::string> rules(analysis.enabled_rules.begin(),
                                 analysis.enabled_rules.end());
  std::sort(rules.begin(), rules.end());
  std::vector<std::string> handlers, roots;
  for (const HandlerSpec &spec : analysis.handlers.specs)
    handlers.push_back(spec.text);
  for (const fs::path &root : analysis.roots)
    roots.push_back(root.lexically_normal().string());
  std::cout << "# hoist " << HOIST_VERSION << "\n"
            << "config-file = "
            << (config.file.empty() ? "\"\"  # none found; the defaults apply"
                                    : toml_string(config.file.string()))
            << "\n"
            << "paths = " << toml_array(options.paths) << "\n"
            << "select = " << toml_array(rules) << "\n"
            << "handlers = " << toml_array(handlers) << "\n"
            << "handler-patterns = "
            << toml_array(analysis.handlers.name_patterns) << "\n"
            << "roots = " << toml_array(roots) << "\n"
            << "exclude = " << toml_array(exclude) << "\n"
            << "force-exclude = " << (filters.force_exclude ? "true" : "false")
            << "\n"
            << "respect-gitignore = "
            << (filters.respect_gitignore ? "true" : "false") << "\n"
            << "max-file-size = " << analysis.max_file_size << "\n"
            << "report-minted-credentials = "
            << (analysis.settings.report_minted_credentials ? "true" : "false")
            << "\n"
            << "output-format = " << toml_string(format_name(options.format))
            << "\n"
            << "cache = " << (options.cache.value_or(false) ? "true" : "false")
            << "\n"
            << "cache-dir = " << toml_string(options.cache_dir) << "\n";
  std::cout << "per-file-ignores = {";
  for (std::size_t i = 0; i < config.per_file_ignores.size(); ++i)
    std::cout << (i ? ", " : " ")
              << toml_string(config.per_file_ignores[i].first) << " = "
              << toml_array(config.per_file_ignores[i].second);
  std::cout << (config.per_file_ignores.empty() ? "}\n" : " }\n");
  return kExitClean;
}

/// --show-files: every file a run would read, sorted: the files checked and
/// the deployment files that configure Lambda functions.
int show_files(const Discovery &discovery, std::uintmax_t max_file_size) {
  std::vector<std::string> paths;
  for (const auto &[language, files] : discovery.sources)
    for (const DiscoveredFile &file : files)
      paths.push_back(file.display_path);
  for (const auto *files :
       {&discovery.deployment_files, &discovery.project_deployment_files})
    for (const DiscoveredFile &file : *files)
      if (may_configure_lambda(file.path, max_file_size))
        paths.push_back(file.display_path);
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  for (const std::string &path : paths)
    std::cout << shown_path(path) << "\n";
  return kExitClean;
}

/// -v: a note on stderr, as compilers print them.
void note(const std::string &message) {
  std::cerr << "hoist: note: " << message << "\n";
}

} // namespace

int run_check(const CheckOptions &options, const ReportReader &read) {
  std::string error;
  std::unique_ptr<setup::CheckSetup> setup =
      setup::CheckSetup::create(options, error);
  if (!setup)
    return command_error(error);
  const Config &config = setup->config;
  AnalysisOptions &analysis = setup->analysis;
  if (options.show_settings)
    return show_settings(options, config, analysis, setup->exclude,
                         setup->filters);
  if (options.verbose)
    note(config.file.empty() ? "no configuration file found; the defaults apply"
                             : "settings from '" + config.file.string() + "'");
  // A cached run lists only the directories that changed since the last.
  bool cached = options.cache.value_or(false) && !read && !options.fix &&
                options.stdin_filename.empty() &&
                !options.diff && options.export_fixes.empty() &&
                ResultCache::usable(options.cache_dir);
  std::optional<ListedDirectories> previous;
  if (cached)
    previous = engine::Session::cached_listings(options.cache_dir);
  ProgressLine progress(options);
  setup->before_slow_start = [&] { progress.finish(); };
  const engine::FrontEnds &front_ends = setup->front_ends;
  Discovery discovery =
      setup->discover(front_ends, previous ? &*previous : nullptr);
  if (!options.changed_since.empty() &&
      !keep_changed(options.changed_since, config, front_ends, discovery,
                    analysis.max_file_size, error))
    return command_error(error);
  if (options.show_files)
    return show_files(discovery, analysis.max_file_size);
  if (options.verbose)
    note("checking " + engine::counted_files(discovery, front_ends));
  for (const auto &[output, written, option] :
       {std::tuple(&options.output_file, "the report", "--output"),
        std::tuple(&options.export_fixes, "the exported fixes",
                   "--export-fixes")})
    if (std::optional<ReadFile> same =
            read_file_at(*output, discovery, config, options.paths,
                         analysis.max_file_size))
      return command_error(std::string(written) + " would overwrite '" +
                           same->display_path + "', " + same->what +
                           "; choose another " + option);

  engine::Session session = setup->session();
  std::optional<ResultCache> cache;
  // What the run reads, and looks for and does not find, from here on.
  std::optional<ReadRecording> recording;
  if (cached) {
    std::string off;
    cache = session.open_cache(options.cache_dir, run_settings(options),
                               discovery, front_ends, off);
    // Said without -v: a user who asked for the cache would otherwise
    // wait for a replay that never comes (fresh26 UX 4).
    if (!cache) {
      note("--cache is off for this run: " + off);
    } else if (std::optional<CachedRun> run = cache->lookup()) {
      return emit(*run, options);
    } else {
      recording.emplace();
    }
  }

  setup->prepare(discovery);
  analysis.progress = [&](const char *what, std::size_t done,
                          std::size_t total) {
    progress.update(what, done, total);
  };
  FixLevel level = options.unsafe_fixes ? FixLevel::Unsafe : FixLevel::Safe;
  // Each front-end in turn: with `fixing`, of the texts fixed in memory.
  auto analyze_all = [&](bool fixing) {
    return fixing ? session.fix(discovery, level, front_ends)
                  : session.analyze(discovery, front_ends);
  };
  auto report_of = [&](engine::SessionRun &fixed) {
    return session.report(fixed, discovery,
                          options.verbose ? &std::cerr : nullptr);
  };
  engine::SessionRun fixed = analyze_all(options.fix || options.diff);
  Report report = report_of(fixed);

  if (options.diff)
    return print_diff(fixed, report, options.unsafe_fixes, options.exit_zero);
  if (!options.export_fixes.empty() &&
      !export_fixes(options.export_fixes, report, discovery, level, error))
    return command_error(error);
  if (options.fix && !options.stdin_filename.empty()) {
    print_fixed_stdin(fixed, options, report);
  } else if (options.fix) {
    std::vector<FileNotice> unwritten;
    Report written;
    write_fixed_files(fixed, options.paths, unwritten, written);
    if (!unwritten.empty()) {
      // Some files keep their findings: report what the files hold now.
      engine::SessionRun now = analyze_all(false);
      for (const FileNotice &notice : fixed.notices)
        if (notice.kind == NoticeKind::Fix)
          now.notices.push_back(notice);
      move_append(now.notices, unwritten);
      report = report_of(now);
    }
    report.fixes_applied = written.fixes_applied;
    report.problems_fixed = written.problems_fixed;
    report.files_fixed = written.files_fixed;
    report.fixed_files = std::move(written.fixed_files);
    // Machine-readable reports stay as they are: the list goes to stderr.
    if (options.show_fixes && options.format != Format::Text)
      write_fixes(std::cerr, report);
  }

  bool failed = report.notice_counts().errors > 0;
  CachedRun run;
  run.exit_code = failed              ? kExitError
                  : options.exit_zero ? kExitClean
                  : options.exit_non_zero_on_fix && report.fixes_applied > 0
                      ? kExitFindings
                  : report.diagnostics.empty() ? kExitClean
                                               : kExitFindings;
  if (read)
    read(report);
  if (!cache) {
    // Nothing to keep: write straight out, without a copy of the report.
    write_notices(std::cerr, report.notices);
    std::cerr.flush();
    return deliver(options, run.exit_code, [&](std::ostream &out) {
      write_report(out, report, options);
    });
  }
  std::ostringstream notices, rendered;
  write_notices(notices, report.notices);
  write_report(rendered, report, options);
  run.notices = notices.str();
  run.report = std::move(rendered).str();
  session.store_in_cache(*cache, run, fixed, discovery, *recording);
  return emit(run, options);
}

} // namespace hoist::cli
