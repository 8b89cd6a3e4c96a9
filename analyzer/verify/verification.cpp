#include "verify/verification.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

namespace hoist::verify {
namespace {

using runtime::InvokeRecord;
using runtime::InvokeStatus;

std::string milliseconds(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f ms", value);
  return text;
}

/// A run's warm latency cell: with no warm invoke there is no latency to
/// show, and 0.00 ms would read as a speed-up. Short, to fit the column.
std::string warm_latency(const FunctionRun &run, double percentile) {
  if (std::optional<double> latency = run.warm_latency_ms(percentile))
    return milliseconds(*latency);
  bool init_always_failed =
      !run.invocations.empty() &&
      std::all_of(run.invocations.begin(), run.invocations.end(),
                  [](const InvokeRecord &record) {
                    return record.status == InvokeStatus::InitError;
                  });
  return init_always_failed ? "INIT failed" : "no warm run";
}

std::string joined(const std::vector<std::string> &names) {
  std::string text;
  for (const std::string &name : names)
    text += (text.empty() ? "" : ", ") + name;
  return text;
}

// Long responses and messages are cut, to keep a report's line readable.
std::string clipped(std::string text) {
  if (text.size() > 300)
    text = text.substr(0, 297) + "...";
  return text;
}

} // namespace

std::string error_message(const InvokeRecord &record) {
  auto document = nlohmann::json::parse(record.payload, nullptr, false);
  if (document.is_object() && document.contains("errorMessage") &&
      document["errorMessage"].is_string())
    return document["errorMessage"].get<std::string>();
  return record.payload;
}

std::string error_text(const InvokeRecord &record) {
  return clipped(record.error_type + ": " + error_message(record));
}

std::string outcome_text(const InvokeRecord &record) {
  return record.status == InvokeStatus::Success
             ? clipped("returned " + record.payload)
             : std::string(runtime::status_name(record.status)) + " " +
                   error_text(record);
}

std::vector<std::string> environment_lines(const VerifiedEnvironment &e) {
  std::vector<std::string> lines;
  std::string set;
  if (!e.origin.empty())
    set = (e.configured.empty() ? "none" : joined(e.configured)) + " from " +
          e.origin;
  if (!e.given.empty())
    set += (set.empty() ? "" : "; ") + joined(e.given) + " from --env";
  if (!set.empty())
    lines.push_back("environment: " + set);
  for (const auto &[name, why] : e.not_set)
    lines.push_back("not set: " + name + " (" + why + ")");
  for (const std::string &other : e.other_origins)
    lines.push_back("not used: the variables of " + other +
                    ", which runs this handler too");
  // What the deployment file states beside what ran: they may differ
  // (python3.7 stated, Debian's python3.11 on PATH).
  std::string runtime;
  if (e.runtime.rfind("nodejs", 0) == 0)
    runtime = e.runtime + "'s handler contract, from " + e.origin;
  else if (!e.runtime.empty())
    runtime = e.runtime + ", from " + e.origin;
  if (!e.ran_with.empty())
    runtime += (runtime.empty() ? "ran with " : "; ran with ") + e.ran_with;
  if (!runtime.empty())
    lines.push_back("runtime: " + runtime);
  return lines;
}

const char *verdict_name(Verdict verdict) {
  switch (verdict) {
  case Verdict::Verified:
    return "verified";
  case Verdict::NotVerified:
    return "not verified";
  case Verdict::Inconclusive:
    return "inconclusive";
  }
  return "";
}

bool Verification::original_timed_out_by(std::size_t i) const {
  for (std::size_t j = 0; j <= i && j < original.invocations.size(); ++j)
    if (original.invocations[j].status == InvokeStatus::Timeout)
      return true;
  return false;
}

const InvokeRecord *Verification::original_failure() const {
  const auto &runs = original.invocations;
  if (runs.empty() ||
      std::any_of(runs.begin(), runs.end(), [](const InvokeRecord &record) {
        return record.status == InvokeStatus::Success;
      }))
    return nullptr;
  return &runs.front();
}

std::size_t Verification::unsafe_applied() const {
  return static_cast<std::size_t>(
      std::count_if(fixed.begin(), fixed.end(), [](const FindingSite &site) {
        return site.applicability == "unsafe";
      }));
}

std::size_t Verification::unsafe_not_applied() const {
  if (unsafe_fixes)
    return 0;
  return static_cast<std::size_t>(std::count_if(
      remaining.begin(), remaining.end(),
      [](const FindingSite &site) { return site.applicability == "unsafe"; }));
}

Verdict Verification::verdict() const {
  if (!equal() || first_new_pending || configuration_change)
    return Verdict::NotVerified;
  if (first_unjudged || original_failure() || (fixes_applied == 0 && unsafe_not_applied() > 0) ||
      fixed_constructions_never_ran())
    return Verdict::Inconclusive;
  return still_on_invoke == 0 ? Verdict::Verified : Verdict::NotVerified;
}

namespace {

std::string counted(std::size_t count, const std::string &one,
                    const std::string &many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

// The fixed constructions these events never reached, as a clause to
// append, or "": equal answers say nothing about their move.
std::string not_reached_clause(const Verification &v) {
  if (v.not_reached.empty())
    return "";
  std::vector<std::string> sites;
  for (const FindingSite &site : v.not_reached)
    sites.push_back(site.file + ":" + std::to_string(site.line));
  const bool one = v.not_reached.size() == 1;
  return "; " +
         counted(v.not_reached.size(), "fixed construction",
                 "fixed constructions") +
         (one ? " was" : " were") + " never built by the original while invoked (" +
         joined(sites) + "): these events do not reach " +
         (one ? "it" : "them") + ", so " + (one ? "its" : "their") +
         " move is not tested; give events that do (--events)";
}

// What was verified of the unsafe fixes, as a clause to append, or "".
std::string unsafe_clause(const Verification &v) {
  if (std::size_t left = v.unsafe_not_applied())
    return "; " + counted(left, "unsafe fix was", "unsafe fixes were") +
           " neither applied nor verified (--unsafe-fixes verifies them)";
  if (std::size_t applied = v.unsafe_applied())
    return "; " + counted(applied, "unsafe fix", "unsafe fixes") +
           " applied and verified";
  return "";
}

/// The module or package a failure says cannot be found ("No module named
/// 'x'", Node.js's "Cannot find module 'x'" and "Cannot find package 'x'"),
/// or "".
std::string missing_module(const std::string &text) {
  for (const char *lead : {"No module named '", "Cannot find module '",
                           "Cannot find package '"}) {
    std::size_t at = text.find(lead);
    if (at == std::string::npos)
      continue;
    at += std::string(lead).size();
    std::size_t end = text.find('\'', at);
    if (end != std::string::npos)
      return text.substr(at, end - at);
  }
  return "";
}

/// What makes an original that fails on every invocation succeed, as a
/// clause to append. Every AWS endpoint is the closed loopback proxy, so a
/// call to AWS fails offline: a stand-in on loopback answers it
/// (docs/runtime.md). A module that cannot be found is not in the task root
/// copied, which holds no layer and, for Node.js, not the AWS SDK that
/// Lambda's runtime provides; the handler's own module, named by `handler`,
/// is the project's code (a TypeScript handler not compiled), no package.
std::string failure_remedy(const FunctionRun &run, const InvokeRecord &failure,
                           const std::string &handler) {
  const std::string text =
      run.as_in_lambda(failure.error_type + " " + error_message(failure));
  const std::string module = missing_module(text);
  const std::string handler_module = handler.substr(0, handler.rfind('.'));
  if (!module.empty() &&
      (module == handler_module ||
       module == "/var/task/" + handler_module))
    return "; the handler's module '" + handler_module +
           "' is not in the task root: give as --root the directory Lambda "
           "would unpack, where it is (a TypeScript handler's compiled "
           "output: tsc's outDir, or what esbuild or sam build wrote)";
  if (!module.empty() && (module[0] == '/' || module[0] == '.'))
    return "; a file it loads, '" + module +
           "', is not in the task root: give as --root the directory Lambda "
           "would unpack (the build output, for code built or bundled "
           "before deployment)";
  if (!module.empty() && text.find("No module named") != std::string::npos)
    return "; the module '" + module +
           "' is not in the task root, which verify runs as it is (no layer "
           "added): give as --root one that holds it (sam build's "
           ".aws-sam/build/<Function>), or install the package that provides "
           "it into a copy (pip install --target DIR PACKAGE)";
  if (!module.empty()) {
    // The package, without the path into it that was asked for.
    const std::size_t scope = module[0] == '@' ? module.find('/') + 1 : 0;
    const std::string package = module.substr(0, module.find('/', scope));
    return "; the package '" + package + "' is not in the task root's "
           "node_modules, and verify adds no layer" +
           (package.rfind("@aws-sdk/", 0) == 0
                ? " nor the AWS SDK for JavaScript v3 that Lambda's nodejs18.x "
                  "and later provide"
                : "") +
           ": install it there, or in a copy given as --root (npm install " +
           package + ")";
  }
  for (const char *offline :
       {"127.0.0.1:9", "ProxyConnectionError", "EndpointConnectionError",
        "ECONNREFUSED", "Could not connect to the endpoint"})
    if (text.find(offline) != std::string::npos)
      return "; it could not reach AWS, which verify keeps offline: run a "
             "stand-in for the services it calls on loopback and give --env "
             "AWS_ENDPOINT_URL=http://127.0.0.1:PORT (botocore 1.31 or later, "
             "AWS SDK for JavaScript v3; see docs/runtime.md)";
  return "; give events (--events) and variables (--env) it succeeds with";
}

/// Whether every success of `run` answered null (a handler that returns
/// nothing): equal responses then say nothing of what it did.
bool answered_only_null(const FunctionRun &run) {
  return std::all_of(run.invocations.begin(), run.invocations.end(),
                     [](const InvokeRecord &record) {
                       return record.status != InvokeStatus::Success ||
                              record.payload.empty() ||
                              record.payload == "null";
                     });
}

/// An error's first line, as Lambda would show it: the rest of a Node.js
/// "Cannot find module" is its require stack.
std::string first_failure_text(const FunctionRun &run,
                               const InvokeRecord &failure) {
  std::string text = run.as_in_lambda(error_text(failure));
  return text.substr(0, text.find('\n'));
}

/// Why a difference at invocation `v.first_unjudged` shows nothing about the
/// fix, and what to do.
std::string unjudged_reason(const Verification &v) {
  const std::size_t i = *v.first_unjudged;
  std::size_t timed_out = 0;
  while (timed_out < i &&
         v.original.invocations[timed_out].status != InvokeStatus::Timeout)
    ++timed_out;
  if (v.original_timed_out_by(i))
    return "the original timed out at invocation " +
           std::to_string(timed_out + 1) + " (after " +
           std::to_string(v.timeout_s) +
           " s, the --timeout)" +
           (timed_out == i ? std::string(", where the fixed code answered "
                                         "otherwise")
                           : ", and the fixed code answered invocation " +
                                 std::to_string(i + 1) + " otherwise") +
           ": a run cut short leaves its work half done, "
           "which the next run meets in whatever both share (a stand-in, "
           "files, a database), so the difference shows nothing about the "
           "fix; raise --timeout (to the function's own timeout) and "
           "verify again";
  return "the original answered invocation " + std::to_string(i + 1) +
         " otherwise when run again (" +
         v.original.as_in_lambda(outcome_text(v.original.invocations[i])) +
         ", then " +
         v.original_again->as_in_lambda(
             outcome_text(v.original_again->invocations[i])) +
         "): its answer depends on more than its event (state a stand-in "
         "keeps between runs, the clock), so the fixed code's different "
         "answer there shows nothing about the fix; give it a stand-in that "
         "answers the same each time (a fresh one for each run)";
}

} // namespace

std::string varying_text(const Verification &v) {
  constexpr std::size_t kShown = 5;
  std::string text;
  std::size_t shown = 0;
  for (const std::string &path : v.varying_ignored)
    if (shown++ < kShown)
      text += (text.empty() ? "" : ", ") + path;
  if (v.varying_ignored.size() > kShown)
    text += " and " + std::to_string(v.varying_ignored.size() - kShown) +
            " more";
  return text;
}

std::string verdict_reason(const Verification &v) {
  switch (v.verdict()) {
  case Verdict::Verified: {
    // What was compared, no more: the answers, not the side effects.
    std::string responses = "the responses are equal";
    if (!v.varying_ignored.empty())
      responses += " (leaving out what differs between two runs of the "
                   "original: " +
                   varying_text(v) + ")";
    if (answered_only_null(v.original))
      responses += " (each success answered null: what the handler does "
                   "besides answering is not compared)";
    if (v.fixes_applied == 0)
      return "nothing to fix; " + responses;
    // A fix that moves no construction (a callback handler made async).
    if (v.constructions_fixed == 0)
      return responses + unsafe_clause(v);
    std::string reason =
        responses + " and " +
        counted(v.expected_to_leave, "construction", "constructions") +
        " left the invoke path";
    if (v.memoized > 0)
      reason += " (a cache built " + counted(v.memoized, "object", "objects") +
                " once per key, on the first invocation that used the key, "
                "and none again)";
    return reason + not_reached_clause(v) + unsafe_clause(v);
  }
  case Verdict::NotVerified:
    if (!v.equal())
      return "the fixed code answers differently at invocation " +
             std::to_string(*v.first_difference + 1) +
             (v.difference && !v.difference->path.empty()
                  ? " (at " + v.difference->path + ")"
                  : "");
    if (v.first_new_pending) {
      std::size_t i = *v.first_new_pending;
      return "the fixed code answers invocation " + std::to_string(i + 1) +
             " with work still running (" +
             pending_text(v.after_fix.pending_after(i)) +
             "; the original: " + pending_text(v.original.pending_after(i)) +
             "), which Lambda freezes once the response is sent: it runs "
             "in a later invocation, or never";
    }
    if (v.configuration_change)
      return "the fixed code builds " + v.configuration_change->api +
             " with a configuration the original never built it with (" +
             joined(v.configuration_change->paths) +
             (v.configuration_change->paths.size() == 1 ? " differs" : " differ") +
             "), so what it does may go elsewhere: the fix moved it "
             "above what the handler sets before building it";
    return "the fixed code still builds " + std::to_string(v.still_on_invoke) +
           " of the fixed constructions while invoked";
  case Verdict::Inconclusive:
    if (v.first_unjudged)
      return unjudged_reason(v);
    if (!v.original_failure() && v.fixed_constructions_never_ran() &&
        !v.original.uncounted.empty())
      return "the original built none of the " +
             counted(v.constructions_fixed, "fixed construction",
                     "fixed constructions") +
             " that hoist's runtime counts, and it cannot count what " +
             joined(v.original.uncounted) +
             " builds (a package with only an ES module build), so equal "
             "responses show nothing about the fix";
    if (!v.original_failure() && v.fixed_constructions_never_ran())
      return "the original built none of the " +
             counted(v.constructions_fixed, "fixed construction",
                     "fixed constructions") +
             " while invoked: these events never reach " +
             (v.constructions_fixed == 1 ? "it" : "them") +
             ", so equal responses show nothing about the fix; give events "
             "that do (--events)";
    if (!v.original_failure())
      return "only unsafe fixes exist (" +
             counted(v.unsafe_not_applied(), "finding", "findings") +
             ") and none was applied, so nothing was verified; "
             "--unsafe-fixes applies and verifies them";
    return "the original handler failed on every invocation, so equal "
           "responses show nothing about the fix; the first failure: " +
           first_failure_text(v.original, *v.original_failure()) +
           failure_remedy(v.original, *v.original_failure(), v.handler);
  }
  return "";
}

runtime::PendingWork FunctionRun::pending_after(std::size_t i) const {
  for (const runtime::PendingWork &work : pending)
    if (work.request_id == invocations[i].request_id)
      return work;
  return {invocations[i].request_id};
}

std::string pending_text(const runtime::PendingWork &pending) {
  if (!pending.any())
    return "none";
  std::string text;
  if (pending.promises > 0)
    text = counted(pending.promises, "promise", "promises");
  if (pending.timers > 0)
    text += (text.empty() ? "" : " and ") +
            counted(pending.timers, "timer", "timers");
  return text;
}

std::size_t FunctionRun::constructions_at_init() const {
  return constructions.size() - constructions_on_invoke();
}

std::size_t FunctionRun::constructions_on_invoke() const {
  return static_cast<std::size_t>(std::count_if(
      constructions.begin(), constructions.end(),
      [](const runtime::Construction &c) { return c.during_invoke; }));
}

std::optional<double> FunctionRun::warm_latency_ms(double percentile) const {
  std::vector<double> warm;
  for (const InvokeRecord &record : invocations)
    if (!record.cold)
      warm.push_back(record.duration_ms);
  if (warm.empty())
    return std::nullopt;
  std::sort(warm.begin(), warm.end());
  // Nearest rank.
  auto rank =
      static_cast<std::size_t>(std::ceil(percentile / 100 * warm.size()));
  return warm[std::clamp<std::size_t>(rank, 1, warm.size()) - 1];
}

std::string FunctionRun::as_in_lambda(std::string text) const {
  // The resolved path first: the given one may be a prefix of it.
  for (const std::string &root : {resolved_task_root, task_root}) {
    if (root.empty())
      continue;
    for (std::size_t at = text.find(root); at != std::string::npos;
         at = text.find(root, at + 9))
      text.replace(at, root.size(), "/var/task");
  }
  return text;
}

std::vector<SummaryRow> summary_rows(const Verification &v) {
  std::vector<SummaryRow> rows = {
      {"constructions during INIT",
       std::to_string(v.original.constructions_at_init()),
       std::to_string(v.after_fix.constructions_at_init())},
      {"constructions during INVOKE",
       std::to_string(v.original.constructions_on_invoke()),
       std::to_string(v.after_fix.constructions_on_invoke())}};
  if (!v.original.invocations.empty() && !v.after_fix.invocations.empty())
    rows.push_back({"cold start (INIT)",
                    milliseconds(v.original.invocations.front().init_ms),
                    milliseconds(v.after_fix.invocations.front().init_ms)});
  for (double percentile : {50, 95})
    rows.push_back({"warm latency p" + std::to_string(int(percentile)),
                    warm_latency(v.original, percentile),
                    warm_latency(v.after_fix, percentile)});
  return rows;
}

} // namespace hoist::verify
