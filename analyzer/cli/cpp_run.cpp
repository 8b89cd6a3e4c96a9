#include "cli/cpp_run.h"

#include "cpp/cpp_check.h"
#include "cpp/cpp_rules.h"

namespace hoist::cli {
namespace {

namespace fs = std::filesystem;

// Fixes can enable others (a second object joins the forwarding lambda the
// first fix wrote); a bound keeps a cycle from running forever.
constexpr int kMaxPasses = 5;

fs::path absolute_of(const std::string &path) {
  return fs::absolute(path).lexically_normal();
}

} // namespace

CppRun run_cpp_check(const std::vector<DiscoveredFile> &files,
                     const CheckOptions &options,
                     const std::unordered_set<std::string> &enabled,
                     std::optional<FixLevel> fixing) {
  CppRun run;
  cpp::CppCheckSettings settings;
  settings.build_path = options.build_path;
  settings.compiler_flags = options.compiler_flags;
  for (const char *rule : cpp::kCppRules)
    if (enabled.count(rule))
      settings.rules.push_back(rule);
  cpp::CppCheckResult result = cpp::check_cpp_files(files, settings);
  const auto baseline = result.compile_errors;

  for (int pass = 0; fixing && pass < kMaxPasses; ++pass) {
    // This pass's fixes, file by file.
    std::map<fs::path, SourceFilePtr> sources;
    for (const Diagnostic &diagnostic : result.diagnostics)
      if (diagnostic.fix && applicable(*diagnostic.fix, *fixing))
        sources[absolute_of(diagnostic.location.file->path())] =
            diagnostic.location.file;
    std::map<fs::path, std::string> before;
    for (const auto &[path, file] : sources) {
      std::vector<const Fix *> chosen =
          choose_fixes(result.diagnostics, *file, *fixing);
      if (chosen.empty())
        continue;
      std::vector<Edit> edits;
      for (const Fix *fix : chosen)
        edits.insert(edits.end(), fix->edits.begin(), fix->edits.end());
      before[path] = std::string(file->text());
      std::string fixed = apply_edits(file->text(), edits);
      ChangedFile &changed = run.changed[path.string()];
      if (changed.path.empty()) {
        changed.path = path;
        changed.display_path = file->path();
        changed.original = before[path];
      }
      changed.fixed = fixed;
      changed.fixes += chosen.size();
      settings.overlay[path] = std::move(fixed);
    }
    if (before.empty())
      break;
    result = cpp::check_cpp_files(files, settings);
    // A fix must not make a file fail to compile: undo this pass's fixes of
    // a file that now has more errors, and stop fixing it.
    bool reverted = false;
    for (const auto &[path, text] : before) {
      auto now = result.compile_errors.find(path);
      auto then = baseline.find(path);
      std::size_t errors_now =
          now == result.compile_errors.end() ? 0 : now->second;
      std::size_t errors_then = then == baseline.end() ? 0 : then->second;
      if (errors_now <= errors_then)
        continue;
      ChangedFile &changed = run.changed[path.string()];
      run.notices.push_back(
          {Severity::Warning, changed.display_path, std::nullopt,
           "fixes not applied: the fixed code would not compile"});
      if (text == changed.original)
        run.changed.erase(path.string());
      else
        changed.fixed = text;
      settings.overlay[path] = text;
      reverted = true;
    }
    if (reverted) {
      result = cpp::check_cpp_files(files, settings);
      break;
    }
  }
  for (const auto &[path, changed] : run.changed)
    run.fixes_applied += changed.fixes;
  run.diagnostics = std::move(result.diagnostics);
  run.notices.insert(run.notices.end(), result.notices.begin(),
                     result.notices.end());
  run.files_checked = result.files_checked;
  return run;
}

} // namespace hoist::cli
