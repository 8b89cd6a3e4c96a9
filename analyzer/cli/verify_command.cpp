#include "cli/verify_command.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/check_command.h"
#include "cli/command_error.h"
#include "cli/cpp_build.h"
#include "cli/local_function.h"
#include "cli/task_root_copy.h"
#include "cli/verify_environment.h"
#include "cli/verify_handler.h"
#include "cli/verify_html.h"
#include "cli/verify_report.h"
#include "core/data_dir.h"
#include "core/rule_registry.h"
#include "core/source_file.h"
#include "core/text_diff.h"

namespace hoist::cli {
namespace {

namespace fs = std::filesystem;

// Not verified and inconclusive both fail: neither shows the fix is right.
constexpr int kVerified = 0;
constexpr int kNotVerified = 1;

struct Event {
  std::string name;
  std::string body;
};

// A JSON file, or every *.json in a directory, in name order.
bool read_events(const fs::path &path, std::vector<Event> &events,
                 std::string &error) {
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(path, ec)) {
    for (const auto &entry : fs::directory_iterator(path, ec))
      if (entry.path().extension() == ".json" && entry.is_regular_file(ec))
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
    std::optional<std::string> text = read_file(file, error);
    if (!text) {
      error = "cannot read the event '" + file.string() + "': " + error;
      return false;
    }
    auto parsed = nlohmann::json::parse(*text, nullptr, false);
    if (parsed.is_discarded()) {
      error = "the event '" + file.string() +
              "' is not JSON (Lambda events are JSON documents)";
      return false;
    }
    events.push_back({file.filename().string(), std::move(*text)});
  }
  return true;
}

// A finding in hoist's JSON report, relative to `root`.
std::vector<FindingSite> read_findings(const fs::path &report,
                                       const fs::path &root, bool fixable_only,
                                       bool unsafe) {
  std::vector<FindingSite> sites;
  std::ifstream in(report);
  auto document = nlohmann::json::parse(in, nullptr, false);
  if (!document.is_object() || !document.contains("diagnostics"))
    return sites;
  for (const auto &diagnostic : document["diagnostics"]) {
    if (!diagnostic.is_object())
      continue;
    std::string applicability;
    if (diagnostic.contains("fix") && diagnostic["fix"].is_object())
      applicability = diagnostic["fix"].value("applicability", "");
    if (fixable_only && applicability != "safe" &&
        !(unsafe && applicability == "unsafe"))
      continue;
    fs::path path = diagnostic.value("path", "");
    fs::path absolute = fs::weakly_canonical(fs::current_path() / path);
    sites.push_back({diagnostic.value("rule", ""),
                     absolute.lexically_relative(root).generic_string(),
                     diagnostic.value("line", 0),
                     diagnostic.value("message", ""), applicability});
  }
  return sites;
}

// The class or function a finding names: its message starts "'<api>' ...".
std::string api_of(const FindingSite &site) {
  if (site.message.size() < 2 || site.message[0] != '\'')
    return {};
  return site.message.substr(1, site.message.find('\'', 1) - 1);
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
  } else {
    check.paths = {(copy / cpp_relative(options)).string()};
    check.compiler_flags = options.compiler_flags;
    check.compiler_flags->push_back(
        "-I" + find_cpp_runtime_library().include_dir.string());
  }
  check.format = Format::Json;
  check.quiet = true;
  check.unsafe_fixes = options.unsafe_fixes;
  const fs::path before = workspace / "findings.json";
  check.output_file = before.string();
  if (run_check(check) > 1) {
    error = "hoist could not check the handler's code (see above)";
    return false;
  }
  check.fix = true;
  check.output_file = (workspace / "after-fix.json").string();
  if (run_check(check) > 1) {
    error = "hoist could not apply its fixes (see above)";
    return false;
  }
  verification.remaining = read_findings(check.output_file, copy, false, false);
  if (options.cpp_source.empty()) {
    verification.fixed =
        read_findings(before, copy, true, options.unsafe_fixes);
  } else {
    // One C++ fix moves every object of its handler: what was fixed is what
    // no longer is found.
    std::set<std::pair<std::string, std::string>> left;
    for (const FindingSite &site : verification.remaining)
      left.insert({site.rule, api_of(site)});
    for (FindingSite &site : read_findings(before, copy, false, false))
      if (!left.count({site.rule, api_of(site)}))
        verification.fixed.push_back(std::move(site));
  }
  const RuleRegistry rules = RuleRegistry::load(find_data_dir() / "rules");
  verification.constructions_fixed = static_cast<std::size_t>(std::count_if(
      verification.fixed.begin(), verification.fixed.end(),
      [&](const FindingSite &site) {
        const RuleInfo *rule = rules.find(site.rule);
        return rule && rule->catalogued;
      }));
  std::ifstream in(check.output_file);
  auto after = nlohmann::json::parse(in, nullptr, false);
  // Fixes that hoist applied but whose finding the JSON still lists (a
  // second finding on the same line) are counted by the remaining list.
  verification.fixes_applied =
      after.is_object()
          ? after.value("fixes_applied", verification.fixed.size())
          : verification.fixed.size();
  return true;
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
    auto old_text = read_file(before / relative, error);
    auto new_text = read_file(after / relative, error);
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

FunctionRun run_function(const VerifyOptions &options,
                         const fs::path &task_root, const fs::path &log_dir,
                         const std::vector<Event> &events, std::string &error) {
  FunctionRun run;
  const fs::path constructions = log_dir / "constructions.jsonl";
  FunctionOptions function = options.function;
  if (!options.cpp_source.empty()) {
    // The handler, built from this copy's source, is the runtime process.
    function.bootstrap = (log_dir / "bootstrap").string();
    if (!build_cpp_handler(task_root / cpp_relative(options),
                           options.compiler_flags, options.link,
                           function.bootstrap, log_dir / "build.log", error))
      return run;
  }
  runtime::FunctionSettings settings =
      local_function(function, task_root, constructions);
  settings.output_file = log_dir / "function.log";
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
  run.constructions = runtime::read_construction_log(constructions);
  return run;
}

using Site = std::pair<std::string, int>;

// Invoke-time constructions at `sites` (file, line) in `run`.
std::size_t on_invoke_at(const FunctionRun &run, const std::set<Site> &sites) {
  return static_cast<std::size_t>(std::count_if(
      run.constructions.begin(), run.constructions.end(), [&](const auto &c) {
        return c.during_invoke && sites.count({c.file, c.line});
      }));
}

// For C++, whose constructions carry no call site: by API. The APIs every
// finding of which was fixed must no longer be built while invoked.
void left_invoke_path_by_api(Verification &v) {
  std::set<std::string> fixed, remaining;
  for (const FindingSite &site : v.fixed)
    fixed.insert(api_of(site));
  for (const FindingSite &site : v.remaining)
    remaining.insert(api_of(site));
  auto counted = [&](const FunctionRun &run) {
    return static_cast<std::size_t>(std::count_if(
        run.constructions.begin(), run.constructions.end(), [&](const auto &c) {
          return c.during_invoke && fixed.count(c.api) &&
                 !remaining.count(c.api);
        }));
  };
  v.expected_to_leave = counted(v.original);
  v.still_on_invoke = std::min(counted(v.after_fix), v.expected_to_leave);
}

// The sites (file, line) of `run` that built like a cache keyed by the
// event: only on the first invocation of each event (the events are used in
// turn), in a run where some event came again without a construction there.
// A memoizing fix builds once per key; a construction still on the
// per-invocation path builds again when its event comes again.
std::set<Site> memoized_sites(const FunctionRun &run, std::size_t events) {
  std::map<std::string, std::size_t> invocation_of;
  for (std::size_t i = 0; i < run.invocations.size(); ++i)
    invocation_of[run.invocations[i].request_id] = i;
  std::map<Site, bool> once_per_event;
  for (const auto &c : run.constructions) {
    auto found = invocation_of.find(c.request_id);
    if (!c.during_invoke || found == invocation_of.end())
      continue;
    bool first_use = found->second < events;
    auto [entry, fresh] = once_per_event.try_emplace({c.file, c.line}, true);
    entry->second = entry->second && first_use;
  }
  std::set<Site> sites;
  if (events == 0 || run.invocations.size() <= events)
    return sites; // no event came again: a cache cannot be told apart
  for (const auto &[site, cached] : once_per_event)
    if (cached)
      sites.insert(site);
  return sites;
}

// Per file, how many invoke-time constructions the fixed run may still make:
// the original's, minus those at the fixed sites; constructions a cache made
// once per key (memoized_sites) are not counted in either run. Returns how
// many it made beyond that.
std::size_t still_on_invoke(const Verification &v, std::size_t events) {
  std::set<Site> fixed_sites;
  for (const FindingSite &site : v.fixed)
    fixed_sites.insert({site.file, site.line});
  const std::set<Site> cached_before = memoized_sites(v.original, events);
  const std::set<Site> cached_after = memoized_sites(v.after_fix, events);
  std::map<std::string, long> allowed;
  for (const auto &c : v.original.constructions)
    if (c.during_invoke && !fixed_sites.count({c.file, c.line}) &&
        !cached_before.count({c.file, c.line}))
      ++allowed[c.file];
  std::map<std::string, long> made;
  for (const auto &c : v.after_fix.constructions)
    if (c.during_invoke && !cached_after.count({c.file, c.line}))
      ++made[c.file];
  std::size_t excess = 0;
  for (const auto &[file, count] : made)
    if (count > allowed[file])
      excess += static_cast<std::size_t>(count - allowed[file]);
  return std::min(excess, v.expected_to_leave);
}

} // namespace

int run_verify(const VerifyOptions &given) {
  std::string error;
  VerifyOptions options = given;
  if (options.cpp_source.empty() &&
      (!check_function(options.function, error) ||
       !check_handler_module(options.function, error)))
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
  if (!copy_task_root(root, original, error) ||
      !copy_task_root(root, fixed, error))
    return command_error(error);

  Verification verification;
  verification.unsafe_fixes = options.unsafe_fixes;
  verification.handler = options.cpp_source.empty()
                             ? options.function.handler
                             : cpp_relative(options).string();
  verification.root = options.function.root;
  // (A C++ handler is a source file: no deployment file names it.)
  verification.environment = configured_environment(options.function);
  for (const Event &event : events)
    verification.events.push_back(event.name);
  if (!apply_fixes(options, fixed, workspace.path(), verification, error))
    return command_error(error);
  verification.diff = diff_of_fixes(original, fixed, verification.fixed);
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

  for (std::size_t i = 0; i < verification.original.invocations.size(); ++i)
    if (!same_outcome(verification.original.invocations[i],
                      verification.after_fix.invocations[i])) {
      verification.first_difference = i;
      break;
    }
  if (options.cpp_source.empty()) {
    std::set<Site> fixed_sites;
    for (const FindingSite &site : verification.fixed)
      fixed_sites.insert({site.file, site.line});
    verification.expected_to_leave =
        on_invoke_at(verification.original, fixed_sites);
    verification.still_on_invoke = still_on_invoke(verification, events.size());
    const std::set<Site> cached =
        memoized_sites(verification.after_fix, events.size());
    verification.memoized = static_cast<std::size_t>(std::count_if(
        verification.after_fix.constructions.begin(),
        verification.after_fix.constructions.end(), [&](const auto &c) {
          return c.during_invoke && cached.count({c.file, c.line});
        }));
  } else {
    left_invoke_path_by_api(verification);
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
    write_verify_text(out, verification);
  // A verdict nobody can read is no verdict (a full disk, a closed pipe).
  if (!out.flush())
    return command_error("cannot write the result to " +
                         (options.output_file.empty()
                              ? std::string("standard output")
                              : "'" + options.output_file + "'"));
  return verification.verdict() == Verdict::Verified ? kVerified : kNotVerified;
}

} // namespace hoist::cli
