#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/color_mode.h"
#include "engine/check_request.h"

namespace hoist::cli {

enum class Format { Text, Concise, Json, Sarif, Github, Gitlab, Junit };

/// `hoist check`: the engine's request, and how to report and fix.
struct CheckOptions : engine::CheckRequest {
  Format format = Format::Text;
  std::string output_file; ///< empty: stdout
  /// --stdin-filename: the text comes from stdin, as if it were this file.
  std::string stdin_filename;
  bool fix = false;          ///< --fix: apply fixes and write the files
  bool unsafe_fixes = false; ///< --unsafe-fixes: unsafe ones too
  bool diff = false;         ///< --diff: print what --fix would change
  bool exit_non_zero_on_fix = false;
  bool exit_zero = false;     ///< --exit-zero: findings do not fail the run
  bool show_fixes = false;    ///< --show-fixes: list what --fix applied
  bool show_files = false;    ///< --show-files: list the files, check nothing
  bool show_settings = false; ///< --show-settings: print them, check nothing
  bool verbose = false;       ///< -v: notes on what was and was not checked
  std::string changed_since;  ///< --changed-since REF
  /// --export-fixes FILE: the C++ fixes as clang-apply-replacements YAML.
  std::string export_fixes;
  bool quiet = false; ///< --quiet: findings only, no summary or progress
  bool statistics =
      false; ///< --statistics: counts per rule instead of findings
  std::optional<bool> cache; ///< --cache / --no-cache: replay unchanged runs
  std::string cache_dir = ".hoist_cache"; ///< --cache-dir
  ColorMode color = ColorMode::Auto;
};

/// The function a local execution environment runs (verify, runtime serve).
struct FunctionOptions {
  /// 'path/module.function' (Python) or 'path/file.export' (Node.js)
  std::string handler;
  std::string root = ".";         ///< the task root: what Lambda would unpack
  std::string python = "python3"; ///< the interpreter for Python handlers
  /// --node: Node.js for JavaScript handlers (empty: `node` on PATH, when
  /// the handler names a JavaScript file)
  std::string node;
  std::string bootstrap; ///< a custom runtime executable instead (C++)
  unsigned timeout_s = 3;
  unsigned memory_mb = 128;
  /// --env NAME=VALUE: the function's own variables, as its configuration's
  /// `Environment: Variables` (a name given again: the last value).
  std::vector<std::pair<std::string, std::string>> environment;
};

struct VerifyOptions {
  FunctionOptions function;
  std::string events;       ///< a JSON file, or a directory of them
  unsigned invocations = 5; ///< warm invokes after the cold one
  bool unsafe_fixes = false;
  Format format = Format::Text;
  std::string output_file;       ///< empty: stdout
  ColorMode color = ColorMode::Auto; ///< of the text report's verdict
  bool quiet = false; ///< --quiet: the text report is the verdict alone
  std::string report_html;       ///< --report FILE.html
  std::string cpp_source;        ///< --cpp FILE: a C++ handler (aws-lambda-cpp)
  std::vector<std::string> link; ///< --link ARG: what the C++ handler links
  std::vector<std::string> compiler_flags; ///< after `--`: how it compiles
};

struct ServeOptions {
  FunctionOptions function;
  int port = 9000;
};

/// Whose help `--help` prints: the whole program's, or a command's own.
enum class HelpTopic { All, Check, Verify, Serve, Server, Rules, Explain };

/// What the command line asked for.
struct Command {
  enum class Kind {
    Check,
    Rules,
    Explain,
    Verify,
    Serve,
    Server,
    Help,
    Version
  } kind = Kind::Check;
  CheckOptions check;
  VerifyOptions verify;
  ServeOptions serve;
  std::string rule; ///< explain's rule id
  HelpTopic help = HelpTopic::All;
};

/// Parses argv. On a usage error returns nothing and sets `error` to a
/// message that says what was wrong and what to do.
std::optional<Command> parse_command_line(int argc, char **argv,
                                          std::string &error);

std::string usage_text(HelpTopic topic);

/// `hoist verify ...` and `hoist runtime serve ...`, from argv[first] on.
std::optional<Command> parse_verify(int argc, char **argv, int first,
                                    std::string &error);
std::optional<Command> parse_serve(int argc, char **argv, int first,
                                   std::string &error);

} // namespace hoist::cli
