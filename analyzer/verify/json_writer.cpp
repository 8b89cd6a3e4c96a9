#include "verify/writers.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace hoist::verify {
namespace {

using runtime::InvokeRecord;
using runtime::InvokeStatus;
using Json = nlohmann::ordered_json;

double rounded(double value) { return std::round(value * 1000) / 1000; }

/// null when there was no warm invoke to measure.
Json latency_json(std::optional<double> latency) {
  return latency ? Json(rounded(*latency)) : Json();
}

std::size_t count_for(const FunctionRun &run, const std::string &request_id) {
  return static_cast<std::size_t>(
      std::count_if(run.constructions.begin(), run.constructions.end(),
                    [&](const runtime::Construction &c) {
                      return c.during_invoke && c.request_id == request_id;
                    }));
}

Json run_json(const FunctionRun &run) {
  Json invocations = Json::array();
  for (std::size_t i = 0; i < run.invocations.size(); ++i) {
    const InvokeRecord &record = run.invocations[i];
    Json entry = {{"request_id", record.request_id},
                  {"cold", record.cold},
                  {"status", runtime::status_name(record.status)},
                  {"duration_ms", rounded(record.duration_ms)},
                  {"constructions", count_for(run, record.request_id)}};
    runtime::PendingWork pending = run.pending_after(i);
    entry["pending_when_answered"] = {{"promises", pending.promises},
                                      {"timers", pending.timers}};
    if (record.cold)
      entry["init_ms"] = rounded(record.init_ms);
    if (!record.error_type.empty())
      entry["error_type"] = record.error_type;
    const std::string text = run.as_in_lambda(record.payload);
    auto payload = Json::parse(text, nullptr, false);
    entry[record.status == InvokeStatus::Success ? "response" : "error"] =
        payload.is_discarded() ? Json(text) : payload;
    invocations.push_back(std::move(entry));
  }
  Json constructions = Json::array();
  for (const runtime::Construction &c : run.constructions)
    constructions.push_back(
        {{"api", c.api},
         {"phase", c.during_invoke ? "invoke" : "init"},
         {"request_id", c.during_invoke ? Json(c.request_id) : Json()},
         {"file", c.file},
         {"line", c.line},
         {"function", c.function}});
  return {{"constructions",
           {{"init", run.constructions_at_init()},
            {"invoke", run.constructions_on_invoke()}}},
          {"latency_ms",
           {{"p50", latency_json(run.warm_latency_ms(50))},
            {"p95", latency_json(run.warm_latency_ms(95))}}},
          {"init_ms", run.invocations.empty()
                          ? 0.0
                          : rounded(run.invocations.front().init_ms)},
          {"invocations", std::move(invocations)},
          {"construction_sites", std::move(constructions)}};
}

Json sites_json(const std::vector<FindingSite> &sites) {
  Json out = Json::array();
  for (const FindingSite &site : sites)
    out.push_back(
        {{"rule", site.rule},
         {"path", site.file},
         {"line", site.line},
         {"message", site.message},
         {"fix",
          site.applicability.empty() ? Json() : Json(site.applicability)}});
  return out;
}

Json environment_json(const VerifiedEnvironment &e) {
  Json not_set = Json::array();
  for (const auto &[name, why] : e.not_set)
    not_set.push_back({{"name", name}, {"reason", why}});
  return {{"from", e.origin.empty() ? Json() : Json(e.origin)},
          {"configured", e.configured},
          {"given", e.given},
          {"not_set", std::move(not_set)},
          {"not_used", e.other_origins},
          {"runtime", e.runtime.empty() ? Json() : Json(e.runtime)},
          {"ran_with", e.ran_with.empty() ? Json() : Json(e.ran_with)}};
}

} // namespace

void write_verify_json(std::ostream &out, const Verification &v) {
  Json document = {{"version", HOIST_VERSION},
                   {"handler", v.handler},
                   {"root", v.root},
                   {"events", v.events},
                   {"environment", environment_json(v.environment)},
                   {"fixes_applied", v.fixes_applied},
                   {"fixed_findings", sites_json(v.fixed)},
                   {"findings_not_fixed", sites_json(v.remaining)},
                   {"original", run_json(v.original)},
                   {"fixed", run_json(v.after_fix)},
                   {"equal", v.equal() && !v.first_unjudged}};
  // A difference the runs cannot judge (the original timed out, or does
  // not answer the same twice) is shown too, marked so.
  if (v.first_difference || v.first_unjudged) {
    std::size_t i = v.first_difference ? *v.first_difference : *v.first_unjudged;
    Json difference = {
        {"invocation", i + 1},
        {"original",
         v.original.as_in_lambda(outcome_text(v.original.invocations[i]))},
        {"fixed",
         v.after_fix.as_in_lambda(outcome_text(v.after_fix.invocations[i]))},
        {"judged", v.first_difference.has_value()}};
    if (v.first_difference && v.difference && !v.difference->path.empty()) {
      difference["path"] = v.difference->path;
      difference["original_value"] = v.difference->original;
      difference["fixed_value"] = v.difference->fixed;
    }
    document["first_difference"] = std::move(difference);
  }
  document["original_runs"] = v.original_again ? 2 : 1;
  document["left_out"] = Json(std::vector<std::string>(
      v.varying_ignored.begin(), v.varying_ignored.end()));
  if (v.first_new_pending)
    document["first_pending_work"] = {
        {"invocation", *v.first_new_pending + 1},
        {"original",
         pending_text(v.original.pending_after(*v.first_new_pending))},
        {"fixed",
         pending_text(v.after_fix.pending_after(*v.first_new_pending))}};
  if (v.configuration_change)
    document["configuration_change"] = {
        {"api", v.configuration_change->api},
        {"differs", v.configuration_change->paths}};
  Json not_reached = Json::array();
  for (const FindingSite &site : v.not_reached)
    not_reached.push_back({{"file", site.file}, {"line", site.line}});
  document["left_invoke_path"] = {{"expected", v.expected_to_leave},
                                  {"still_on_invoke", v.still_on_invoke},
                                  {"memoized", v.memoized},
                                  {"not_reached", not_reached}};
  document["unsafe_fixes"] = {{"applied", v.unsafe_applied()},
                              {"not_applied", v.unsafe_not_applied()}};
  document["verdict"] = verdict_name(v.verdict());
  document["verdict_reason"] = verdict_reason(v);
  if (const InvokeRecord *failure = v.original_failure())
    document["original_error"] = {{"errorType", failure->error_type},
                                  {"errorMessage", v.original.as_in_lambda(
                                                       error_message(*failure))}};
  document["verified"] = v.verdict() == Verdict::Verified;
  document["diff"] = v.diff;
  out << document.dump(2) << "\n";
}

} // namespace hoist::verify
