#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_discovery.h"
#include "core/overlay.h"
#include "core/file_notice.h"

namespace hoist::cpp {

/// How one C++ file is checked: its rules, and what the .clang-tidy files
/// that apply to it say for the awslambda checks.
struct CppFileChecks {
  std::vector<std::string> rules;
  std::map<std::string, std::string> check_options{};
  std::vector<std::string> extra_args{}, extra_args_before{};
};

struct CppCheckSettings {
  /// -p: the directory with compile_commands.json; empty: found upward from
  /// the first file.
  std::string build_path;
  /// Flags after `--`: used for every file instead of a compilation database.
  std::optional<std::vector<std::string>> compiler_flags;
  std::vector<std::string> rules; ///< the C++ rules to run, in any file
  /// Per checked file (absolute, normalized); a file not named here runs
  /// `rules` with no options.
  std::map<std::filesystem::path, CppFileChecks> files;
  /// Texts to check instead of what is on disk (the fix loop's results).
  Overlay overlay;
  /// Checked files (absolute, normalized) whose own text names neither
  /// run_handler nor invocation_request: compiled only when a project
  /// header they include does (handler_headers.h).
  std::set<std::filesystem::path> without_handler_names;
  /// Sources and project headers are read within this many bytes
  /// (max-file-size).
  std::uintmax_t max_file_size = kDefaultMaxFileSize;
};

/// Byte offsets in files, by the path discovery named them with.
using OffsetsByFile = std::map<std::string, std::vector<unsigned>>;

struct CppCheckResult {
  std::vector<Diagnostic> diagnostics;
  /// Compiler errors, a missing compilation database.
  std::vector<FileNotice> notices;
  std::size_t files_checked = 0;
  /// Compiler errors per checked file (absolute, lexically normal path),
  /// in it or in a header it includes: a fix must not add any.
  std::map<std::string, std::size_t> compile_errors;
  /// Checked files (as discovery named them) that Clang could not compile:
  /// it could not get past a missing header, the database has no compile
  /// command for them, the driver could not run theirs, or their compile
  /// command's directory is not here. The syntactic mode checks them
  /// instead.
  std::set<std::string> not_compiled;
  /// Of `without_handler_names`, the files (as discovery named them) that
  /// include no project header naming either: they cannot hold a handler,
  /// and were not compiled.
  std::set<std::string> cannot_hold_handler;
  /// Where Clang reported errors it went on after (an undeclared name, a
  /// type it does not know) in the checked files themselves: the code
  /// around them was not analyzed.
  OffsetsByFile error_offsets;
};

/// Runs the awslambda clang-tidy checks (the same classes the plugin
/// registers) over `files` in-process, and returns their findings as hoist
/// diagnostics. Code with errors is analyzed as far as Clang could parse it;
/// the errors are notices.
CppCheckResult check_cpp_files(const std::vector<DiscoveredFile> &files,
                               const CppCheckSettings &settings);

/// check_cpp_files, as the C++ module (libhoist-cpp.so) exports it for
/// hoist to find with dlsym.
using CheckCppFiles = void(const std::vector<DiscoveredFile> &files,
                           const CppCheckSettings &settings,
                           CppCheckResult &result);
constexpr const char *kCheckCppFilesSymbol = "hoist_check_cpp_files";

} // namespace hoist::cpp
