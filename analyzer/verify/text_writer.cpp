#include "verify/writers.h"

#include <cstdio>
#include <map>
#include <string>

namespace hoist::verify {

using runtime::InvokeRecord;
using runtime::InvokeStatus;

namespace {

/// The verdict, coloured as a test runner colours pass, fail and skip.
std::string verdict_text(Verdict verdict, bool color) {
  if (!color)
    return verdict_name(verdict);
  const char *code = verdict == Verdict::Verified      ? "32;1"
                     : verdict == Verdict::NotVerified ? "31;1"
                                                       : "33;1";
  return std::string("\033[") + code + "m" + verdict_name(verdict) + "\033[0m";
}

} // namespace

void write_verify_text(std::ostream &out, const Verification &v,
                       const VerifyTextOptions &options) {
  if (options.quiet) {
    out << verdict_text(v.verdict(), options.color) << ": "
        << verdict_reason(v) << "\n";
    return;
  }
  out << "hoist verify: " << v.handler << " in " << v.root << "\n";
  out << "  fixes applied: " << v.fixes_applied << "\n";
  auto unsafe_mark = [](const FindingSite &site) {
    return site.applicability == "unsafe" ? " (unsafe fix)" : "";
  };
  for (const FindingSite &site : v.fixed)
    out << "    " << site.file << ":" << site.line << ": " << site.rule
        << unsafe_mark(site) << "\n";
  for (const FindingSite &site : v.remaining)
    out << "  not fixed: " << site.file << ":" << site.line << ": " << site.rule
        << (v.unsafe_fixes ? "" : unsafe_mark(site)) << "\n";
  const std::size_t warm =
      v.original.invocations.empty() ? 0 : v.original.invocations.size() - 1;
  out << "  runs: 1 cold + " << warm << " warm invocations each, over "
      << v.events.size() << (v.events.size() == 1 ? " event" : " events")
      << "\n";
  for (const std::string &line : environment_lines(v.environment))
    out << "  " << line << "\n";
  out << "\n";

  auto row = [&](const std::string &label, const std::string &before,
                 const std::string &after) {
    char line[160];
    std::snprintf(line, sizeof line, "  %-28s %12s %12s\n", label.c_str(),
                  before.c_str(), after.c_str());
    out << line;
  };
  row("", "original", "fixed");
  for (const SummaryRow &summary : summary_rows(v))
    row(summary.label, summary.original, summary.fixed);
  out << "\n";

  if (v.first_difference || v.first_unjudged) {
    std::size_t i = v.first_difference ? *v.first_difference : *v.first_unjudged;
    out << "  responses differ at invocation " << i + 1 << ":\n"
        << "    original "
        << v.original.as_in_lambda(outcome_text(v.original.invocations[i]))
        << "\n"
        << "    fixed    "
        << v.after_fix.as_in_lambda(outcome_text(v.after_fix.invocations[i]))
        << "\n";
    // The whole answers may be cut alike: where they differ, and how.
    if (v.first_difference && v.difference && !v.difference->path.empty())
      out << "    first at " << v.difference->path << ":\n"
          << "      original " << v.difference->original << "\n"
          << "      fixed    " << v.difference->fixed << "\n";
  } else {
    out << "  responses: all " << v.original.invocations.size() << " equal";
    // Equal errors are equal, but a run that only fails proves little.
    std::map<std::string, std::size_t> errors;
    for (const InvokeRecord &record : v.original.invocations)
      if (record.status != InvokeStatus::Success)
        ++errors[record.error_type];
    std::string listed;
    for (const auto &[type, count] : errors)
      listed +=
          (listed.empty() ? "" : ", ") + std::to_string(count) + " " + type;
    if (!listed.empty())
      out << ", errors included (" << listed << ")";
    out << "\n";
  }
  if (!v.varying_ignored.empty()) {
    out << "  left out, as they differ between two runs of the original: "
        << varying_text(v) << "\n";
  }
  if (v.first_new_pending) {
    std::size_t i = *v.first_new_pending;
    out << "  work still running when invocation " << i + 1 << " answered:\n"
        << "    original " << pending_text(v.original.pending_after(i)) << "\n"
        << "    fixed    " << pending_text(v.after_fix.pending_after(i))
        << "\n";
  }
  out << verdict_text(v.verdict(), options.color) << ": " << verdict_reason(v)
      << "\n";
}

} // namespace hoist::verify
