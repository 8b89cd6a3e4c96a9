#include "cli/check_command.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "core/data_dir.h"
#include "core/file_discovery.h"
#include "output/writers.h"
#include "python/analyze_file.h"

namespace hoist::cli {
namespace {

namespace fs = std::filesystem;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

int usage_error(const std::string &message) {
  std::cerr << "hoist: error: " << message << "\n";
  return kExitError;
}

/// The rules to run: --select (default: the rules on by default), minus
/// --ignore. Returns false and sets `error` for an unknown id.
bool select_rules(const CheckOptions &options, const RuleRegistry &registry,
                  std::unordered_set<std::string> &enabled,
                  std::string &error) {
  auto known = [&](const std::string &id) {
    if (id == "ALL" || registry.find(id))
      return true;
    std::string ids;
    for (const RuleInfo &rule : registry.rules())
      ids += (ids.empty() ? "" : ", ") + rule.id;
    error = "unknown rule '" + id + "'; the rules are: " + ids;
    return false;
  };
  for (const auto *list : {&options.select, &options.ignore})
    for (const std::string &id : *list)
      if (!known(id))
        return false;
  bool all = std::count(options.select.begin(), options.select.end(), "ALL");
  for (const RuleInfo &rule : registry.rules()) {
    bool selected = options.select.empty()
                        ? rule.enabled_by_default
                        : all || std::count(options.select.begin(),
                                            options.select.end(), rule.id);
    bool ignored =
        std::count(options.ignore.begin(), options.ignore.end(), rule.id) > 0;
    if (selected && !ignored)
      enabled.insert(rule.id);
  }
  return true;
}

struct FileOutcome {
  std::optional<python::FileAnalysis> analysis;
  std::optional<LoadError> error;
};

/// Reads and analyzes every file, `jobs` at a time; outcomes keep file order.
std::vector<FileOutcome> analyze_all(const std::vector<DiscoveredFile> &files,
                                     const python::AnalysisOptions &options,
                                     unsigned jobs) {
  auto checks = python::make_checks();
  std::vector<FileOutcome> outcomes(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      auto loaded = SourceFile::load(files[i].path, files[i].display_path);
      if (auto *error = std::get_if<LoadError>(&loaded)) {
        outcomes[i].error = std::move(*error);
        continue;
      }
      auto analysis = python::analyze_file(std::get<SourceFilePtr>(loaded),
                                           options, checks);
      if (analysis.error)
        outcomes[i].error = LoadError{files[i].display_path, *analysis.error};
      else
        outcomes[i].analysis = std::move(analysis);
    }
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

/// Handler strings that no checked file answered are usage errors: a typo in
/// --handler must not pass silently as "no findings".
void report_unmatched_handlers(const python::HandlerOptions &handlers,
                               const std::vector<FileOutcome> &outcomes,
                               std::vector<FileNotice> &notices) {
  std::vector<int> state(handlers.specs.size(),
                         0); // 0 none, 1 module, 2 function
  for (const FileOutcome &outcome : outcomes)
    if (outcome.analysis)
      for (const auto &match : outcome.analysis->handler_matches)
        state[match.spec_index] =
            std::max(state[match.spec_index], match.function_found ? 2 : 1);
  for (std::size_t i = 0; i < handlers.specs.size(); ++i) {
    const python::HandlerSpec &spec = handlers.specs[i];
    if (state[i] == 0)
      notices.push_back({Severity::Error, spec.text, std::nullopt,
                         "no checked file is the handler's module; check the "
                         "handler string and the paths given"});
    else if (state[i] == 1)
      notices.push_back({Severity::Error, spec.text, std::nullopt,
                         "the handler's module defines no module-level "
                         "function '" +
                             spec.function +
                             "'; Lambda would fail with "
                             "'Runtime.HandlerNotFound'"});
  }
}

bool use_color(const CheckOptions &options) {
  if (options.color != ColorMode::Auto)
    return options.color == ColorMode::Always;
  const char *no_color = std::getenv("NO_COLOR");
  const char *term = std::getenv("TERM");
  return options.output_file.empty() && isatty(STDOUT_FILENO) &&
         !(no_color && *no_color) && !(term && std::string(term) == "dumb");
}

void write_notices(const std::vector<FileNotice> &notices) {
  for (const FileNotice &notice : notices) {
    std::string where = notice.path;
    if (notice.location) {
      Position at =
          notice.location->file->position(notice.location->range.begin);
      where += ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
    }
    std::cerr << where << ": " << to_string(notice.severity) << ": "
              << notice.message << "\n";
  }
}

void write_report(std::ostream &out, const Report &report,
                  const CheckOptions &options) {
  switch (options.format) {
  case Format::Text:
    write_text(out, report, use_color(options));
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

} // namespace

int run_check(const CheckOptions &options) {
  fs::path data_dir = find_data_dir();
  std::optional<RuleRegistry> registry;
  std::optional<python::ApiCatalogue> catalogue;
  try {
    registry = RuleRegistry::load(data_dir / "rules");
    catalogue =
        python::ApiCatalogue::load(data_dir / "rules" / "catalogue.json");
  } catch (const std::exception &error) {
    return usage_error(std::string("cannot load the rule catalogue: ") +
                       error.what() +
                       " (set HOIST_DATA_DIR to the directory holding rules/)");
  }

  python::AnalysisOptions analysis;
  analysis.registry = &*registry;
  analysis.catalogue = &*catalogue;
  std::string error;
  if (!select_rules(options, *registry, analysis.enabled_rules, error))
    return usage_error(error);
  for (const std::string &text : options.handlers) {
    auto spec = python::HandlerSpec::parse(text, error);
    if (!spec)
      return usage_error(error);
    analysis.handlers.specs.push_back(std::move(*spec));
  }
  if (!options.handler_patterns.empty())
    analysis.handlers.name_patterns = options.handler_patterns;

  Discovery discovery = discover_files(options.paths);
  std::vector<FileOutcome> outcomes =
      analyze_all(discovery.files, analysis, options.jobs);

  Report report;
  report.version = HOIST_VERSION;
  report.registry = &*registry;
  report.root = fs::current_path();
  for (LoadError &failure : discovery.errors)
    report.notices.push_back(
        {Severity::Error, failure.path, std::nullopt, failure.message});
  for (FileOutcome &outcome : outcomes) {
    if (outcome.error) {
      report.notices.push_back({Severity::Error, outcome.error->path,
                                std::nullopt, outcome.error->message});
      continue;
    }
    ++report.files_checked;
    python::FileAnalysis &analysis_result = *outcome.analysis;
    if (analysis_result.syntax_error)
      report.notices.push_back({Severity::Warning,
                                analysis_result.syntax_error->file->path(),
                                analysis_result.syntax_error,
                                "syntax error; the code around it was analyzed "
                                "as far as it parses"});
    for (Diagnostic &diagnostic : analysis_result.diagnostics)
      report.diagnostics.push_back(std::move(diagnostic));
  }
  report_unmatched_handlers(analysis.handlers, outcomes, report.notices);
  std::sort(report.diagnostics.begin(), report.diagnostics.end(),
            diagnostic_order);

  write_notices(report.notices);
  if (options.output_file.empty()) {
    write_report(std::cout, report, options);
    std::cout.flush();
  } else {
    std::ofstream out(options.output_file, std::ios::binary | std::ios::trunc);
    if (out)
      write_report(out, report, options);
    out.flush();
    if (!out)
      return usage_error("cannot write the report to '" + options.output_file +
                         "': " + std::strerror(errno));
  }

  bool failed = std::any_of(report.notices.begin(), report.notices.end(),
                            [](const FileNotice &notice) {
                              return notice.severity == Severity::Error;
                            });
  if (failed)
    return kExitError;
  return report.diagnostics.empty() ? kExitClean : kExitFindings;
}

} // namespace hoist::cli
