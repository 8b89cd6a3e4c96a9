#include "cli/verify_command.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/check_command.h"
#include "cli/command_error.h"
#include "cli/cpp_build.h"
#include "cli/interpreter_identity.h"
#include "cli/local_function.h"
#include "cli/task_root_copy.h"
#include "cli/verify_environment.h"
#include "core/data_dir.h"
#include "core/deployment.h"
#include "core/handler_spec.h"
#include "core/paths.h"
#include "core/rule_registry.h"
#include "core/source_file.h"
#include "core/text_diff.h"
#include "engine/session.h"
#include "setup/check_setup.h"
#include "verify/run_comparison.h"
#include "verify/writers.h"

namespace hoist::cli {
namespace {

using namespace verify;

namespace fs = std::filesystem;

// Not verified and inconclusive both fail: neither shows the fix is right.
constexpr int kVerified = 0;
constexpr int kNotVerified = 1;

struct Event {
  std::string name;
  std::string body;
};

// Lambda's limit on a synchronous invocation's payload: "For synchronous
// invocations, the maximum payload size is 6 MB" (Invoke, AWS Lambda API
// reference, https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html;
// the service refuses larger ones with "Request must be smaller than
// 6291456 bytes"). An event above it could never reach a deployed handler.
constexpr std::uintmax_t kMaxEventBytes = 6 * 1024 * 1024;

// Why an event file could not be read, after its name.
std::string why_event_unread(const ReadFailure &failure) {
  switch (failure.kind) {
  case ReadFailure::TooLarge:
    return (failure.size
                ? "it is " + std::to_string(failure.size)
                : "it is more than " + std::to_string(kMaxEventBytes)) +
           " bytes, above Lambda's limit of " + std::to_string(kMaxEventBytes) +
           " bytes (6 MB) for a synchronous invocation's payload";
  case ReadFailure::System:
    return failure.reason;
  default:
    return describe(failure, kMaxEventBytes);
  }
}

// A JSON file, or every *.json in a directory, in name order. Each is read
// as every file is (stat first: a FIFO or a device is never opened) and no
// further than Lambda's payload limit.
bool read_events(const fs::path &path, std::vector<Event> &events,
                 std::string &error) {
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(path, ec)) {
    for (const auto &entry : fs::directory_iterator(path, ec))
      if (entry.path().extension() == ".json" && !entry.is_directory(ec))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) {
      error = "no *.json event files in '" + path.string() + "'";
      return false;
    }
  } else {
    files.push_back(path);
  }
  for (const fs::path &file : files) {
    auto read = read_file_within(file, kMaxEventBytes);
    if (auto *failure = std::get_if<ReadFailure>(&read)) {
      error = "cannot read the event '" + file.string() +
              "': " + why_event_unread(*failure);
      return false;
    }
    std::string &text = std::get<std::string>(read);
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    if (parsed.is_discarded()) {
      error = "the event '" + file.string() +
              "' is not JSON (Lambda events are JSON documents)";
      return false;
    }
    events.push_back({file.filename().string(), std::move(text)});
  }
  return true;
}

// The file of the function being verified that `output` (-o or --report)
// names, under any name (a hard link, a path through a link): its task
// root's files, the C++ source, the events. Empty when it names none.
std::string function_file_at(const std::string &output,
                             const VerifyOptions &options) {
  struct stat target;
  if (output.empty() || ::stat(output.c_str(), &target) != 0 ||
      !S_ISREG(target.st_mode))
    return "";
  auto same = [&](const fs::path &file) {
    struct stat info;
    return ::stat(file.c_str(), &info) == 0 && info.st_dev == target.st_dev &&
           info.st_ino == target.st_ino;
  };
  for (const std::string &given : {options.cpp_source, options.events})
    if (!given.empty() && same(given))
      return given;
  std::error_code ec;
  if (fs::is_directory(options.events, ec))
    for (const auto &entry : fs::directory_iterator(options.events, ec))
      if (same(entry.path()))
        return entry.path().string();
  const fs::path root = options.function.root;
  for (auto it = fs::recursive_directory_iterator(root, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (!it->is_symlink(ec) && it->is_regular_file(ec) && same(it->path()))
      return it->path().string();
  return "";
}

// The findings of a check's report, where they are in the copy `root`.
std::vector<FindingSite> findings_of(const Report &report,
                                     const fs::path &root, bool fixable_only,
                                     bool unsafe) {
  std::vector<FindingSite> sites;
  for (const Diagnostic &diagnostic : report.diagnostics) {
    std::string applicability =
        diagnostic.fix ? std::string(to_string(diagnostic.fix->applicability))
                       : "";
    if (fixable_only && applicability != "safe" &&
        !(unsafe && applicability == "unsafe"))
      continue;
    const Location &at = diagnostic.location;
    fs::path absolute = fs::weakly_canonical(fs::current_path() / at.file->path());
    sites.push_back(
        {diagnostic.rule_id, absolute.lexically_relative(root).generic_string(),
         static_cast<int>(at.file->position(at.range.begin).line),
         diagnostic.message, applicability,
         diagnostic.subject ? diagnostic.subject->api : ""});
  }
  return sites;
}

// `text` with the scratch copy `copy` of the task root written as the task
// root the user gave (`root`): what verify says names the user's files.
std::string as_in_project(std::string text, const fs::path &copy,
                          const std::string &root) {
  std::error_code unresolved;
  const std::string given = fs::path(root).lexically_normal().generic_string();
  for (const std::string &scratch :
       {fs::weakly_canonical(copy, unresolved).string(), copy.string()}) {
    if (scratch.empty())
      continue;
    for (std::size_t at = text.find(scratch); at != std::string::npos;
         at = text.find(scratch, at + given.size()))
      text.replace(at, scratch.size(), given == "." ? "." : given);
  }
  return text;
}

// The C++ source, relative to the task root.
fs::path cpp_relative(const VerifyOptions &options) {
  return fs::weakly_canonical(options.cpp_source)
      .lexically_relative(fs::weakly_canonical(options.function.root));
}

// Runs hoist's own check on the copy: the findings before, then --fix.
bool apply_fixes(const VerifyOptions &options, const fs::path &copy,
                 const fs::path &workspace, Verification &verification,
                 std::string &error) {
  CheckOptions check;
  if (options.cpp_source.empty()) {
    check.paths = {copy.string()};
    check.handlers = {options.function.handler};
    check.handler_task_root = copy.string();
    check.roots = {copy.string()};
    // Where the function's PYTHONPATH has the runtime find the module and
    // its imports: the handler as a path from the task root.
    ConfiguredHandler configured;
    configured.handler = options.function.handler;
    configured.code_root = copy;
    configured.language = HandlerLanguage::Python;
    configured.environment.variables = options.function.environment;
    std::vector<std::string> python_path = python_path_dirs(configured);
    if (!python_path.empty() && !runs_on_node(options.function)) {
      check.roots.insert(check.roots.end(), python_path.begin(),
                         python_path.end());
      std::string unused;
      std::optional<std::string> stem = configured_module_stem(configured);
      std::optional<HandlerSpec> spec =
          HandlerSpec::parse(options.function.handler, unused);
      if (stem && spec)
        check.handlers = {
            fs::path(*stem).lexically_relative(normalized_dir(copy)).generic_string() +
            "." + spec->function};
    }
  } else {
    check.paths = {(copy / cpp_relative(options)).string()};
    check.compiler_flags = options.compiler_flags;
    check.compiler_flags->push_back(
        "-I" + find_cpp_runtime_library().include_dir.string());
  }
  check.format = Format::Json;
  check.quiet = true;
  check.unsafe_fixes = options.unsafe_fixes;
  // The reports stay in the workspace too (HOIST_KEEP_VERIFY keeps it).
  check.output_file = (workspace / "findings.json").string();
  std::vector<FindingSite> found, fixable;
  // The check's notices name the project's files, not the copy's.
  auto reword_notices = [&](Report &report) {
    for (FileNotice &notice : report.notices) {
      notice.path = as_in_project(notice.path, copy, options.function.root);
      notice.message =
          as_in_project(notice.message, copy, options.function.root);
    }
  };
  if (run_check(check, [&](Report &report) {
        reword_notices(report);
        found = findings_of(report, copy, false, false);
        fixable = findings_of(report, copy, true, options.unsafe_fixes);
      }) > 1) {
    error = "hoist could not check the handler's code (see above)";
    return false;
  }
  check.fix = true;
  check.output_file = (workspace / "after-fix.json").string();
  if (run_check(check, [&](Report &report) {
        reword_notices(report);
        verification.remaining = findings_of(report, copy, false, false);
        // As hoist check --fix counts them: one fix can fix several
        // findings (a client's move takes the session it is made from).
        verification.fixes_applied = report.fixes_applied;
      }) > 1) {
    error = "hoist could not apply its fixes (see above)";
    return false;
  }
  verification.fixed = options.cpp_source.empty()
                           ? std::move(fixable)
                           : no_longer_found(std::move(found),
                                             verification.remaining);
  const RuleRegistry rules = RuleRegistry::load(find_data_dir() / "rules");
  verification.constructions_fixed = static_cast<std::size_t>(std::count_if(
      verification.fixed.begin(), verification.fixed.end(),
      [&](const FindingSite &site) {
        const RuleInfo *rule = rules.find(site.rule);
        return rule && rule->catalogued;
      }));
  return true;
}

// Findings of the fixed copy, placed on the lines of the user's own file
// (a fix above them moved them down). Read as the check that fixed them read
// them, within its default limit: a larger file was not fixed.
void place_on_original_lines(std::vector<FindingSite> &sites,
                             const fs::path &original, const fs::path &fixed) {
  for (FindingSite &site : sites) {
    std::string error;
    auto old_text = read_file(original / site.file, error, kDefaultMaxFileSize);
    auto new_text = read_file(fixed / site.file, error, kDefaultMaxFileSize);
    if (old_text && new_text)
      site.line = static_cast<int>(line_before_edit(
          *old_text, *new_text, static_cast<std::size_t>(site.line)));
  }
}

// The change the fixes made: the files of the fixed findings, before and
// after (a fix's edits stay in its finding's file).
std::string diff_of_fixes(const fs::path &before, const fs::path &after,
                          const std::vector<FindingSite> &fixed) {
  std::set<std::string> files;
  for (const FindingSite &site : fixed)
    files.insert(site.file);
  std::string diff;
  for (const std::string &relative : files) {
    std::string error;
    auto old_text = read_file(before / relative, error, kDefaultMaxFileSize);
    auto new_text = read_file(after / relative, error, kDefaultMaxFileSize);
    if (old_text && new_text)
      diff += unified_diff(*old_text, *new_text, relative);
  }
  return diff;
}

// The same request ids in both runs, so a handler that returns its
// context.aws_request_id answers the same.
std::string request_id(std::size_t index) {
  char id[40];
  std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012zu", index + 1);
  return id;
}

// `prebuilt`: the C++ handler this copy built already (a second run).
FunctionRun run_function(const VerifyOptions &options,
                         const fs::path &task_root, const fs::path &log_dir,
                         const std::vector<Event> &events, std::string &error,
                         const fs::path &prebuilt = {}) {
  FunctionRun run;
  run.task_root = task_root.string();
  std::error_code unresolved;
  run.resolved_task_root = fs::weakly_canonical(task_root, unresolved).string();
  const fs::path constructions = log_dir / "constructions.jsonl";
  FunctionOptions function = options.function;
  if (!options.cpp_source.empty()) {
    // The handler, built from this copy's source, is the runtime process.
    function.bootstrap = (log_dir / "bootstrap").string();
    if (!prebuilt.empty())
      function.bootstrap = prebuilt.string();
    else if (!build_cpp_handler(task_root / cpp_relative(options),
                                options.compiler_flags, options.link,
                                function.bootstrap, log_dir / "build.log",
                                error)) {
      error = as_in_project(error, task_root, options.function.root);
      return run;
    }
  }
  runtime::FunctionSettings settings =
      local_function(function, task_root, constructions);
  settings.output_file = log_dir / "function.log";
  // A home and a temporary directory of this run's own: a handler that
  // writes ~/.aws/config changes neither the user's nor the other run's.
  settings.home = log_dir / "home";
  settings.temporary_directory = log_dir / "tmp";
  for (const fs::path &directory : {settings.home, settings.temporary_directory})
    if (std::error_code failed; !fs::create_directories(directory, failed) &&
                                failed) {
      error = "cannot create " + directory.string() + ": " + failed.message();
      return run;
    }
  std::ofstream lambda_log(log_dir / "lambda.log");
  runtime::ExecutionEnvironment environment(settings, lambda_log);
  // Interrupted, the environment's processes end before its directory goes.
  InterruptCleanup on_interrupt([&environment] { environment.stop(); });
  if (!environment.start(error))
    return run;
  for (std::size_t i = 0; i <= options.invocations; ++i)
    run.invocations.push_back(environment.invoke(
        {events[i % events.size()].body, request_id(i), {}, {}}));
  environment.stop();
  runtime::ConstructionLog log = runtime::read_construction_log(constructions);
  run.constructions = std::move(log.constructions);
  run.uncounted = std::move(log.uncounted);
  run.pending = std::move(log.pending);
  return run;
}

/// Whether the runtime that runs `function` (Node.js when its handler's
/// file is there, else Python) finds the handler's module and the function
/// in it, as the front-end that serves that runtime says before anything
/// runs (FrontEnd::finds_handler); true when none serves it, or no check
/// can be set up there (the check verify runs says why).
bool runtime_finds_handler(const FunctionOptions &function,
                           std::string &error) {
  engine::CheckRequest request;
  request.paths = {function.root};
  std::string unused;
  std::unique_ptr<setup::CheckSetup> setup =
      setup::CheckSetup::create(request, unused);
  if (!setup)
    return true;
  const bool node = runs_on_node(function);
  const engine::FrontEnd *front_end = engine::front_end_serving(
      setup->front_ends,
      node ? HandlerLanguage::JavaScript : HandlerLanguage::Python);
  if (!front_end)
    return true;
  // What else was looked for: the file that would have run it on Node.js.
  const std::string also_looked_for =
      node ? ""
           : "for Node.js '" +
                 (fs::path(function.root) /
                  (node_file_stem(function.handler) + ".js"))
                     .lexically_normal()
                     .generic_string() +
                 "', .mjs and .cjs";
  return front_end->finds_handler(function.handler, function.root,
                                  function.environment, also_looked_for, error);
}

} // namespace

int run_verify(const VerifyOptions &given) {
  std::string error;
  VerifyOptions options = given;
  if (options.cpp_source.empty() && !check_function(options.function, error))
    return command_error(error);
  // (A C++ handler is a source file: no deployment file names it.) Before
  // the handler is looked for: the function's PYTHONPATH finds it too.
  verify::VerifiedEnvironment environment =
      configured_environment(options.function);
  if (options.cpp_source.empty() &&
      !runtime_finds_handler(options.function, error))
    return command_error(error);
  std::error_code missing;
  if (!options.cpp_source.empty() &&
      !fs::is_regular_file(options.cpp_source, missing))
    return command_error("the C++ handler '" + options.cpp_source +
                         "' is not a file");
  if (!options.cpp_source.empty() &&
      cpp_relative(options).string().rfind("..", 0) == 0)
    return command_error("the C++ handler '" + options.cpp_source +
                         "' is not under the task root '" +
                         options.function.root + "' (set it with --root)");
  for (const auto &[output, option] :
       {std::pair{options.output_file, "--output"},
        std::pair{options.report_html, "--report"}})
    if (std::string same = function_file_at(output, options); !same.empty())
      return command_error(
          "the " +
          std::string(option == std::string("--report") ? "report" : "result") +
          " would overwrite '" + same +
          "', a file of the function verified; choose "
          "another " +
          option);
  std::vector<Event> events;
  if (!read_events(options.events, events, error))
    return command_error(error);
  ScratchDirectory workspace("HOIST_KEEP_VERIFY");
  InterruptCleanup on_interrupt({});
  if (!workspace.create("hoist-verify-", error))
    return command_error(error);
  const fs::path original = workspace.path() / "original";
  const fs::path fixed = workspace.path() / "fixed";
  const fs::path root = fs::absolute(options.function.root);
  const bool node = options.cpp_source.empty() && runs_on_node(options.function);
  // The second copy from the first: what the first said of the root's
  // links is said once.
  if (!copy_task_root(root, original, node, error) ||
      !copy_task_root(original, fixed, node, error))
    return command_error(error);

  Verification verification;
  verification.unsafe_fixes = options.unsafe_fixes;
  verification.handler = options.cpp_source.empty()
                             ? options.function.handler
                             : cpp_relative(options).string();
  verification.root = options.function.root;
  verification.timeout_s = options.function.timeout_s;
  verification.environment = std::move(environment);
  if (options.cpp_source.empty())
    verification.environment.ran_with = interpreter_identity(options.function);
  for (const Event &event : events)
    verification.events.push_back(event.name);
  if (!apply_fixes(options, fixed, workspace.path(), verification, error))
    return command_error(error);
  verification.diff = diff_of_fixes(original, fixed, verification.fixed);
  place_on_original_lines(verification.remaining, original, fixed);
  // Lambda's /var/task is read-only; so are the copies the handlers run in.
  make_read_only(original);
  make_read_only(fixed);

  for (auto [task_root, run] : {std::pair{original, &verification.original},
                                std::pair{fixed, &verification.after_fix}}) {
    const fs::path logs =
        workspace.path() / ("logs-" + task_root.filename().string());
    fs::create_directories(logs);
    *run = run_function(options, task_root, logs, events, error);
    if (!error.empty())
      return command_error(error);
  }

  compare_runs(verification, events.size(), !options.cpp_source.empty());
  // What differs between two runs of the original varies by itself (a
  // timestamp, an id an SDK makes up): run it again to learn what, and
  // compare again leaving that out. Only when needed: it costs a run.
  if (answers_differ(verification)) {
    const fs::path logs = workspace.path() / "logs-original-again";
    fs::create_directories(logs);
    verification.original_again = run_function(
        options, original, logs, events, error,
        options.cpp_source.empty()
            ? fs::path()
            : workspace.path() / "logs-original" / "bootstrap");
    if (!error.empty())
      return command_error(error);
    compare_runs(verification, events.size(), !options.cpp_source.empty());
  }

  if (!options.report_html.empty()) {
    std::ofstream page(options.report_html, std::ios::binary | std::ios::trunc);
    write_verify_html(page, verification);
    if (!page.flush())
      return command_error("cannot write the report '" + options.report_html +
                           "'");
  }
  std::ofstream file;
  if (!options.output_file.empty()) {
    file.open(options.output_file);
    if (!file)
      return command_error("cannot write '" + options.output_file + "'");
  }
  std::ostream &out = options.output_file.empty() ? std::cout : file;
  if (options.format == Format::Json)
    write_verify_json(out, verification);
  else
    write_verify_text(out, verification,
                      {use_color(options.color, options.output_file),
                       options.quiet});
  // A verdict nobody can read is no verdict (a full disk, a closed pipe).
  if (!out.flush())
    return command_error("cannot write the result to " +
                         (options.output_file.empty()
                              ? std::string("standard output")
                              : "'" + options.output_file + "'"));
  return verification.verdict() == Verdict::Verified ? kVerified : kNotVerified;
}

} // namespace hoist::cli
