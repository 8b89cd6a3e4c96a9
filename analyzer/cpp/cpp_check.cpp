#include "cpp/cpp_check.h"

#include <unistd.h>

#include <algorithm>

#include <clang-tidy/ClangTidy.h>
#include <clang-tidy/ClangTidyOptions.h>
#include <clang/Tooling/CommonOptionsParser.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/JSONCompilationDatabase.h>
#include <llvm/Support/VirtualFileSystem.h>

#include "core/line_index.h"
#include "core/rule_text.h"
#include "cpp/handler_headers.h"
#include "cpp/lambda_rule_check.h"
#include "cpp/tidy_run.h"

namespace hoist::cpp {

// Defined beside the module's registration: referencing it keeps the
// registration in a static link.
extern volatile int AwsLambdaModuleAnchorSource;

namespace {

namespace fs = std::filesystem;
using clang::tidy::ClangTidyError;

// The files findings point into, read once each.
class Files {
public:
  Files(const CppCheckSettings &settings,
        const std::vector<DiscoveredFile> &checked)
      : settings_(settings) {
    // Checked files are named as discovery named them, as for Python.
    for (const DiscoveredFile &file : checked)
      display_paths_[fs::absolute(file.path).lexically_normal()] =
          file.display_path;
  }

  // Clang names a file as its compile command does: a relative path is
  // relative to the command's directory (a compile_commands.json entry's
  // "directory", compile_flags.txt's own), not to where hoist runs.
  void compiled_in(const std::string &build_directory) {
    build_directory_ = build_directory;
  }
  fs::path absolute(const std::string &path) const {
    const fs::path given(path);
    return (given.is_absolute() || build_directory_.empty()
                ? fs::absolute(given)
                : fs::path(build_directory_) / given)
        .lexically_normal();
  }

  SourceFilePtr get(const std::string &path) {
    const fs::path absolute = this->absolute(path);
    auto found = files_.find(absolute);
    if (found != files_.end())
      return found->second;
    SourceFilePtr file;
    std::string display;
    if (auto named = display_paths_.find(absolute);
        named != display_paths_.end())
      display = named->second;
    else // a header: relative to here when it is below, else absolute
      display =
          absolute.lexically_relative(fs::current_path()).generic_string();
    if (display.empty() || display.rfind("..", 0) == 0)
      display = absolute.generic_string();
    if (auto overlay = settings_.overlay.find(absolute.string());
        overlay != settings_.overlay.end())
      file = std::make_shared<SourceFile>(display, overlay->second);
    else if (std::string unread;
             auto bytes = read_file(absolute, unread, settings_.max_file_size))
      // The bytes as Clang read them, whatever they encode: its offsets
      // are into them.
      file = std::make_shared<SourceFile>(display, std::move(*bytes));
    files_[absolute] = file;
    return file;
  }

private:
  const CppCheckSettings &settings_;
  std::string build_directory_;
  std::map<fs::path, std::string> display_paths_;
  std::map<fs::path, SourceFilePtr> files_;
};

std::optional<Location> location_of(Files &files, const std::string &path,
                                    unsigned offset) {
  SourceFilePtr file = files.get(path);
  if (!file || offset > file->text().size())
    return std::nullopt;
  return Location{file, TextRange{offset, offset}};
}

// The resource directory of the Clang hoist was built with (its builtin
// headers, stddef.h and the like, are not beside the hoist program).
std::vector<std::string> with_resource_dir(std::vector<std::string> arguments) {
  if (arguments.empty())
    return arguments;
  // Right after the compiler: an inferred command may end in "-- file".
  // Without carets Clang does not print "N warnings generated." itself:
  // hoist reports what the checks found.
  arguments.insert(arguments.begin() + 1,
                   {"-resource-dir=" HOIST_CLANG_RESOURCE_DIR,
                    "-fno-caret-diagnostics"});
  return arguments;
}

// What to do when the compile commands cannot find a header, by where they
// come from: the flags after --, a compile_commands.json, or neither.
constexpr const char *kIncludePathsAfterDashes =
    "add the directory that holds it to the flags after -- (-I DIR) for the "
    "precise mode";
constexpr const char *kIncludePathsInDatabase =
    "the compile command from compile_commands.json does not find it: build "
    "the project first if the header is generated, or check the database's "
    "include paths, for the precise mode";
constexpr const char *kIncludePathsNotGiven =
    "give the include paths with -p BUILD_DIR or after -- for the precise "
    "mode";

/// A compilation database lists every file of a build: larger than any one
/// source, yet bounded (a file of this size is no compilation database).
constexpr std::uintmax_t kMaxCompilationDatabaseSize = 512 * 1024 * 1024;

/// The compilation database in `directory` as Clang's own loaders find it
/// (compile_commands.json, else compile_flags.txt), but read through
/// read_file: a FIFO or a device there is never opened, and the read is
/// bounded. Nothing when there is none; nothing with `error` (the file and
/// why) when one is there and cannot be read.
std::unique_ptr<clang::tooling::CompilationDatabase>
database_in(const fs::path &directory, std::string &error) {
  namespace tooling = clang::tooling;
  std::error_code missing;
  if (const fs::path json = directory / "compile_commands.json";
      fs::exists(fs::symlink_status(json, missing))) {
    std::string why;
    auto text = read_file(json, why, kMaxCompilationDatabaseSize);
    std::unique_ptr<tooling::CompilationDatabase> database;
    if (text)
      database = tooling::JSONCompilationDatabase::loadFromBuffer(
          *text, why, tooling::JSONCommandLineSyntax::AutoDetect);
    if (!database) {
      while (!why.empty() && why.back() == '.')
        why.pop_back();
      error = json.string() + ": " + why;
      return nullptr;
    }
    // What Clang's loader of the file adds to what it lists.
    return tooling::inferTargetAndDriverMode(
        tooling::inferMissingCompileCommands(tooling::expandResponseFiles(
            std::move(database), llvm::vfs::getRealFileSystem())));
  }
  if (const fs::path flags = directory / "compile_flags.txt";
      fs::exists(fs::symlink_status(flags, missing))) {
    std::string why;
    auto text = read_file(flags, why, kMaxCompilationDatabaseSize);
    std::unique_ptr<tooling::CompilationDatabase> database;
    if (text)
      database = tooling::FixedCompilationDatabase::loadFromBuffer(
          directory.string(), *text, why);
    if (!database)
      error = flags.string() + ": " + why;
    return database;
  }
  return nullptr;
}

std::unique_ptr<clang::tooling::CompilationDatabase>
compilation_database(const std::vector<DiscoveredFile> &files,
                     const CppCheckSettings &settings,
                     std::vector<FileNotice> &notices, const char *&remedy) {
  std::string error;
  remedy = kIncludePathsInDatabase;
  if (settings.compiler_flags) {
    remedy = kIncludePathsAfterDashes;
    return std::make_unique<clang::tooling::FixedCompilationDatabase>(
        ".", *settings.compiler_flags);
  }
  if (!settings.build_path.empty()) {
    if (auto database = database_in(fs::absolute(settings.build_path), error))
      return database;
    notices.push_back(
        {Severity::Error, settings.build_path, std::nullopt,
         "cannot read the compilation database: " +
             (error.empty() ? "there is no compile_commands.json in it"
                            : error)});
    return nullptr;
  }
  // The nearest database above the first file that can be read; one that is
  // there but cannot be read is no missing one.
  std::string unreadable;
  for (fs::path directory =
           fs::absolute(files.front().path).lexically_normal().parent_path();
       ;
       directory = directory.parent_path()) {
    if (auto database = database_in(directory, error))
      return database;
    if (unreadable.empty())
      unreadable = error;
    if (directory == directory.parent_path())
      break;
  }
  remedy = kIncludePathsNotGiven;
  notices.push_back(
      {Severity::Warning, files.front().display_path, std::nullopt,
       (unreadable.empty()
            ? std::string("no compile_commands.json found above it")
            : "cannot read " + unreadable) +
           "; checking the C++ files with -std=c++17 only (name the build "
           "directory with -p, or give the flags after --)"});
  return std::make_unique<clang::tooling::FixedCompilationDatabase>(
      ".", std::vector<std::string>{"-std=c++17"});
}

// A fix on the warning is safe; one on a note needs review (clang-tidy
// applies those only with --fix-notes).
Fix fix_of(Files &files, const clang::tooling::DiagnosticMessage &message,
           const std::string &rule, Applicability applicability) {
  Fix fix;
  fix.applicability = applicability;
  fix.title = rule_fix_title(rule, "cpp");
  for (const auto &entry : message.Fix)
    for (const clang::tooling::Replacement &replacement : entry.second) {
      SourceFilePtr file = files.get(replacement.getFilePath().str());
      if (!file)
        return {};
      fix.edits.push_back(
          {file,
           TextRange{replacement.getOffset(),
                     replacement.getOffset() + replacement.getLength()},
           replacement.getReplacementText().str()});
    }
  return fix;
}

constexpr const char *kCheckedWithoutCompiling =
    "checked without compiling instead (hoist's syntactic mode)";

// The compile command to check for a file's trouble: its own, or the
// listed file's it was inferred from (`inferred_from`, shown as given).
std::string command_to_check(const std::string &inferred_from) {
  return inferred_from.empty()
             ? std::string("the file's compile command")
             : "the compile command of " + inferred_from +
                   ", which the file's is inferred from";
}

// A compiler error: a notice on the checked file (the file analyzed only in
// part, even when the error is in a header it includes), with what was not
// analyzed because of it.
// `remedy`: what to do about a missing header (kIncludePaths...).
FileNotice compile_error_notice(const clang::tooling::DiagnosticMessage &message,
                                const DiscoveredFile &checked, Files &sources,
                                bool compiled, const std::string &inferred_from,
                                const char *remedy) {
  if (!compiled) // the driver's own error: the compile never ran
    return {Severity::Warning, checked.display_path, std::nullopt,
            message.Message + "; Clang could not compile it, " +
                kCheckedWithoutCompiling + ": check " +
                command_to_check(inferred_from),
            NoticeKind::Partial};
  // A missing header stops Clang: nothing after it is analyzed, and hoist
  // checks the file syntactically (cpp_front_end.cpp).
  const bool fatal =
      llvm::StringRef(message.Message).endswith("file not found");
  if (message.FilePath.empty() && !fatal) {
    // No place in the code: Clang's error limit, or the compile command's
    // own (an unknown flag), which Clang goes on without.
    if (llvm::StringRef(message.Message).contains("too many errors"))
      return {Severity::Error, checked.display_path, std::nullopt,
              message.Message + "; the rest of the file was not analyzed"};
    return {Severity::Warning, checked.display_path, std::nullopt,
            message.Message + "; Clang went on without it (check " +
                command_to_check(inferred_from) + ")"};
  }
  std::optional<Location> at =
      location_of(sources, message.FilePath, message.FileOffset);
  // An error in a header is told with its place, on the file checked; a
  // header -include names is missing before any place.
  std::string where;
  if (!message.FilePath.empty() &&
      sources.absolute(message.FilePath) !=
          fs::absolute(checked.path).lexically_normal()) {
    where = at ? at->file->path() + ":" +
                     std::to_string(
                         at->file->position(at->range.begin).line) +
                     ":" +
                     std::to_string(
                         at->file->position(at->range.begin).column) +
                     ": "
               : message.FilePath + ": ";
    at.reset();
  }
  return {Severity::Warning, checked.display_path, at,
          where + message.Message +
              (fatal ? std::string("; ") + kCheckedWithoutCompiling +
                           ": " + remedy
                     : "; the code around it was analyzed as far as it "
                       "parses"),
          NoticeKind::Partial};
}

// Whether an awslambda check's warning says what the analysis did not
// enter, not a finding.
bool not_analyzed(const ClangTidyError &error) {
  auto details = reported_details().find(
      {error.DiagnosticName.substr(std::string("awslambda-").size()),
       {error.Message.FilePath, error.Message.FileOffset}});
  return details != reported_details().end() && details->second.not_analyzed;
}

Diagnostic diagnostic_of(const ClangTidyError &error, const Location &location,
                         Files &sources) {
  Diagnostic diagnostic;
  diagnostic.rule_id =
      error.DiagnosticName.substr(std::string("awslambda-").size());
  diagnostic.location = location;
  diagnostic.message = error.Message.Message;
  auto details = reported_details().find(
      {diagnostic.rule_id, {error.Message.FilePath, error.Message.FileOffset}});
  if (details != reported_details().end()) {
    diagnostic.subject = details->second.subject;
    // A suppression on the line of a call that reaches it covers it too.
    for (const auto &[path, offset] : details->second.call_path)
      if (auto at = location_of(sources, path, offset))
        diagnostic.call_path.push_back(*at);
  }
  if (!error.Message.Fix.empty())
    diagnostic.fix = fix_of(sources, error.Message, diagnostic.rule_id,
                            Applicability::Safe);
  for (const auto &note : error.Notes) {
    if (auto at = location_of(sources, note.FilePath, note.FileOffset))
      diagnostic.notes.push_back({*at, note.Message});
    if (!note.Fix.empty() && !diagnostic.fix) {
      diagnostic.fix =
          fix_of(sources, note, diagnostic.rule_id, Applicability::Unsafe);
      // The note that carries it says why: "unsafe fix: <risk>".
      std::string_view why = note.Message;
      constexpr std::string_view kPrefix = "unsafe fix: ";
      if (why.substr(0, kPrefix.size()) == kPrefix)
        why.remove_prefix(kPrefix.size());
      diagnostic.fix->unsafe_because = std::string(why);
    }
  }
  if (diagnostic.fix && diagnostic.fix->edits.empty())
    diagnostic.fix.reset();
  if (diagnostic.fix && details != reported_details().end())
    diagnostic.fix->resolves = details->second.fix_resolves;
  return diagnostic;
}

// Turns what clang-tidy reported for `checked` into findings and notices;
// a file Clang did not compile at all is left to the syntactic mode.
// `inferred_from`: the listed file whose command its own was inferred
// from, when the database does not list it.
void report_errors(const std::vector<ClangTidyError> &errors,
                   const DiscoveredFile &checked, Files &sources,
                   CppCheckResult &result, bool compiled,
                   const std::string &inferred_from, const char *remedy) {
  if (!compiled) {
    result.not_compiled.insert(checked.display_path);
    if (errors.empty())
      result.notices.push_back(
          {Severity::Warning, checked.display_path, std::nullopt,
           std::string("Clang could not compile it, ") +
               kCheckedWithoutCompiling + ": check " +
               command_to_check(inferred_from),
           NoticeKind::Partial});
  }
  for (const ClangTidyError &error : errors) {
    sources.compiled_in(error.BuildDirectory);
    const auto &message = error.Message;
    if (llvm::StringRef(error.DiagnosticName).startswith("awslambda-")) {
      auto location =
          location_of(sources, message.FilePath, message.FileOffset);
      if (not_analyzed(error))
        result.notices.push_back({Severity::Warning, checked.display_path,
                                  location, message.Message,
                                  NoticeKind::Partial});
      else if (location)
        result.diagnostics.push_back(
            diagnostic_of(error, *location, sources));
      else // (gone or changed since Clang read it)
        result.notices.push_back(
            {Severity::Warning, checked.display_path, std::nullopt,
             "a finding in " + message.FilePath +
                 " is not shown: hoist could not read that file as Clang "
                 "did: " + message.Message,
             NoticeKind::Partial});
      continue;
    }
    if (error.DiagLevel != ClangTidyError::Error)
      continue;
    // Wherever Clang places it (a template of a system header instantiated
    // with the file's types), it is the checked file's error.
    ++result.compile_errors[fs::absolute(checked.path)
                                .lexically_normal()
                                .string()];
    if (llvm::StringRef(message.Message).endswith("file not found"))
      result.not_compiled.insert(checked.display_path);
    else if (!message.FilePath.empty() &&
             sources.absolute(message.FilePath) ==
                 fs::absolute(checked.path).lexically_normal())
      result.error_offsets[checked.display_path].push_back(message.FileOffset);
    result.notices.push_back(
        compile_error_notice(message, checked, sources, compiled,
                             inferred_from, remedy));
  }
}

// The options clang-tidy would run `file` with: its awslambda checks only
// (hoist chose them, .clang-tidy files included), their CheckOptions, and
// the .clang-tidy's extra compiler arguments.
clang::tidy::ClangTidyOptions tidy_options(const CppFileChecks &file) {
  clang::tidy::ClangTidyOptions options =
      clang::tidy::ClangTidyOptions::getDefaults();
  std::string checks = "-*";
  for (const std::string &rule : file.rules)
    checks += ",awslambda-" + rule;
  options.Checks = checks;
  for (const auto &[key, value] : file.check_options)
    options.CheckOptions[key] = clang::tidy::ClangTidyOptions::ClangTidyValue(
        llvm::StringRef(value));
  // hoist check applies `hoist: ignore` comments to both modes' findings
  // itself (cpp_front_end.cpp), and reports the ones that silence nothing.
  for (const std::string &rule : file.rules)
    options.CheckOptions["awslambda-" + rule + ".HoistIgnoreComments"] =
        clang::tidy::ClangTidyOptions::ClangTidyValue("false");
  if (!file.extra_args.empty())
    options.ExtraArgs = file.extra_args;
  if (!file.extra_args_before.empty())
    options.ExtraArgsBefore = file.extra_args_before;
  return options;
}

// A compile command's directory that is not here (a database made in a
// container or on another machine): Clang's tooling cannot change into it,
// and aborts the process if asked to.
std::optional<std::string>
missing_directory(const clang::tooling::CompilationDatabase &database,
                  const std::string &file) {
  for (const clang::tooling::CompileCommand &command :
       database.getCompileCommands(file)) {
    std::error_code error;
    if (!fs::is_directory(command.Directory, error) ||
        ::access(command.Directory.c_str(), X_OK) != 0)
      return command.Directory;
  }
  return std::nullopt;
}

} // namespace

CppCheckResult check_cpp_files(const std::vector<DiscoveredFile> &files,
                               const CppCheckSettings &settings) {
  (void)AwsLambdaModuleAnchorSource;
  CppCheckResult result;
  if (files.empty() || settings.rules.empty())
    return result;
  const char *remedy = nullptr;
  auto database =
      compilation_database(files, settings, result.notices, remedy);
  if (!database)
    return result;
  clang::tooling::ArgumentsAdjustingCompilations adjusted(std::move(database));
  adjusted.appendArgumentsAdjuster(
      [](const clang::tooling::CommandLineArguments &arguments,
         llvm::StringRef) { return with_resource_dir(arguments); });

  auto base = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  auto memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  for (const auto &[path, text] : settings.overlay)
    memory->addFile(path, 0,
                    llvm::MemoryBuffer::getMemBufferCopy(text));
  base->pushOverlay(memory);

  Files sources(settings, files);
  HandlerHeaders handler_headers(settings.overlay, settings.max_file_size);
  // One file at a time: an error without a location (an unknown flag in its
  // compile command) belongs to the file being compiled.
  for (const DiscoveredFile &checked : files) {
    const fs::path absolute = fs::absolute(checked.path).lexically_normal();
    auto given = settings.files.find(absolute);
    const CppFileChecks &file_checks =
        given != settings.files.end() ? given->second
                                      : CppFileChecks{settings.rules};
    if (file_checks.rules.empty())
      continue;
    if (settings.without_handler_names.count(absolute) &&
        !handler_headers.can_give_handler(
            absolute, adjusted.getCompileCommands(absolute.string()))) {
      result.cannot_hold_handler.insert(checked.display_path);
      continue;
    }
    if (auto directory = missing_directory(adjusted, absolute.string())) {
      result.not_compiled.insert(checked.display_path);
      result.notices.push_back(
          {Severity::Warning, checked.display_path, std::nullopt,
           "its compile command's directory '" + *directory +
               "' does not exist here; " + kCheckedWithoutCompiling +
               ": give a compilation database made on this machine with "
               "-p BUILD_DIR, or the flags after --, for the precise mode",
           NoticeKind::Partial});
      continue;
    }
    clang::tidy::ClangTidyContext context(
        std::make_unique<clang::tidy::DefaultOptionsProvider>(
            clang::tidy::ClangTidyGlobalOptions(),
            tidy_options(file_checks)));
    // (Clang's tooling would print "Skipping <file>. Compile command not
    // found." and go on.) A compile_commands.json infers a command for a
    // file it does not list from a listed one, as clang-tidy's does.
    std::vector<clang::tooling::CompileCommand> commands =
        adjusted.getCompileCommands(absolute.string());
    if (commands.empty()) {
      result.not_compiled.insert(checked.display_path);
      result.notices.push_back(
          {Severity::Warning, checked.display_path, std::nullopt,
           std::string("the compilation database has no compile command for "
                       "it; ") +
               kCheckedWithoutCompiling +
               ": add it to the database for the precise mode",
           NoticeKind::Partial});
      continue;
    }
    // ("inferred from /abs/a.cpp", by Clang's interpolation.)
    std::string inferred_from;
    if (llvm::StringRef heuristic = commands.front().Heuristic;
        heuristic.consume_front("inferred from ")) {
      inferred_from =
          fs::path(heuristic.str()).lexically_proximate(fs::current_path())
              .string();
      result.notices.push_back(
          {Severity::Warning, checked.display_path, std::nullopt,
           "the compilation database does not list it; using the compile "
           "command of " +
               inferred_from + ", as clang-tidy does"});
    }
    bool compiled = false;
    std::vector<ClangTidyError> errors =
        run_tidy_checks(context, adjusted, absolute.string(), base, compiled);
    report_errors(errors, checked, sources, result, compiled, inferred_from,
                  remedy);
  }
  result.files_checked = files.size();
  std::sort(result.diagnostics.begin(), result.diagnostics.end(),
            diagnostic_order);
  return result;
}

} // namespace hoist::cpp

extern "C" void
hoist_check_cpp_files(const std::vector<hoist::DiscoveredFile> &files,
                      const hoist::cpp::CppCheckSettings &settings,
                      hoist::cpp::CppCheckResult &result) {
  result = hoist::cpp::check_cpp_files(files, settings);
}
