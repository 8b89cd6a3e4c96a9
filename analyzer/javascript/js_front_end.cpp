#include "javascript/js_front_end.h"

#include "core/data_dir.h"
#include "core/move_append.h"
#include "core/suppressions.h"
#include "javascript/js_cdk.h"
#include "javascript/js_check.h"
#include "javascript/js_file_names.h"
#include "javascript/js_handlers.h"
#include "javascript/js_serverless_ts.h"
#include "javascript/js_syntax.h"
#include "javascript/js_unbuilt_code.h"

namespace hoist::javascript {

namespace fs = std::filesystem;
using engine::FixableFrontEnd;
using engine::FrontEndRequest;
using engine::FrontEndRun;

FileKinds JsFrontEnd::file_kinds() {
  FileKind typescript;
  typescript.matches = is_typescript_file;
  typescript.source_name = "TypeScript source";
  typescript.reader = "Node.js";
  typescript.line_comment = "//";
  FileKind javascript = typescript;
  javascript.matches = is_javascript_file;
  javascript.source_name = "JavaScript source";
  // TypeScript's first: a TypeScript module is a JavaScript file too.
  return {typescript, javascript};
}

FileClaim JsFrontEnd::claim() const { return {language(), is_javascript_file}; }

std::optional<HandlerModules> JsFrontEnd::handler_modules() const {
  return HandlerModules{
      HandlerLanguage::JavaScript, [](const std::string &module) {
        std::vector<std::string> files;
        for (const char *extension : {".js", ".mjs", ".cjs", ".ts"})
          files.push_back(module + extension);
        return files;
      }};
}

std::vector<DiscoveredFile>
JsFrontEnd::project_cdk_app_files(const Discovery &project) const {
  std::vector<DiscoveredFile> apps;
  for (DiscoveredFile &file :
       cdk_app_files(project.of(language()), project.deployment_files)) {
    // A test building a stack to assert on its template deploys nothing.
    if (is_test_path(file.display_path))
      continue;
    auto read =
        SourceFile::load(file.path, file.display_path, analysis_.max_file_size);
    if (auto *text = std::get_if<SourceFilePtr>(&read);
        text && may_be_cdk_app((*text)->text()))
      apps.push_back(std::move(file));
  }
  for (const DiscoveredFile &file : project.of(language()))
    if (is_serverless_code_config(file.path))
      apps.push_back(file);
  return apps;
}

FrontEndRun JsFrontEnd::run(const FrontEndRequest &asked) const {
  const std::vector<DiscoveredFile> &files = asked.files;
  const ConfiguredFunctions &functions = asked.configured();
  // The functions of the projects of the files named whose modules are
  // among the files are checked as those the deployment files checked
  // configure.
  std::vector<ConfiguredHandler> configured = functions.checked;
  std::unordered_set<std::string> stems;
  for (const DiscoveredFile &file : files) {
    std::string path = fs::absolute(file.path).lexically_normal().string();
    stems.insert(path.substr(0, path.size() - extension_of(path).size()));
  }
  for (const ProjectHandler *handler : functions.project_answered_by(stems))
    configured.push_back(*handler->entry);
  const AnalysisOptions &analysis = analysis_;
  const Overlay no_buffers;
  const Overlay &buffers = analysis.overlay ? *analysis.overlay : no_buffers;
  FrontEndRun run;
  if (files.empty() && configured.empty())
    return run;
  std::optional<JsCatalogue> catalogue;
  try {
    catalogue = JsCatalogue::load(find_data_dir() / "rules" / "catalogue.json");
  } catch (const std::exception &error) {
    run.notices.push_back({Severity::Error,
                           files.empty() ? configured.front().where.file->path()
                                         : files.front().display_path,
                           std::nullopt,
                           std::string(error.what()) +
                               "; the JavaScript and TypeScript files were "
                               "not checked"});
    return run;
  }
  const std::unordered_set<std::string> &enabled = analysis.enabled_rules;
  std::vector<std::pair<Location, std::string>> matched_sources;
  JsRequest request{files,
                    nullptr,
                    enabled,
                    &registry_,
                    &*catalogue,
                    match_unbuilt_code(configured, files,
                                       analysis.max_file_size, matched_sources),
                    fs::current_path(),
                    {},
                    {}};
  request.report_minted_credentials =
      analysis.settings.report_minted_credentials;
  request.jobs = analysis.jobs;
  request.max_file_size = analysis.max_file_size;
  // Python's default patterns are Python's names; given ones are the user's.
  if (analysis.handlers.name_patterns != HandlerOptions{}.name_patterns)
    request.handler_patterns = analysis.handlers.name_patterns;
  request.given_handlers = analysis.handlers.specs;
  for (const ProjectHandler *handler : functions.project)
    if (!handler->entry->code_unbuilt)
      request.project_code_roots.push_back(handler->code_root);
  auto apps = analysis.project_cdk_app_files.find(language());
  if (apps != analysis.project_cdk_app_files.end())
    request.project_apps = apps->second;
  JsResult result;
  auto analyze =
      [&](const Overlay &overlay) -> const std::vector<Diagnostic> & {
    request.overlay = &overlay;
    result = javascript::analyze(request);
    for (FileComments &file : result.comments) {
      std::vector<Suppression> suppressions =
          read_suppressions(file.file, file.comments);
      apply_suppressions(result.diagnostics, suppressions);
      asked.report_suppressions(suppressions, enabled, result.diagnostics);
    }
    sort_without_repeats(result.diagnostics);
    return result.diagnostics;
  };
  if (asked.fixing) {
    FixableFrontEnd front_end;
    front_end.analyze = analyze;
    front_end.errors = [](const std::string &path, const std::string &text) {
      return js_syntax_errors(path, text);
    };
    static_cast<engine::FixOutcome &>(run) =
        engine::fix_until_stable(files, front_end, *asked.fixing, buffers);
    engine::withdraw_dropped_fixes(result.diagnostics, run);
  } else {
    analyze(buffers);
  }
  if (result.call_depth_cut)
    run.notices.push_back(
        {Severity::Warning, result.call_depth_cut->file->path(),
         result.call_depth_cut,
         "a call chain from a handler is longer than hoist follows (" +
             std::to_string(kMaxCallDepth) +
             " calls); what this call runs was not checked",
         NoticeKind::Partial});
  for (const auto &[where, message] : result.unknown_wrappers)
    run.notices.push_back({Severity::Warning, where.file->path(), where,
                           message, NoticeKind::Partial});
  move_append(result.unread_functions, matched_sources);
  for (const auto &[where, message] : result.unread_functions)
    run.deployment_notices.push_back(
        {Severity::Warning, where, message, /*verbose_only=*/true});
  run.handler_matches = std::move(result.given_matches);
  run.configured_checked = std::move(result.configured_checked);
  run.diagnostics = std::move(result.diagnostics);
  run.errors = std::move(result.errors);
  // tree-sitter-typescript refuses some valid TypeScript (its issues 322
  // and 352), tree-sitter-javascript proposals no standard has yet: what
  // fails to parse there may be no error. Each is explained by the grammar
  // that read the file (a JavaScript file's errors are those both the
  // JavaScript and TSX grammars find: js_syntax.cpp's parse_code).
  for (const Location &error : result.syntax_errors)
    run.partly_parsed.push_back(
        {Severity::Warning, error.file->path(), error,
         std::string("tree-sitter cannot parse the code here: a syntax "
                     "error, or ") +
             (is_typescript_file(error.file->path())
                  ? "TypeScript its grammar lacks (an 'import(\"m\").T' "
                    "type followed by '<...>' or '[...]', or after 'keyof')"
                  : "JavaScript its grammar lacks (a proposal's syntax, not "
                    "yet in the language)") +
             "; the code around it was analyzed as far as it parses",
         NoticeKind::Partial});
  run.files_checked = result.files_checked;
  return run;
}

} // namespace hoist::javascript
