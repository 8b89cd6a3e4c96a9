#include "cpp/cpp_front_end.h"

#include <dlfcn.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/data_dir.h"
#include "core/move_append.h"
#include "core/rule_registry.h"
#include "core/suppressions.h"

#include "cpp/cpp_check.h"
#include "cpp/cpp_comments.h"
#include "cpp/cpp_file_names.h"
#include "cpp/syntactic_check.h"
#include "cpp/tidy_config.h"
#include "rules/rule_ids.h"

namespace hoist::cpp {
namespace {

namespace fs = std::filesystem;
using engine::CheckRequest;
using engine::FixableFrontEnd;
using engine::FrontEndRequest;
using engine::FrontEndRun;
using engine::ReportSuppressions;

fs::path absolute_of(const std::string &path) {
  return fs::absolute(path).lexically_normal();
}

// The absolute, lexically normal paths of `files`, in their order (the
// working directory asked once: fs::absolute asks the system each time).
std::vector<std::string> absolute_paths(const std::vector<DiscoveredFile> &files) {
  const fs::path cwd = fs::current_path();
  std::vector<std::string> paths;
  paths.reserve(files.size());
  for (const DiscoveredFile &file : files)
    paths.push_back((cwd / file.path).lexically_normal().string());
  return paths;
}

// `symbol` of the C++ front-end, loaded on first use: installed under
// <prefix>/lib/hoist/, else where the build put it.
void *cpp_module_symbol(const char *symbol, std::string &error) {
  static void *handle = nullptr;
  static fs::path module;
  if (!handle) {
    fs::path installed = find_data_dir().parent_path().parent_path() / "lib" /
                         "hoist" / "libhoist-cpp.so";
    std::error_code missing;
    module = fs::exists(installed, missing) ? installed
                                            : fs::path(HOIST_CPP_MODULE);
    // Lazy binding: resolving all of LLVM's symbols up front costs more
    // than hoist's whole start.
    handle = dlopen(module.c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (!handle) {
      error = std::string("cannot load hoist's C++ front-end: ") + dlerror();
      return nullptr;
    }
  }
  void *found = dlsym(handle, symbol);
  if (!found)
    error = "hoist's C++ front-end " + module.string() + " lacks " + symbol;
  return found;
}

cpp::CheckCppFiles *load_cpp_module(std::string &error) {
  return reinterpret_cast<cpp::CheckCppFiles *>(
      cpp_module_symbol(cpp::kCheckCppFilesSymbol, error));
}

// .clang-tidy files are read by clang-tidy's own parser, in the C++ module:
// loaded only when a run finds one.
void read_tidy_file(std::string_view text, cpp::TidyFileReading &out) {
  std::string error;
  auto *read = reinterpret_cast<cpp::ReadTidyFile *>(
      cpp_module_symbol(cpp::kReadTidyFileSymbol, error));
  if (read)
    read(text, out);
  else
    out.error = {0, error};
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
                        const CheckRequest &request,
                        const std::unordered_set<std::string> &configured,
                        const std::unordered_set<std::string> &enabled,
                        cpp::CppCheckSettings &settings,
                        std::vector<FileNotice> &notices) {
  cpp::TidyConfigs configs(read_tidy_file);
  std::set<std::string> any;
  const std::vector<std::string> absolute = absolute_paths(files);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const DiscoveredFile &file = files[i];
    const cpp::TidyConfig &tidy = configs.for_file(file.path);
    cpp::CppFileChecks checks;
    for (const char *rule : rules::kCppRules) {
      bool on = enabled.count(rule) > 0;
      // --select replaces every layer below it; else .clang-tidy's Checks
      // refine the configuration's choice, --extend-select adds to it and
      // --ignore has the last word.
      auto names_rule = [&](const std::vector<std::string> &ids) {
        return std::any_of(ids.begin(), ids.end(), [&](const std::string &id) {
          return id == "ALL" || canonical_rule_id(id) == rule;
        });
      };
      if (request.select.empty() && tidy.names_awslambda_checks())
        on = (tidy.enables(std::string(kClangTidyPrefix) + rule,
                           configured.count(rule) > 0) ||
              names_rule(request.extend_select)) &&
             !names_rule(request.ignore);
      if (on) {
        checks.rules.push_back(rule);
        any.insert(rule);
      }
    }
    checks.check_options = tidy.check_options;
    checks.extra_args = tidy.extra_args;
    checks.extra_args_before = tidy.extra_args_before;
    settings.files[absolute[i]] = std::move(checks);
  }
  settings.rules.assign(any.begin(), any.end());
  std::vector<FileNotice> found = configs.take_notices();
  move_append(notices, found);
}

// One analysis of the C++ files: Clang's where it can compile them, the
// syntactic mode's where there is nothing to compile them with or where it
// cannot get past a missing header.
class CppAnalysis {
public:
  CppAnalysis(const std::vector<DiscoveredFile> &files,
              cpp::CppCheckSettings settings, cpp::CheckCppFiles *clang,
              const std::unordered_set<std::string> &enabled,
              const ReportSuppressions &report_suppressions)
      : files_(files), absolute_(absolute_paths(files)),
        settings_(std::move(settings)), clang_(clang), enabled_(enabled),
        report_suppressions_(report_suppressions) {}

  const cpp::CppCheckResult &run(const Overlay &overlay) {
    settings_.overlay = overlay;
    result_ = {};
    syntactic_.clear();
    with_directives_.clear();
    std::vector<DiscoveredFile> unchecked;
    if (clang_) {
      // A file whose text cannot hold a handler, nor the project headers it
      // includes (the C++ module reads those), is checked by reading it, as
      // the syntactic mode does: compiling it would find nothing, and could
      // only fail on its headers.
      std::vector<DiscoveredFile> compiled;
      std::vector<std::size_t> compiled_at; // in files_
      std::map<std::size_t, SourceFilePtr> without_handler_names;
      settings_.without_handler_names.clear();
      for (std::size_t i = 0; i < files_.size(); ++i) {
        auto loaded = load(i, overlay);
        const auto *source = std::get_if<SourceFilePtr>(&loaded);
        if (!source) { // binary, too large, unreadable: said as without Clang
          unchecked.push_back(files_[i]);
          continue;
        }
        compiled.push_back(files_[i]);
        compiled_at.push_back(i);
        if (!cpp::may_hold_cpp_handler((*source)->text())) {
          settings_.without_handler_names.insert(absolute_[i]);
          without_handler_names[i] = *source;
        }
      }
      (*clang_)(compiled, settings_, result_);
      result_.files_checked += files_.size() - compiled.size();
      for (const auto &[i, source] : without_handler_names) {
        if (!result_.cannot_hold_handler.count(files_[i].display_path))
          continue;
        syntactic_.insert(absolute_[i]);
        if (source->text().find("hoist:") != std::string_view::npos)
          with_directives_[files_[i].path] = source;
      }
      for (std::size_t i : compiled_at) {
        const DiscoveredFile &file = files_[i];
        const std::string &absolute = absolute_[i];
        if (syntactic_.count(absolute))
          continue;
        auto fixed = overlay.find(absolute);
        compiled_[absolute] = {fixed == overlay.end()
                                   ? std::nullopt
                                   : std::optional(fixed->second),
                               errors_in(absolute)};
        if (result_.not_compiled.count(file.display_path))
          unchecked.push_back(file);
      }
    } else {
      unchecked = files_;
      result_.files_checked = files_.size();
    }
    if (!unchecked.empty() && load_catalogue()) {
      // One mode per file: what Clang made of a file it could not compile
      // (a handler found by its signature before a missing header stopped
      // it) the syntactic mode finds again.
      result_.diagnostics.erase(
          std::remove_if(result_.diagnostics.begin(),
                         result_.diagnostics.end(),
                         [&](const Diagnostic &diagnostic) {
                           return result_.not_compiled.count(
                               diagnostic.location.file->path());
                         }),
          result_.diagnostics.end());
      for (std::size_t i = 0; i < files_.size(); ++i)
        if (!clang_ || result_.not_compiled.count(files_[i].display_path))
          syntactic_.insert(absolute_[i]);
      cpp::CppCheckResult syntactic = cpp::check_cpp_syntactically(
          unchecked, *catalogue_, settings_, nullptr, &with_directives_);
      move_append(result_.diagnostics, syntactic.diagnostics);
      move_append(result_.notices, syntactic.notices);
    }
    check_around_errors();
    suppress(overlay);
    sort_without_repeats(result_.diagnostics);
    cpp::keep_first_mode_notes(result_.diagnostics);
    return result_;
  }

  /// The fix loop's question: errors in `text` as the file at `absolute`,
  /// as the mode that checked it counts them.
  std::size_t errors(const std::string &absolute, const std::string &text) {
    if (syntactic_.count(absolute) || !clang_)
      return cpp::cpp_syntax_errors(text);
    auto known = compiled_.find(absolute);
    if (known != compiled_.end() &&
        known->second.first.value_or(disk_text(absolute)) == text)
      return known->second.second;
    // Compile it on its own, as fixed.
    cpp::CppCheckSettings settings = settings_;
    settings.overlay[absolute] = text;
    cpp::CppCheckResult result;
    for (std::size_t i = 0; i < files_.size(); ++i)
      if (absolute_[i] == absolute)
        (*clang_)({files_[i]}, settings, result);
    auto found = result.compile_errors.find(absolute);
    std::size_t errors =
        found == result.compile_errors.end() ? 0 : found->second;
    compiled_[absolute] = {text, errors};
    return errors;
  }

  cpp::CppCheckResult &result() { return result_; }

private:
  // Clang's findings stand where it went on after errors; the handlers whose
  // code holds an error, which it could not analyze, are checked
  // syntactically too, keeping what Clang did not find itself.
  void check_around_errors() {
    std::vector<DiscoveredFile> partial;
    for (std::size_t i = 0; i < files_.size(); ++i)
      if (result_.error_offsets.count(files_[i].display_path) &&
          !syntactic_.count(absolute_[i]))
        partial.push_back(files_[i]);
    if (partial.empty() || !load_catalogue())
      return;
    cpp::ClangGaps gaps{result_.error_offsets, result_.diagnostics};
    cpp::CppCheckResult syntactic =
        cpp::check_cpp_syntactically(partial, *catalogue_, settings_, &gaps);
    move_append(result_.diagnostics, syntactic.diagnostics);
  }

  // `hoist: ignore` comments, as in Python files: both modes' findings go
  // through the same suppressions, and the fix loop never sees a silenced
  // one (the front-ends leave those lines out of a fix that moves others),
  // but sees the unused ones, which its fixes remove. Each file's are
  // judged by the rules that run on it: a rule its .clang-tidy turns off
  // is not judged, as one --ignore turns off is not.
  void suppress(const Overlay &overlay) {
    std::vector<std::pair<std::size_t, std::size_t>> file_starts; // in files_
    suppressions_.clear();
    for (std::size_t i = 0; i < files_.size(); ++i) {
      file_starts.emplace_back(suppressions_.size(), i);
      std::variant<SourceFilePtr, LoadError> loaded;
      if (syntactic_.count(absolute_[i])) {
        // Read by the syntactic mode (or its prefilter), as checked.
        auto kept = with_directives_.find(files_[i].path);
        if (kept == with_directives_.end())
          continue;
        loaded = kept->second;
      } else {
        loaded = load(i, overlay);
      }
      const auto *source = std::get_if<SourceFilePtr>(&loaded);
      if (!source || (*source)->text().find("hoist:") == std::string_view::npos)
        continue;
      std::vector<Suppression> found = read_suppressions(
          *source, cpp::cpp_comment_ranges((*source)->text()));
      move_append(suppressions_, found);
    }
    apply_suppressions(result_.diagnostics, suppressions_);
    for (std::size_t i = 0; i < file_starts.size(); ++i) {
      auto [begin, file] = file_starts[i];
      std::size_t end = i + 1 < file_starts.size() ? file_starts[i + 1].first
                                                   : suppressions_.size();
      if (begin < end && !analyzed_in_part(file))
        report_suppressions_(
            {suppressions_.begin() + begin, suppressions_.begin() + end},
            rules_of(file), result_.diagnostics);
    }
  }

  // Whether a notice says files_[file] was analyzed only in part: what its
  // suppressions silence may be in what was not, so none is called unused
  // (nor removed by a fix).
  bool analyzed_in_part(std::size_t file) const {
    return std::any_of(result_.notices.begin(), result_.notices.end(),
                       [&](const FileNotice &notice) {
                         return notice.kind == NoticeKind::Partial &&
                                notice.path == files_[file].display_path;
                       });
  }

  // The rules that run on files_[file]: the run's, with its own C++ rules.
  std::unordered_set<std::string> rules_of(std::size_t file) const {
    std::unordered_set<std::string> rules = enabled_;
    for (const char *rule : rules::kCppRules)
      rules.erase(rule);
    auto checks = settings_.files.find(absolute_[file]);
    const std::vector<std::string> &own = checks == settings_.files.end()
                                              ? settings_.rules
                                              : checks->second.rules;
    rules.insert(own.begin(), own.end());
    return rules;
  }

  bool load_catalogue() {
    if (catalogue_)
      return true;
    try {
      catalogue_ = cpp::CppCatalogue::load(find_data_dir() / "rules" /
                                           "catalogue.json");
      return true;
    } catch (const std::exception &error) {
      result_.notices.push_back({Severity::Error, files_.front().display_path,
                                 std::nullopt,
                                 std::string(error.what()) +
                                     "; the C++ files were not checked"});
      return false;
    }
  }

  // files_[i]'s text: the fix loop's when it has one, else the disk's.
  std::variant<SourceFilePtr, LoadError> load(std::size_t i,
                                              const Overlay &overlay) const {
    const DiscoveredFile &file = files_[i];
    if (auto fixed = overlay.find(absolute_[i]); fixed != overlay.end())
      return std::make_shared<SourceFile>(file.display_path, fixed->second);
    return SourceFile::load(file.path, file.display_path,
                            settings_.max_file_size);
  }

  std::string disk_text(const std::string &absolute) const {
    auto loaded = SourceFile::load(absolute, absolute, settings_.max_file_size);
    if (const auto *source = std::get_if<SourceFilePtr>(&loaded))
      return std::string((*source)->text());
    return {};
  }

  std::size_t errors_in(const std::string &absolute) const {
    auto found = result_.compile_errors.find(absolute);
    return found == result_.compile_errors.end() ? 0 : found->second;
  }

  const std::vector<DiscoveredFile> &files_;
  const std::vector<std::string> absolute_; ///< of files_, in their order
  cpp::CppCheckSettings settings_;
  cpp::CheckCppFiles *clang_; ///< null: every file is checked syntactically
  const std::unordered_set<std::string> &enabled_; ///< the run's rules
  const ReportSuppressions &report_suppressions_;
  std::optional<cpp::CppCatalogue> catalogue_;
  cpp::CppCheckResult result_;
  std::set<std::string> syntactic_; ///< checked syntactically, by absolute path
  /// The files checked syntactically whose text names `hoist:`, by path.
  std::map<std::string, SourceFilePtr> with_directives_;
  std::vector<Suppression> suppressions_;
  /// The last text Clang compiled of each file (none: as on disk), and its
  /// errors.
  std::map<std::string, std::pair<std::optional<std::string>, std::size_t>>
      compiled_;
};

} // namespace

FileKinds CppFrontEnd::file_kinds() {
  FileKind cpp;
  cpp.matches = is_cpp_file;
  cpp.source_name = "C++ source";
  cpp.reading = FileKind::Reading::Bytes;
  cpp.line_comment = "//";
  cpp.clang_tidy_findings = true;
  return {cpp};
}

FileClaim CppFrontEnd::claim() const {
  return {language(), is_cpp_source, is_cpp_file,
          "a C++ header is checked through the C++ sources that include it, "
          "and none is among the files checked: name them (or their "
          "directory) to check it"};
}

void CppFrontEnd::keep_changed(const std::set<fs::path> &changed,
                               std::vector<DiscoveredFile> &files) const {
  bool other_cpp_changed =
      std::any_of(changed.begin(), changed.end(), [](const fs::path &path) {
        const std::string extension = path.extension().string();
        return extension == ".h" || extension == ".hh" || extension == ".hpp" ||
               extension == ".hxx" ||
               path.filename() == "compile_commands.json";
      });
  if (other_cpp_changed)
    return;
  files.erase(std::remove_if(files.begin(), files.end(),
                             [&](const DiscoveredFile &file) {
                               return !changed.count(absolute_of(file.path));
                             }),
              files.end());
}

FrontEndRun CppFrontEnd::run(const FrontEndRequest &asked) const {
  const std::vector<DiscoveredFile> &files = asked.files;
  const CheckRequest &request = request_;
  if (before_)
    before_();
  FrontEndRun run;
  std::vector<FileNotice> mode_notices;
  if (files.empty())
    return run;
  cpp::CppCheckSettings settings;
  settings.build_path = request.build_path;
  settings.compiler_flags = request.compiler_flags;
  settings.max_file_size = max_file_size_;
  choose_file_checks(files, request, configured_, enabled_, settings,
                     mode_notices);
  if (settings.rules.empty()) {
    run.notices = std::move(mode_notices);
    return run;
  }
  cpp::CheckCppFiles *clang = nullptr;
  if (!settings.compiler_flags && settings.build_path.empty() &&
      !has_compilation_database(files.front().path)) {
    // Said of the run's first C++ file, where the database was looked for.
    const std::string all =
        files.size() == 1 ? std::string("it was")
                          : "the run's " + std::to_string(files.size()) +
                                " C++ files were";
    mode_notices.push_back(
        {Severity::Warning, files.front().display_path, std::nullopt,
         "no compile_commands.json found above it, and no -p or flags after "
         "--: " + all +
             " checked without compiling (hoist's syntactic mode); name the "
             "build directory with -p, or give the flags after --, for the "
             "precise mode"});
  } else {
    std::string error;
    clang = load_cpp_module(error);
    if (!clang) {
      run.notices = std::move(mode_notices);
      run.notices.push_back({Severity::Error, files.front().display_path,
                             std::nullopt,
                             error + "; the C++ files were not checked"});
      return run;
    }
  }
  CppAnalysis analysis(files, std::move(settings), clang, enabled_,
                       asked.report_suppressions);
  if (asked.fixing) {
    FixableFrontEnd front_end;
    front_end.analyze = [&](const Overlay &overlay)
        -> const std::vector<Diagnostic> & {
      return analysis.run(overlay).diagnostics;
    };
    front_end.errors = [&](const std::string &path, const std::string &text) {
      return analysis.errors(path, text);
    };
    front_end.would_not = clang ? "compile" : "parse";
    static_cast<engine::FixOutcome &>(run) = engine::fix_until_stable(
        files, front_end, *asked.fixing, request.buffers);
  } else {
    analysis.run(request.buffers);
  }
  cpp::CppCheckResult &result = analysis.result();
  engine::withdraw_dropped_fixes(result.diagnostics, run);
  run.diagnostics = std::move(result.diagnostics);
  move_append(run.notices, mode_notices);
  move_append(run.notices, result.notices);
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

} // namespace hoist::cpp
