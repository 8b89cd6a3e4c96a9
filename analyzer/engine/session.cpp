#include "engine/session.h"

#include <algorithm>

#include "core/handler_spec.h"
#include "core/move_append.h"
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

/// What is reported of an analysis: suppressions applied and the unused ones
/// reported, per-file-ignores applied, in report order.
void finalize_diagnostics(python::ProjectAnalysis &result, const Config &config,
                          const RuleRegistry &registry,
                          const std::unordered_set<std::string> &enabled) {
  std::vector<Diagnostic> &diagnostics = result.diagnostics;
  apply_suppressions(diagnostics, result.suppressions);
  report_unused_suppressions(result.suppressions, registry, enabled,
                             diagnostics);
  // Python 3 does not run a Python 2 file: nothing hoist would write there
  // can be tested, so nothing is.
  for (Diagnostic &diagnostic : diagnostics)
    if (diagnostic.fix &&
        std::any_of(diagnostic.fix->edits.begin(), diagnostic.fix->edits.end(),
                    [&](const Edit &edit) {
                      return result.python2_files.count(edit.file->path());
                    }))
      diagnostic.fix.reset();
  diagnostics.erase(std::remove_if(diagnostics.begin(), diagnostics.end(),
                                   [&](const Diagnostic &diagnostic) {
                                     return ignored_for_file(config,
                                                             diagnostic);
                                   }),
                    diagnostics.end());
  std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_order);
}

/// `path:line:col`, as compilers print a place.
std::string location_text(const Location &location) {
  Position at = location.file->position(location.range.begin);
  return location.file->path() + ":" + std::to_string(at.line) + ":" +
         std::to_string(at.column);
}

} // namespace

FixedAnalysis Session::run(const Discovery &discovery,
                           std::optional<FixLevel> fixing,
                           const FrontEnds &front_ends) const {
  auto finalize = [&](python::ProjectAnalysis &result) {
    finalize_diagnostics(result, config_, registry_, analysis_.enabled_rules);
  };
  FixedAnalysis fixed;
  if (fixing) {
    fixed = analyze_and_fix(discovery.files, analysis_, fs::current_path(),
                            *fixing, finalize);
  } else {
    fixed.analysis =
        python::analyze_project(discovery.files, analysis_, fs::current_path());
    finalize(fixed.analysis);
  }
  python::ProjectAnalysis &result = fixed.analysis;
  // (The other front-ends apply their files' suppressions themselves.)
  ReportSuppressions report_suppressions =
      [&](const std::vector<Suppression> &suppressions,
          const std::unordered_set<std::string> &rules,
          std::vector<Diagnostic> &diagnostics) {
        report_unused_suppressions(suppressions, registry_, rules,
                                   diagnostics);
      };
  const std::vector<ConfiguredHandler> none;
  for (const std::unique_ptr<FrontEnd> &front_end : front_ends) {
    const Language language = front_end->language();
    // The Python front-end read the deployment files: the functions of a
    // Node.js runtime are the JavaScript front-end's.
    FrontEndRun run = front_end->run(
        {discovery.of(language),
         language == Language::JavaScript ? result.javascript_handlers : none,
         fixing, report_suppressions});
    for (Diagnostic &diagnostic : run.diagnostics)
      if (!ignored_for_file(config_, diagnostic))
        result.diagnostics.push_back(std::move(diagnostic));
    move_append(result.errors, run.errors);
    move_append(fixed.partly_parsed, run.partly_parsed);
    move_append(result.handler_matches, run.handler_matches);
    result.files_checked += run.files_checked;
    fixed.changed.merge(run.changed);
    fixed.fixes_applied += run.fixes_applied;
    move_append(fixed.notices, run.notices);
  }
  std::sort(result.diagnostics.begin(), result.diagnostics.end(),
            diagnostic_order);
  return fixed;
}

Report Session::report(FixedAnalysis &run, const Discovery &discovery,
                       std::ostream *verbose_notes) const {
  const python::ProjectAnalysis &result = run.analysis;
  Report report;
  report.version = HOIST_VERSION;
  report.registry = &registry_;
  report.root = fs::current_path();
  report.files_checked = result.files_checked;
  report.diagnostics = std::move(run.analysis.diagnostics);
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
           notice.message,
           notice.read_past ? NoticeKind::Content : NoticeKind::File});
    else if (verbose_notes)
      *verbose_notes << location_text(notice.where)
                     << ": note: " << notice.message << "\n";
  // Analyzed only in part: named in the summary, as a C++ file is.
  for (const Location &error : result.syntax_errors)
    report.notices.push_back({Severity::Warning, error.file->path(), error,
                              "syntax error; the code around it was "
                              "analyzed as far as it parses",
                              NoticeKind::Partial});
  move_append(report.notices, run.partly_parsed);
  for (const python::Python2Code &code : result.python2_code)
    report.notices.push_back(
        {Severity::Warning, code.where.file->path(), code.where,
         "Python 2 code (" + code.construct +
             "), which Python 3 refuses; analyzed as far as it parses, "
             "and not fixed",
         NoticeKind::Partial});
  report_unmatched_handlers(analysis_.handlers, result.handler_matches,
                            report.notices);
  report.notices.insert(report.notices.end(), run.notices.begin(),
                        run.notices.end());
  return report;
}

} // namespace hoist::engine
