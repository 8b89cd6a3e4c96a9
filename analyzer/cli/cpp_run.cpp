#include "cli/cpp_run.h"

#include <dlfcn.h>

#include <algorithm>
#include <set>

#include "core/data_dir.h"
#include "core/move_append.h"
#include "core/rule_registry.h"

#include "cpp/cpp_check.h"
#include "cpp/cpp_rules.h"
#include "cpp/syntactic_check.h"
#include "cpp/tidy_config.h"

namespace hoist::cli {
namespace {

namespace fs = std::filesystem;

// Fixes can enable others (a second object joins the forwarding lambda the
// first fix wrote); a bound keeps a cycle from running forever.
constexpr int kMaxPasses = 5;

fs::path absolute_of(const std::string &path) {
  return fs::absolute(path).lexically_normal();
}

// The C++ front-end, loaded on first use: installed under
// <prefix>/lib/hoist/, else where the build put it.
cpp::CheckCppFiles *load_cpp_module(std::string &error) {
  static cpp::CheckCppFiles *check = nullptr;
  if (check)
    return check;
  fs::path installed =
      find_data_dir().parent_path().parent_path() / "lib" / "hoist" / "libhoist-cpp.so";
  std::error_code missing;
  fs::path module = fs::exists(installed, missing) ? installed : fs::path(HOIST_CPP_MODULE);
  // Lazy binding: resolving all of LLVM's symbols up front costs more than
  // hoist's whole start.
  void *handle = dlopen(module.c_str(), RTLD_LAZY | RTLD_LOCAL);
  if (!handle) {
    error = std::string("cannot load hoist's C++ front-end: ") + dlerror();
    return nullptr;
  }
  check = reinterpret_cast<cpp::CheckCppFiles *>(dlsym(handle, cpp::kCheckCppFilesSymbol));
  if (!check)
    error = "hoist's C++ front-end " + module.string() + " lacks " + cpp::kCheckCppFilesSymbol;
  return check;
}

// Whether Clang will find a compilation database for `file`, as its
// autodetection does: compile_commands.json or compile_flags.txt in its
// directory or above.
bool has_compilation_database(const std::string &file) {
  std::error_code error;
  for (fs::path dir = absolute_of(file).parent_path();;
       dir = dir.parent_path()) {
    if (fs::exists(dir / "compile_commands.json", error) ||
        fs::exists(dir / "compile_flags.txt", error))
      return true;
    if (dir == dir.root_path() || dir.empty())
      return false;
  }
}

// Each file's rules and .clang-tidy settings into `settings`; the rules of
// any file into `settings.rules`.
void choose_file_checks(const std::vector<DiscoveredFile> &files,
                        const CheckOptions &options,
                        const std::unordered_set<std::string> &configured,
                        const std::unordered_set<std::string> &enabled,
                        cpp::CppCheckSettings &settings, CppRun &run) {
  cpp::TidyConfigs configs;
  std::set<std::string> any;
  for (const DiscoveredFile &file : files) {
    const cpp::TidyConfig &tidy = configs.for_file(file.path);
    cpp::CppFileChecks checks;
    for (const char *rule : cpp::kCppRules) {
      bool on = enabled.count(rule) > 0;
      // --select replaces every layer below it; else .clang-tidy's Checks
      // refine the configuration's choice, and --ignore has the last word.
      if (options.select.empty() && tidy.names_awslambda_checks())
        on = tidy.enables(std::string(kClangTidyPrefix) + rule,
                          configured.count(rule) > 0) &&
             std::none_of(options.ignore.begin(), options.ignore.end(),
                          [&](const std::string &id) {
                            return canonical_rule_id(id) == rule;
                          });
      if (on) {
        checks.rules.push_back(rule);
        any.insert(rule);
      }
    }
    checks.check_options = tidy.check_options;
    checks.extra_args = tidy.extra_args;
    checks.extra_args_before = tidy.extra_args_before;
    settings.files[absolute_of(file.path)] = std::move(checks);
  }
  settings.rules.assign(any.begin(), any.end());
  std::vector<FileNotice> notices = configs.take_notices();
  move_append(run.notices, notices);
}

// The syntactic mode's findings on `files`, or a notice why there are none.
void check_syntactically(const std::vector<DiscoveredFile> &files,
                         const cpp::CppCheckSettings &settings, CppRun &run) {
  std::optional<cpp::CppCatalogue> catalogue;
  try {
    catalogue = cpp::CppCatalogue::load(find_data_dir() / "rules" /
                                        "catalogue.json");
  } catch (const std::exception &error) {
    run.notices.push_back({Severity::Error, files.front().display_path,
                           std::nullopt,
                           std::string(error.what()) +
                               "; the C++ files were not checked"});
    return;
  }
  cpp::CppCheckResult result =
      cpp::check_cpp_syntactically(files, *catalogue, settings);
  move_append(run.diagnostics, result.diagnostics);
  move_append(run.notices, result.notices);
}

cpp::CppCheckResult check(const std::vector<DiscoveredFile> &files,
                          const cpp::CppCheckSettings &settings, cpp::CheckCppFiles &run) {
  cpp::CppCheckResult result;
  run(files, settings, result);
  return result;
}

} // namespace

CppRun run_cpp_check(const std::vector<DiscoveredFile> &files,
                     const CheckOptions &options,
                     const std::unordered_set<std::string> &configured,
                     const std::unordered_set<std::string> &enabled,
                     std::optional<FixLevel> fixing) {
  CppRun run;
  if (files.empty())
    return run;
  cpp::CppCheckSettings settings;
  settings.build_path = options.build_path;
  settings.compiler_flags = options.compiler_flags;
  choose_file_checks(files, options, configured, enabled, settings, run);
  if (settings.rules.empty())
    return run;
  run.files_checked = files.size();
  if (!settings.compiler_flags && settings.build_path.empty() &&
      !has_compilation_database(files.front().path)) {
    run.notices.push_back(
        {Severity::Warning, files.front().display_path, std::nullopt,
         "no compile_commands.json found above it: the C++ files were "
         "checked without compiling (hoist's syntactic mode, no fixes); "
         "name the build directory with -p, or give the flags after --, "
         "for the precise mode"});
    check_syntactically(files, settings, run);
    std::sort(run.diagnostics.begin(), run.diagnostics.end(),
              diagnostic_order);
    return run;
  }
  std::string error;
  cpp::CheckCppFiles *front_end = load_cpp_module(error);
  if (!front_end) {
    run.notices.push_back({Severity::Error, files.front().display_path, std::nullopt,
                           error + "; the C++ files were not checked"});
    return run;
  }
  cpp::CppCheckResult result = check(files, settings, *front_end);
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
      count_applied(changed, result.diagnostics, chosen);
      settings.overlay[path] = std::move(fixed);
    }
    if (before.empty())
      break;
    result = check(files, settings, *front_end);
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
           "fixes not applied: the fixed code would not compile",
           NoticeKind::Fix});
      if (text == changed.original)
        run.changed.erase(path.string());
      else
        changed.fixed = text;
      settings.overlay[path] = text;
      reverted = true;
    }
    if (reverted) {
      result = check(files, settings, *front_end);
      break;
    }
  }
  for (const auto &[path, changed] : run.changed)
    run.fixes_applied += changed.fixes;
  run.diagnostics = std::move(result.diagnostics);
  run.notices.insert(run.notices.end(), result.notices.begin(),
                     result.notices.end());
  // What Clang could not get past a missing header in, checked without it.
  std::vector<DiscoveredFile> stopped;
  for (const DiscoveredFile &file : files)
    if (result.stopped_by_missing_header.count(file.display_path))
      stopped.push_back(file);
  if (!stopped.empty()) {
    check_syntactically(stopped, settings, run);
    std::sort(run.diagnostics.begin(), run.diagnostics.end(),
              diagnostic_order);
  }
  // A source that could not be compiled was not checked: the summary counts
  // it among the files that could not be analyzed instead.
  std::set<std::string> failed;
  for (const FileNotice &notice : run.notices)
    if (notice.severity == Severity::Error)
      failed.insert(notice.path);
  run.files_checked = result.files_checked;
  for (const DiscoveredFile &file : files)
    run.files_checked -= failed.count(file.display_path);
  return run;
}

} // namespace hoist::cli
