#include "cli/options.h"

#include "cli/option_scanner.h"
#include "core/closest_name.h"
#include "rules/rule_ids.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sstream>
#include <tuple>

namespace hoist::cli {
namespace {

void split_list(const std::string &value, std::vector<std::string> &out) {
  std::stringstream stream(value);
  std::string item;
  while (std::getline(stream, item, ','))
    if (!item.empty())
      out.push_back(item);
}

/// Sets `out` to the value named `text` among `choices`; false if none is.
template <typename Value>
bool choose(const std::string &text,
            std::initializer_list<std::pair<const char *, Value>> choices,
            Value &out) {
  for (const auto &[name, value] : choices)
    if (text == name) {
      out = value;
      return true;
    }
  return false;
}

} // namespace

namespace {

constexpr const char *kOverview =
    R"(hoist: finds per-invocation initialization in AWS Lambda handlers

Usage:
  hoist check [OPTIONS] [PATH...] [-- FLAGS]
                                    check Python, JavaScript, TypeScript and
                                    C++ files and directories (default: .)
  hoist verify [OPTIONS]            run a handler before and after its fixes
                                    in a local Lambda environment
  hoist runtime serve [OPTIONS]     serve a handler on the Lambda Runtime API
                                    and the emulator's invoke endpoint
  hoist server                      the language server for editors (LSP
                                    over stdin and stdout): docs/editors.md
  hoist rules                       list the rules: languages, default, fix
  hoist explain RULE                print a rule's documentation
  hoist --version                   print the version
  hoist --help                      print this help
  hoist COMMAND --help              print a command's own help

hoist reports SDK clients and sessions, database connections and HTTP pools
that a handler builds on every invocation, and handlers Lambda cannot call.

)";

constexpr const char *kCheckUsage =
    R"(hoist check: checks Python, JavaScript, TypeScript and C++ files and
directories for per-invocation initialization and handlers Lambda cannot call

Usage: hoist check [OPTIONS] [PATH...] [-- FLAGS]   (PATH default: .)
       hoist check [OPTIONS] --stdin-filename PATH -

)";

constexpr const char *kCheckOptions = R"(Options for check:
  --fix                   apply safe fixes and write the files (atomically)
  --unsafe-fixes          with --fix or --diff, apply unsafe fixes too
  --diff                  print the unified diff --fix would apply; write
                          nothing
  --show-fixes            with --fix, list the fixes applied per file and
                          rule
  --exit-non-zero-on-fix  with --fix, exit 1 when a file changed, even if no
                          finding remains (for pre-commit hooks)
  --exit-zero             exit 0 even when there are findings (2 still means
                          an error)
  --output-format FORMAT  text (default), concise, json, sarif, github,
                          gitlab or junit (also spelled --format)
  -o, --output FILE       write the report to FILE instead of stdout
  --select RULES          check only these rules (comma-separated, repeatable;
                          ALL for every rule)
  --extend-select RULES   check these rules too, on top of the selection
  --ignore RULES          do not check these rules
  --extend-ignore RULES   the same as --ignore
  --handler HANDLER       a Lambda handler string, 'path/to/module.function'
                          (repeatable): a handler, beside those the
                          deployment files (SAM, serverless.yml, Dockerfile,
                          CDK) name; without deployment files, the only
                          handlers
  --handler-pattern GLOB  names that mark a module-level function as a handler
                          (repeatable; default: handler, lambda_handler,
                          *_handler; for JavaScript and TypeScript exports:
                          handler, lambdaHandler, *Handler, *_handler,
                          handler*);
                          functions whose two parameters are named like
                          (event, context) are handlers too
  --root DIR              a code root (like Lambda's task root): absolute
                          imports of project modules are looked up there
                          first, then in the handler's directory and its
                          parents (repeatable)
  --config FILE           read settings from FILE (a pyproject.toml with
                          [tool.hoist], or a hoist.toml); by default the
                          nearest one upward from the first path is used
  --exclude GLOBS         files and directories not to check (comma-
                          separated; replaces the config's exclude)
  --extend-exclude GLOBS  more of them, added to exclude
  --force-exclude         exclude what matches even when named on the command
                          line (the pre-commit hooks pass it); without it, a
                          path you name is checked
  --no-respect-gitignore  check what .gitignore, .git/info/exclude and git's
                          global excludes file ignore (by default skipped)
  -j, --jobs N            files analyzed in parallel (default: one per core)
  --changed-since REF     check only what changed since the git commit REF:
                          changed Python and C++ files, and Python files
                          that import a changed module (all of them when a
                          deployment or config file changed); JavaScript and
                          TypeScript files are all checked
  --max-file-size BYTES   skip larger files with a warning (default 10 MiB):
                          sources, modules imported, project files; a
                          larger text on stdin is an error
  --cache                 replay the last result when no input changed (the
                          files checked, configuration, imported modules,
                          settings); kept in .hoist_cache/
  --no-cache              do not read or write the cache (overrides --cache)
  --cache-dir DIR         where --cache keeps results
  --show-files            print the files that would be checked, and exit
  --show-settings         print the settings that would apply, and exit
  --color WHEN            auto (default), always or never
  -q, --quiet             print findings only: no summary, no progress
  -v, --verbose           print notes on what was checked and what was not
                          (the config file used, configured handlers whose
                          code hoist cannot see)
  --statistics            print how many findings each rule has, not them
                          (text format only)
  -p BUILD_DIR            where compile_commands.json is, for C++ files
                          (default: found upward from the first C++ file)
  -- FLAGS                compile every C++ file with FLAGS instead of a
                          compilation database (as for clang-tidy)
  --export-fixes FILE     write the C++ fixes --fix would apply first to FILE
                          as clang-tidy does, for clang-apply-replacements
  --stdin-filename PATH   check the text on stdin (PATH '-', or none) as if
                          it were the file PATH: its configuration and
                          imports are found from there; with --fix, the
                          fixed text goes to stdout and the report to stderr

Command-line options override the config file: --select and --exclude
replace its lists; --extend-select, --ignore, --extend-exclude, --handler
and --root add to them.

Suppress a finding with a comment on its line, or on the line of a call that
leads to it: `# hoist: ignore[client-in-handler]`; a whole file with
`# hoist: ignore-file[rule]`. Unused suppressions are reported.

)";

// After the list of the rules.
constexpr const char *kCheckRuleNotes =
    R"(C++ files are checked by the same checks as the clang-tidy plugin
(libhoist-tidy.so); silence one with // NOLINT(awslambda-<rule>).
Docs: rules/<rule>/doc.md (hoist explain RULE prints it).

Exit status: 0 no findings, 1 findings (handler-not-found among them: a
handler a deployment file names), 2 usage error, a file that could not be
analyzed (or fixed), or a handler given by --handler or the config that no
file answers; the closing summary says which. A warning (a syntax error
analyzed around, a key given twice in a deployment file) does not change it.
With --fix, only findings that remain count; with --diff, 1 when a fix would
change a file; with --exit-zero, 0 instead of 1.
)";

constexpr const char *kVerifyUsage =
    R"(hoist verify: runs a handler before and after its fixes in a local Lambda
environment and compares what it answers

Usage: hoist verify --handler HANDLER --events PATH [OPTIONS] [-- FLAGS]

)";

constexpr const char *kVerifyOptions =
    R"(Options for verify (the runtime runs your code on this machine, like
`sam local invoke`):
  --handler HANDLER       the handler, 'path/module.function' (Python) or
                          'path/file.export' (Node.js: it names a .js, .mjs
                          or .cjs file under --root) (required)
  --root DIR              the task root, what Lambda would unpack (default .)
  --events PATH           a JSON event file, or a directory of *.json events
                          used in name order (required); each a regular
                          file of at most 6 MB, Lambda's payload limit
  --invocations N         warm invokes after the cold one (default 5); the
                          events are used in turn
  --unsafe-fixes          verify the unsafe fixes too
  --output-format FORMAT  text (default) or json (also spelled --format)
  -o, --output FILE       write the result to FILE instead of stdout (not
                          a file of the function verified)
  --color WHEN            colour the verdict: auto (default: on a terminal,
                          unless NO_COLOR is set), always or never
  -q, --quiet             print the verdict line only (text format)
  --report FILE.html      also write a self-contained HTML report
  --env NAME=VALUE        set a variable of the function's environment in
                          both runs (repeatable), over those of the
                          deployment file (SAM/CloudFormation template,
                          serverless.yml) that configures the handler, which
                          are set too
  --timeout SECONDS       the function timeout (default 3)
  --memory MB             the memory size (default 128)
  --python EXE            the Python interpreter (default python3)
  --node EXE              Node.js, for a Node.js handler (default node);
                          given, the handler runs on Node.js
  --cpp FILE              verify a C++ handler (aws-lambda-cpp) instead: it
                          is built with clang++-14 against hoist's C++ runtime
                          library, before and after the fixes
  --link ARG              a library or object the C++ handler links with
                          (repeatable)
  -- FLAGS                the C++ handler's compile flags
Exit status: 0 "verified": the original succeeded at least once, every
response is equal and the fixed code builds none of the fixed constructions
while invoked; 1 "not verified" (a response differs, or a construction is
still built while invoked) or "inconclusive" (the original failed on every
invocation); 2 on an error, such as a handler module that is not at its
path under --root (Runtime.ImportModuleError) or lacks the function.

)";

constexpr const char *kServeUsage =
    R"(hoist runtime serve: serves a handler on the Lambda Runtime API and the
Runtime Interface Emulator's invoke endpoint, on this machine

Usage: hoist runtime serve (--handler HANDLER | --bootstrap EXE) [OPTIONS]

)";

constexpr const char *kServeOptions = R"(Options for runtime serve:
  --handler HANDLER       the handler, 'path/module.function' (Python) or
                          'path/file.export' (Node.js: it names a .js, .mjs
                          or .cjs file under --root)
  --root DIR              the task root, what Lambda would unpack (default .)
  --env NAME=VALUE        set a variable of the function's environment
                          (repeatable)
  --timeout SECONDS       the function timeout (default 3)
  --memory MB             the memory size (default 128)
  --python EXE            the Python interpreter (default python3)
  --node EXE              Node.js, for a Node.js handler (default node);
                          given, the handler runs on Node.js
  --port PORT             the port on 127.0.0.1 (default 9000; 0: any free
                          port, printed when serving); invoke with
                          curl -d @event.json http://127.0.0.1:PORT/2015-03-31/functions/function/invocations
  --bootstrap EXE         run EXE as the runtime process (a custom runtime,
                          such as a C++ handler built with aws-lambda-cpp)
)";

constexpr const char *kServerUsage =
    R"(hoist server: the language server for editors, speaking the Language
Server Protocol 3.17 on stdin and stdout (the editor starts it)

Usage: hoist server [--stdio]

It checks the documents open in the editor as they are typed, from their
text, with the configuration file above each one (pyproject.toml's
[tool.hoist] or hoist.toml); publishes the findings as diagnostics; offers
each fix as a code action (and source.fixAll.hoist for the safe ones), and
"ignore this finding"; and shows a rule's page on hover. Editor settings
(initializationOptions, or the "hoist" section of the client's settings):
select, extendSelect, ignore (lists of rule ids) and unsafeFixes (true:
offer unsafe fixes too). Setup for Neovim, VS Code, Helix, Emacs and Zed:
docs/editors.md.

Options:
  --stdio                 talk on stdin and stdout (the default; accepted
                          for clients that pass it)
)";

constexpr const char *kRulesUsage =
    R"(hoist rules: lists the rules, with the languages each checks, whether it
is on by default and the best fix it offers

Usage: hoist rules
)";

constexpr const char *kExplainUsage =
    R"(hoist explain: prints a rule's documentation page (the one SARIF embeds)

Usage: hoist explain RULE   (RULE: an id 'hoist rules' lists, or its C++ name
                             awslambda-RULE)
)";

/// True for the arguments that ask a command for its help.
bool asks_for_help(const char *argument) {
  return std::strcmp(argument, "--help") == 0 || std::strcmp(argument, "-h") == 0;
}

/// `text` broken at spaces into lines of at most `width` characters.
std::string wrapped(const std::string &text, std::size_t width) {
  std::string out;
  std::size_t line_start = 0;
  std::istringstream words(text);
  for (std::string word; words >> word;) {
    bool first = out.size() == line_start;
    if (!first && out.size() - line_start + 1 + word.size() > width) {
      out += '\n';
      line_start = out.size();
    } else if (!first) {
      out += ' ';
    }
    out += word;
  }
  return out + "\n";
}

/// "Rules: client-in-handler, ..., sdk-init-in-handler (C++), ...", from
/// the rules' rule.json files; a rule for some languages only names them.
std::string rule_list() {
  std::string text = "Rules:";
  for (std::size_t i = 0; i < rules::kRules.size(); ++i) {
    const rules::RuleEntry &rule = rules::kRules[i];
    text += (i ? ", " : " ") + std::string(rule.rule);
    // A Python rule goes without saying; others name their languages.
    if (rule.languages.find("python") == std::string_view::npos)
      text += rule.languages == "cpp"
                  ? " (C++)"
                  : " (" + std::string(rule.languages) + ")";
  }
  return wrapped(text + ".", 78);
}

std::string check_options() {
  return std::string(kCheckOptions) + rule_list() + kCheckRuleNotes;
}

} // namespace

std::string usage_text(HelpTopic topic) {
  switch (topic) {
  case HelpTopic::Check:
    return std::string(kCheckUsage) + check_options();
  case HelpTopic::Verify:
    return std::string(kVerifyUsage) + kVerifyOptions;
  case HelpTopic::Serve:
    return std::string(kServeUsage) + kServeOptions;
  case HelpTopic::Server:
    return kServerUsage;
  case HelpTopic::Rules:
    return kRulesUsage;
  case HelpTopic::Explain:
    return kExplainUsage;
  case HelpTopic::All:
    break;
  }
  return std::string(kOverview) + check_options() + "\n" + kVerifyOptions +
         kServeOptions;
}

std::optional<Command> parse_command_line(int argc, char **argv,
                                          std::string &error) {
  Command command;
  int i = 1;
  if (i < argc && std::strcmp(argv[i], "rules") == 0) {
    if (i + 2 == argc && asks_for_help(argv[i + 1])) {
      command.kind = Command::Kind::Help;
      command.help = HelpTopic::Rules;
      return command;
    }
    if (i + 1 < argc) {
      error = argv[i + 1][0] == '-'
                  ? std::string("'hoist rules' has no option '") + argv[i + 1] +
                        "'; it takes no arguments (see 'hoist rules --help')"
                  : std::string("'hoist rules' takes no arguments; did you "
                                "mean 'hoist explain ") +
                        argv[i + 1] + "'?";
      return std::nullopt;
    }
    command.kind = Command::Kind::Rules;
    return command;
  }
  if (i < argc && std::strcmp(argv[i], "explain") == 0) {
    if (i + 2 == argc && asks_for_help(argv[i + 1])) {
      command.kind = Command::Kind::Help;
      command.help = HelpTopic::Explain;
      return command;
    }
    if (i + 2 == argc && argv[i + 1][0] == '-') {
      error = std::string("'hoist explain' has no option '") + argv[i + 1] +
              "'; it takes one rule id (see 'hoist explain --help')";
      return std::nullopt;
    }
    if (i + 2 != argc) {
      error =
          "'hoist explain' takes one rule id; run 'hoist rules' to list them";
      return std::nullopt;
    }
    command.kind = Command::Kind::Explain;
    command.rule = argv[i + 1];
    return command;
  }
  if (i < argc && std::strcmp(argv[i], "server") == 0) {
    command.kind = Command::Kind::Server;
    for (int j = i + 1; j < argc; ++j) {
      if (asks_for_help(argv[j])) {
        command.kind = Command::Kind::Help;
        command.help = HelpTopic::Server;
        return command;
      }
      if (std::strcmp(argv[j], "--stdio") != 0) {
        error = std::string("'hoist server' has no option '") + argv[j] +
                "'; it talks LSP on stdin and stdout (see 'hoist server "
                "--help')";
        return std::nullopt;
      }
    }
    return command;
  }
  if (i < argc && std::strcmp(argv[i], "verify") == 0)
    return parse_verify(argc, argv, i + 1, error);
  if (i < argc && std::strcmp(argv[i], "runtime") == 0) {
    if (i + 1 < argc && std::strcmp(argv[i + 1], "serve") == 0)
      return parse_serve(argc, argv, i + 2, error);
    error = "'hoist runtime' needs a subcommand: 'hoist runtime serve'";
    return std::nullopt;
  }
  HelpTopic help = HelpTopic::All;
  if (i < argc && std::strcmp(argv[i], "check") == 0) {
    help = HelpTopic::Check;
    ++i;
  } else if (i < argc && argv[i][0] != '-') {
    std::string advice = did_you_mean(
        argv[i], {"check", "verify", "runtime", "server", "rules", "explain"});
    error = std::string("unknown command '") + argv[i] + "'" +
            (advice.empty() ? "; run 'hoist --help' for the commands" : advice);
    return std::nullopt;
  }
  CheckOptions &options = command.check;
  // Flags without a value.
  const std::pair<const char *, bool *> flags[] = {
      {"--fix", &options.fix},
      {"--unsafe-fixes", &options.unsafe_fixes},
      {"--diff", &options.diff},
      {"--exit-non-zero-on-fix", &options.exit_non_zero_on_fix},
      {"--exit-zero", &options.exit_zero},
      {"--show-fixes", &options.show_fixes},
      {"--show-files", &options.show_files},
      {"--show-settings", &options.show_settings},
      {"--quiet", &options.quiet},
      {"-q", &options.quiet},
      {"--verbose", &options.verbose},
      {"-v", &options.verbose},
      {"--statistics", &options.statistics}};
  // Switches that set a setting either way (the last one given wins).
  const std::tuple<const char *, std::optional<bool> *, bool> switches[] = {
      {"--cache", &options.cache, true},
      {"--no-cache", &options.cache, false},
      {"--force-exclude", &options.force_exclude, true},
      {"--no-force-exclude", &options.force_exclude, false},
      {"--respect-gitignore", &options.respect_gitignore, true},
      {"--no-respect-gitignore", &options.respect_gitignore, false}};
  // Options with a value: `--name value`, `--name=value` or `-j4`.
  static const char *const kValued[] = {"--format",
                                        "--output-format",
                                        "--output",
                                        "-o",
                                        "--select",
                                        "--extend-select",
                                        "--ignore",
                                        "--extend-ignore",
                                        "--cache-dir",
                                        "--exclude",
                                        "--extend-exclude",
                                        "--handler",
                                        "--handler-pattern",
                                        "--root",
                                        "--config",
                                        "--jobs",
                                        "-j",
                                        "--color",
                                        "--changed-since",
                                        "--max-file-size",
                                        "--export-fixes",
                                        "--stdin-filename",
                                        "-p"};
  for (; i < argc; ++i) {
    std::string argument = argv[i];
    if (argument == "--") {
      // As for clang-tidy: what follows is the C++ compiler's command line.
      options.compiler_flags.emplace(argv + i + 1, argv + argc);
      break;
    }
    if (argument.empty() || argument[0] != '-' || argument == "-") {
      options.paths.push_back(argument);
      continue;
    }
    if (argument == "-h" || argument == "--help") {
      command.kind = Command::Kind::Help;
      command.help = help;
      return command;
    }
    if (argument == "--version" || argument == "-V") {
      command.kind = Command::Kind::Version;
      return command;
    }
    bool *flag = nullptr;
    for (const auto &[flag_name, target] : flags)
      if (argument == flag_name)
        flag = target;
    if (flag) {
      *flag = true;
      continue;
    }
    bool switched = false;
    for (const auto &[switch_name, target, value] : switches)
      if (argument == switch_name) {
        *target = value;
        switched = true;
      }
    if (switched)
      continue;
    OptionArgument option = split_option(argument);
    const std::string &name = option.name;
    if (std::none_of(std::begin(kValued), std::end(kValued),
                     [&](const char *known) { return name == known; })) {
      std::vector<std::string> known(std::begin(kValued), std::end(kValued));
      for (const auto &flag_entry : flags)
        known.push_back(flag_entry.first);
      for (const auto &switch_entry : switches)
        known.push_back(std::get<0>(switch_entry));
      std::string advice = did_you_mean(name, known);
      error = "unknown option '" + name + "'" +
              (advice.empty() ? "; run 'hoist check --help' for the options"
                              : advice);
      return std::nullopt;
    }
    if (!take_value(option, i, argc, argv, error))
      return std::nullopt;
    const std::string &value = option.value;
    if (name == "--format" || name == "--output-format") {
      if (!choose(value,
                  {{"text", Format::Text},
                   {"concise", Format::Concise},
                   {"json", Format::Json},
                   {"sarif", Format::Sarif},
                   {"github", Format::Github},
                   {"gitlab", Format::Gitlab},
                   {"junit", Format::Junit}},
                  options.format)) {
        std::string advice =
            did_you_mean(value, {"text", "concise", "json", "sarif", "github",
                                 "gitlab", "junit"});
        error = "unknown format '" + value + "'" +
                (advice.empty() ? "; use text, concise, json, sarif, github, "
                                  "gitlab or junit"
                                : advice);
        return std::nullopt;
      }
    } else if (name == "--output" || name == "-o") {
      options.output_file = value;
    } else if (name == "--select") {
      split_list(value, options.select);
    } else if (name == "--extend-select") {
      split_list(value, options.extend_select);
    } else if (name == "--ignore" || name == "--extend-ignore") {
      split_list(value, options.ignore);
    } else if (name == "--exclude") {
      if (!options.exclude)
        options.exclude.emplace();
      split_list(value, *options.exclude);
    } else if (name == "--extend-exclude") {
      split_list(value, options.extend_exclude);
    } else if (name == "--handler") {
      options.handlers.push_back(value);
    } else if (name == "--handler-pattern") {
      options.handler_patterns.push_back(value);
    } else if (name == "--root") {
      options.roots.push_back(value);
    } else if (name == "--config") {
      options.config_file = value;
    } else if (name == "--cache-dir") {
      options.cache_dir = value;
    } else if (name == "-p") {
      options.build_path = value;
    } else if (name == "--export-fixes") {
      options.export_fixes = value;
    } else if (name == "--stdin-filename") {
      options.stdin_filename = value;
    } else if (name == "--changed-since") {
      options.changed_since = value;
    } else if (name == "--max-file-size") {
      // Digits only: strtoull takes "-1" as its negation modulo 2^64, a
      // limit of 16 EiB that would let every read through.
      char *end = nullptr;
      errno = 0;
      unsigned long long bytes = std::strtoull(value.c_str(), &end, 10);
      if (value.empty() ||
          value.find_first_not_of("0123456789") != std::string::npos ||
          *end != '\0' || errno == ERANGE || bytes == 0) {
        error = "--max-file-size needs a positive number of bytes, not '" +
                value + "'";
        return std::nullopt;
      }
      options.max_file_size = bytes;
    } else if (name == "--jobs" || name == "-j") {
      long jobs = 0;
      if (!parse_number("--jobs", value, 1, 1024, jobs, error))
        return std::nullopt;
      options.jobs = static_cast<unsigned>(jobs);
    } else if (name == "--color") {
      if (!parse_color(value, options.color, error))
        return std::nullopt;
    }
  }
  const bool reads_stdin =
      std::count(options.paths.begin(), options.paths.end(), "-") > 0;
  if (reads_stdin && options.stdin_filename.empty()) {
    error = "'-' reads the code from stdin, and needs --stdin-filename PATH: "
            "the file it stands for, whose name says its language and where "
            "its configuration and imports are";
    return std::nullopt;
  }
  if (!options.stdin_filename.empty() &&
      (options.paths.size() > 1 || (!options.paths.empty() && !reads_stdin))) {
    error = "--stdin-filename checks the text on stdin only; give '-' as the "
            "one path, or no path";
    return std::nullopt;
  }
  if (options.paths.empty())
    options.paths.push_back(options.stdin_filename.empty() ? "." : "-");
  if (options.fix && options.diff) {
    error = "--fix and --diff cannot be combined: --diff shows what --fix "
            "would write";
    return std::nullopt;
  }
  if (!options.export_fixes.empty() && (options.fix || options.diff)) {
    error = "--export-fixes writes the fixes for clang-apply-replacements "
            "to apply; it cannot be combined with --fix or --diff";
    return std::nullopt;
  }
  if (options.statistics && options.format != Format::Text) {
    error = "--statistics prints counts per rule in place of the text "
            "format's findings; it cannot be combined with another --format";
    return std::nullopt;
  }
  if (options.show_files && options.show_settings) {
    error = "--show-files and --show-settings cannot be combined: run one, "
            "then the other";
    return std::nullopt;
  }
  return command;
}

} // namespace hoist::cli
