#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "runtime/server/construction_log.h"
#include "runtime/server/execution_environment.h"

namespace hoist::verify {

/// One run of the function: a cold INIT and its invocations, in order.
struct FunctionRun {
  std::vector<runtime::InvokeRecord> invocations;
  std::vector<runtime::Construction> constructions;
  /// Catalogued packages the run loaded and could not count.
  std::vector<std::string> uncounted;
  /// The invocations that left work running when they answered.
  std::vector<runtime::PendingWork> pending;
  /// The scratch copy of the task root the run ran in, absolute and
  /// resolved: where its errors name its files, which Lambda names under
  /// /var/task. Empty: nothing to rewrite.
  std::string task_root, resolved_task_root;
  /// `text` with the run's task root written /var/task, as Lambda would
  /// write it: the two runs' answers then compare, and read as in Lambda.
  std::string as_in_lambda(std::string text) const;
  /// What invocation `i` left running (nothing, when the run does not count
  /// it: Python and C++).
  runtime::PendingWork pending_after(std::size_t i) const;
  std::size_t constructions_at_init() const;
  std::size_t constructions_on_invoke() const;
  /// Warm-invoke duration percentile (0..100), in milliseconds; nothing
  /// when there was no warm invoke (an INIT that failed every time makes
  /// every invoke cold).
  std::optional<double> warm_latency_ms(double percentile) const;
};

/// A finding hoist fixed, or left, where it was found in the original code.
struct FindingSite {
  std::string rule;
  std::string file; ///< relative to the task root
  int line = 0;
  std::string message;
  /// The applicability of the finding's fix ("safe", "unsafe"), or "".
  std::string applicability;
  /// The API a construction's finding is about (its subject), or "".
  std::string api;
};

/// The function's own variables in both runs, and where they came from.
struct VerifiedEnvironment {
  /// The configured function whose variables were set ("function 'Orders'
  /// in template.yaml"), or "" when no deployment file configures the
  /// handler.
  std::string origin;
  /// Other configured functions with the same handler, not used.
  std::vector<std::string> other_origins;
  std::vector<std::string> configured; ///< names set from `origin`
  std::vector<std::string> given;      ///< names set by --env
  /// Names `origin` gives that were not set, each with why.
  std::vector<std::pair<std::string, std::string>> not_set;
  /// The runtime `origin` configures ("nodejs24.x", "python3.12"), "" when
  /// not stated. The Node.js client follows that runtime's handler contract.
  std::string runtime;
  /// What ran the code instead: "python3.11 (/usr/bin/python3.11)"; ""
  /// for a C++ handler, or an interpreter that did not say.
  std::string ran_with;
};

/// A fixed construction the fixed code builds with a configuration the
/// original never built it with: the fix moved it above what the handler
/// sets before building it (`AWS.config.update(...)`, its options).
struct ConfigurationChange {
  std::string api;
  /// The paths whose values differ from the original's at the fixed site.
  std::vector<std::string> paths;
};

/// Where two answers of one invocation first differ.
struct AnswerDifference {
  /// The JSON path into the response ("$.error.time"; "$.errorMessage" for
  /// an error's message); empty when the status or error type differs.
  std::string path;
  /// The values there as JSON text, a long one cut around where the two
  /// first differ; "(absent)" for a key only one has.
  std::string original, fixed;
};

/// What verify concludes. Inconclusive: the original handler failed on every
/// invocation, so equal responses prove nothing about the fix, or only
/// unsafe fixes exist and none was applied, so nothing was verified.
enum class Verdict { Verified, NotVerified, Inconclusive };

/// "verified", "not verified" or "inconclusive".
const char *verdict_name(Verdict verdict);

struct Verification {
  std::string handler;
  std::string root;
  std::vector<std::string> events; ///< event file names, in the order used
  VerifiedEnvironment environment;
  std::vector<FindingSite> fixed;
  std::vector<FindingSite> remaining;
  std::size_t fixes_applied = 0;
  /// Whether unsafe fixes were applied (--unsafe-fixes).
  bool unsafe_fixes = false;
  std::string diff; ///< the verified change, as a unified diff
  FunctionRun original;
  FunctionRun after_fix;
  /// The original run a second time, only when the runs answered
  /// differently: what differs between the original's own two runs at an
  /// invocation (a timestamp, an id an SDK or a stand-in makes up) varies by
  /// itself, not by the fix, and is left out of the comparison there.
  std::optional<FunctionRun> original_again;
  /// The function timeout (--timeout), for the advice when the original
  /// timed out.
  unsigned timeout_s = 3;
  /// The first invocation whose response or error differs, if any.
  std::optional<std::size_t> first_difference;
  /// Where it differs.
  std::optional<AnswerDifference> difference;
  /// The first invocation answered differently where the runs cannot judge
  /// the fix: the original timed out at or before it, or answered it
  /// otherwise when run again (its answer depends on more than the event).
  std::optional<std::size_t> first_unjudged;
  /// The paths left out of an invocation's comparison because they differ
  /// between the original's two runs there, and the fixed run's answer
  /// differs at them too: what was not compared.
  std::set<std::string> varying_ignored;
  /// The first invocation the fixed code answered leaving more work running
  /// than the original did: the same responses, but work Lambda freezes.
  std::optional<std::size_t> first_new_pending;
  /// The first fixed construction built otherwise configured (Node.js and
  /// Python, whose runtime clients record the configuration).
  std::optional<ConfigurationChange> configuration_change;
  /// Fixed findings that are constructions (of a catalogued rule).
  std::size_t constructions_fixed = 0;
  /// Invoke-time constructions in the original at the fixed findings' lines:
  /// what the fix should have moved out of the invoke path.
  std::size_t expected_to_leave = 0;
  /// Of those, how many the fixed code still builds while invoked.
  std::size_t still_on_invoke = 0;
  /// Fixed constructions the original never built while invoked (Python
  /// and Node.js, whose constructions carry their site): these events do
  /// not reach them, so the runs say nothing about their move.
  std::vector<FindingSite> not_reached;
  /// Invoke-time constructions of the fixed code that a cache made, once
  /// per key on the first invocation that used it (a memoizing fix): they
  /// have left the per-invocation path.
  std::size_t memoized = 0;

  bool equal() const { return !first_difference; }
  /// The original timed out at invocation `i` or before it.
  bool original_timed_out_by(std::size_t i) const;
  /// Fixed findings whose fix was unsafe.
  std::size_t unsafe_applied() const;
  /// Findings left whose unsafe fix was not applied (no --unsafe-fixes).
  std::size_t unsafe_not_applied() const;
  /// The original's first invocation that did not succeed, or null when
  /// one succeeded (a run that only fails cannot show a fix is right).
  const runtime::InvokeRecord *original_failure() const;
  /// True when constructions were fixed but the original built none of them
  /// while invoked: the events never reached them, so the runs show nothing
  /// about their fix.
  bool fixed_constructions_never_ran() const {
    return constructions_fixed > 0 && expected_to_leave == 0;
  }
  /// A difference refutes the fix even when the original only failed.
  Verdict verdict() const;
};

/// Why `verification` has its verdict, in one clause: "the responses are
/// equal and 6 constructions left the invoke path". The text, JSON and
/// HTML reports all say this.
std::string verdict_reason(const Verification &verification);

/// The paths `verification` left out because they vary between two runs of
/// the original ("$.time", "$.a, $.b, $.c, $.d, $.e and 2 more"), "" when none.
std::string varying_text(const Verification &verification);

/// What the function's own variables were, as the reports' lines: the
/// names set and where from ("environment: STAGE from function 'Orders' in
/// template.yaml; TABLE from --env"), those of that function not set and
/// why. Names only: values may be secrets.
std::vector<std::string> environment_lines(const VerifiedEnvironment &e);

/// An invocation's error message: the errorMessage of its JSON error, or
/// the payload as it is.
std::string error_message(const runtime::InvokeRecord &record);

/// Work left running, in words: "none", "2 promises and 1 timer".
std::string pending_text(const runtime::PendingWork &pending);

/// An invocation's error as "errorType: errorMessage".
std::string error_text(const runtime::InvokeRecord &record);

/// What an invocation gave, in one line ("returned {...}", "error E: m").
std::string outcome_text(const runtime::InvokeRecord &record);

/// The side-by-side summary both the text and the HTML report show.
struct SummaryRow {
  std::string label;
  std::string original;
  std::string fixed;
};
std::vector<SummaryRow> summary_rows(const Verification &verification);

} // namespace hoist::verify
