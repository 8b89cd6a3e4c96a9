#include "cli/check_command.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <unistd.h>

#include "core/data_dir.h"
#include "core/file_discovery.h"
#include "output/writers.h"
#include "python/analyze_project.h"

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

/// Handler strings that no checked file answered are usage errors: a typo in
/// --handler must not pass silently as "no findings".
void report_unmatched_handlers(
    const python::HandlerOptions &handlers,
    const std::vector<python::HandlerSpecMatch> &matches,
    std::vector<FileNotice> &notices) {
  // Per handler string: 0 nothing matched, 1 its module, 2 its function too.
  std::vector<int> state(handlers.specs.size(), 0);
  for (const auto &match : matches)
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

  for (const std::string &root : options.roots)
    analysis.roots.push_back(root);
  analysis.jobs = options.jobs;

  Discovery discovery = discover_files(options.paths);
  python::ProjectAnalysis result =
      python::analyze_project(discovery.files, analysis, fs::current_path());

  Report report;
  report.version = HOIST_VERSION;
  report.registry = &*registry;
  report.root = fs::current_path();
  report.files_checked = result.files_checked;
  report.diagnostics = std::move(result.diagnostics);
  for (const auto *errors : {&discovery.errors, &result.errors})
    for (const LoadError &failure : *errors)
      report.notices.push_back(
          {Severity::Error, failure.path, std::nullopt, failure.message});
  for (const Location &error : result.syntax_errors)
    report.notices.push_back(
        {Severity::Warning, error.file->path(), error,
         "syntax error; the code around it was analyzed as far as it parses"});
  report_unmatched_handlers(analysis.handlers, result.handler_matches,
                            report.notices);

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
