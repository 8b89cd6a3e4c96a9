#include "python/python_front_end.h"

#include <algorithm>
#include <filesystem>
#include <limits>

#include "python/handler_module.h"
#include "python/syntax_tree.h"

namespace hoist::python {
namespace {

namespace fs = std::filesystem;
using engine::FixableFrontEnd;
using engine::FrontEndRequest;
using engine::FrontEndRun;

/// Adds the configuration's constructors to the catalogue.
bool add_constructors(const Config &config, const RuleRegistry &registry,
                      ApiCatalogue &catalogue, std::string &error) {
  for (const ConstructorConfig &constructor : config.constructors) {
    ApiEntry entry;
    entry.api = constructor.api;
    entry.builds = constructor.builds;
    entry.family = constructor.family;
    entry.fix = constructor.fix;
    entry.returns = constructor.returns;
    const RuleInfo *rule = registry.find(constructor.rule);
    if (!rule) {
      error = config.file.string() + ": constructor '" + entry.api +
              "': " + registry.unknown_rule_message(constructor.rule);
      return false;
    }
    // Its findings are written with the rule's construction message.
    if (!rule->catalogued ||
        !std::count(rule->languages.begin(), rule->languages.end(), "python")) {
      error = config.file.string() + ": constructor '" + entry.api +
              "': rule '" + rule->id + "' does not report Python constructions";
      return false;
    }
    entry.rule = rule->id;
    if (!catalogue.add(entry, error)) {
      error = config.file.string() + ": " + error;
      return false;
    }
  }
  return true;
}

/// The catalogue's Python entries, and the configuration's constructors and
/// harmless calls.
std::shared_ptr<const ApiCatalogue>
configured_catalogue(const engine::FrontEndContext &context) {
  std::shared_ptr<ApiCatalogue> catalogue;
  try {
    catalogue = std::make_shared<ApiCatalogue>(
        ApiCatalogue::load(context.data_dir / "rules" / "catalogue.json"));
  } catch (const std::exception &failure) {
    throw engine::SetupError(
        std::string("cannot load the rule catalogue: ") + failure.what() +
        " (set HOIST_DATA_DIR to the directory holding rules/)");
  }
  std::string error;
  if (!add_constructors(context.config, context.registry, *catalogue, error))
    throw engine::SetupError(error);
  for (const std::string &path : context.config.harmless_calls)
    catalogue->add_harmless(path);
  return catalogue;
}

/// What is reported of an analysis: suppressions applied and the unused ones
/// reported, per-file-ignores applied, in report order.
void finalize(ProjectAnalysis &result, const FrontEndRequest &request,
              const std::unordered_set<std::string> &enabled) {
  std::vector<Diagnostic> &diagnostics = result.diagnostics;
  apply_suppressions(diagnostics, result.suppressions);
  request.report_suppressions(result.suppressions, enabled, diagnostics);
  // Python 3 does not run a Python 2 file: nothing hoist would write there
  // can be tested, so nothing is.
  for (Diagnostic &diagnostic : diagnostics)
    if (diagnostic.fix &&
        std::any_of(diagnostic.fix->edits.begin(), diagnostic.fix->edits.end(),
                    [&](const Edit &edit) {
                      return result.python2_files.count(edit.file->path());
                    }))
      diagnostic.fix.reset();
  diagnostics.erase(
      std::remove_if(diagnostics.begin(), diagnostics.end(), request.ignored),
      diagnostics.end());
  std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_order);
}

/// The files analyzed only in part: a syntax error, or Python 2 code.
std::vector<FileNotice> partly_parsed(const ProjectAnalysis &result) {
  std::vector<FileNotice> notices;
  for (const Location &error : result.syntax_errors)
    notices.push_back({Severity::Warning, error.file->path(), error,
                       "syntax error; the code around it was "
                       "analyzed as far as it parses",
                       NoticeKind::Partial});
  for (const Python2Code &code : result.python2_code)
    notices.push_back(
        {Severity::Warning, code.where.file->path(), code.where,
         "Python 2 code (" + code.construct +
             "), which Python 3 refuses; analyzed as far as it parses, "
             "and not fixed",
         NoticeKind::Partial});
  return notices;
}

} // namespace

std::size_t python_syntax_errors(const std::string &path,
                                 const std::string &text) {
  auto tree = SyntaxTree::parse(std::make_shared<SourceFile>(path, text));
  // A text too slow to parse counts as one that does not parse.
  return tree->too_slow() ? std::numeric_limits<std::size_t>::max()
                          : tree->error_count();
}

PythonFrontEnd::PythonFrontEnd(const engine::FrontEndContext &context)
    : PythonFrontEnd(context.analysis, configured_catalogue(context)) {}

namespace {

bool is_python_file(std::string_view name) {
  return extension_of(name) == ".py";
}

} // namespace

FileKinds PythonFrontEnd::file_kinds() {
  FileKind python;
  python.matches = is_python_file;
  python.source_name = "Python source";
  python.reading = FileKind::Reading::DeclaredEncoding;
  python.line_comment = "#";
  return {python};
}

FileClaim PythonFrontEnd::claim() const { return {kLanguage, is_python_file}; }

std::vector<DiscoveredFile>
PythonFrontEnd::project_cdk_app_files(const Discovery &project) const {
  return cdk_app_files(project.of(kLanguage), project.deployment_files);
}

bool PythonFrontEnd::finds_handler(
    const std::string &handler, const std::string &task_root,
    const std::vector<std::pair<std::string, std::string>> &environment,
    const std::string &also_looked_for, std::string &error) const {
  std::string python_path;
  for (const auto &[name, value] : environment)
    if (name == "PYTHONPATH")
      python_path = value;
  return check_handler_module(handler, task_root, python_path, also_looked_for,
                              error);
}

std::optional<HandlerModules> PythonFrontEnd::handler_modules() const {
  return HandlerModules{
      HandlerLanguage::Python, [](const std::string &module) {
        std::string path = module;
        std::replace(path.begin(), path.end(), '.', '/');
        return std::vector<std::string>{path + ".py", path + "/__init__.py"};
      }};
}

void PythonFrontEnd::keep_changed(const std::set<fs::path> &changed,
                                  std::vector<DiscoveredFile> &files) const {
  auto is_changed = [&](const std::string &path) {
    return changed.count(fs::absolute(path).lexically_normal()) > 0;
  };
  std::vector<std::string> modules;
  for (const DiscoveredFile &file : files)
    if (is_changed(file.path)) {
      fs::path path(file.path);
      modules.push_back(path.filename() == "__init__.py"
                            ? path.parent_path().filename().string()
                            : path.stem().string());
    }
  auto mentions_changed = [&](const DiscoveredFile &file) {
    if (is_changed(file.path))
      return true;
    auto loaded = SourceFile::load(file.path, file.display_path);
    auto *source = std::get_if<SourceFilePtr>(&loaded);
    if (!source)
      return true; // let the run report it
    for (const std::string &module : modules)
      if ((*source)->text().find(module) != std::string_view::npos)
        return true;
    return false;
  };
  files.erase(std::remove_if(files.begin(), files.end(),
                             [&](const DiscoveredFile &file) {
                               return !mentions_changed(file);
                             }),
              files.end());
}

FrontEndRun PythonFrontEnd::run(const FrontEndRequest &request) const {
  AnalysisOptions options;
  static_cast<hoist::AnalysisOptions &>(options) = options_;
  options.catalogue = catalogue_.get();
  options.configured = &request.configured;
  const fs::path base = fs::current_path();
  FrontEndRun run;
  ProjectAnalysis result;
  if (request.fixing) {
    FixableFrontEnd python;
    python.analyze =
        [&](const Overlay &overlay) -> const std::vector<Diagnostic> & {
      options.overlay = &overlay;
      result = analyze_project(request.files, options, base);
      finalize(result, request, options.enabled_rules);
      return result.diagnostics;
    };
    python.errors = python_syntax_errors;
    static_cast<engine::FixOutcome &>(run) = engine::fix_until_stable(
        request.files, python, *request.fixing,
        options_.overlay ? *options_.overlay : Overlay{});
    engine::withdraw_dropped_fixes(result.diagnostics, run);
  } else {
    result = analyze_project(request.files, options, base);
    finalize(result, request, options.enabled_rules);
  }
  run.diagnostics = std::move(result.diagnostics);
  run.errors = std::move(result.errors);
  run.skipped = std::move(result.skipped);
  run.partly_parsed = partly_parsed(result);
  run.configured_for_others = std::move(result.configured_for_others);
  run.deployment_notices = std::move(result.notes);
  run.configured_checked = std::move(result.configured_checked);
  run.handler_matches = std::move(result.handler_matches);
  run.loaded_files = std::move(result.loaded_files);
  run.consulted_directories = std::move(result.consulted_directories);
  run.files_checked = result.files_checked;
  return run;
}

} // namespace hoist::python
