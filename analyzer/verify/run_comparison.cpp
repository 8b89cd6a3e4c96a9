#include "verify/run_comparison.h"

#include "verify/answer_difference.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace hoist::verify {
namespace {

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
    fixed.insert(site.api);
  for (const FindingSite &site : v.remaining)
    remaining.insert(site.api);
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

// The paths at which two configurations differ.
std::vector<std::string> differing(const runtime::Construction &a,
                                   const runtime::Construction &b) {
  std::set<std::string> paths;
  for (const auto &[path, value] : a.configuration) {
    auto other = b.configuration.find(path);
    if (other == b.configuration.end() || other->second != value)
      paths.insert(path);
  }
  for (const auto &[path, value] : b.configuration)
    if (!a.configuration.count(path))
      paths.insert(path);
  return {paths.begin(), paths.end()};
}

// The first construction of a fixed site's API that the fixed code builds
// with a configuration the original never built that API with, wherever the
// fix moved it; compared with the original's construction at a fixed site.
// A fixed site the events never reached in the original (v.not_reached)
// builds a configuration the original never showed: one such configuration
// per unreached site of the API is not counted as a change.
std::optional<ConfigurationChange> configuration_change(const Verification &v) {
  std::set<Site> fixed_sites;
  for (const FindingSite &site : v.fixed)
    fixed_sites.insert({site.file, site.line});
  std::map<std::string, std::size_t> unreached;
  for (const FindingSite &site : v.not_reached)
    ++unreached[site.api];
  std::map<std::string, const runtime::Construction *> at_fixed_site;
  std::map<std::string, std::set<std::map<std::string, std::string>>> built;
  for (const auto &c : v.original.constructions) {
    if (fixed_sites.count({c.file, c.line}))
      at_fixed_site.try_emplace(c.api, &c);
    built[c.api].insert(c.configuration);
  }
  std::map<std::string, std::set<std::map<std::string, std::string>>> unseen;
  for (const auto &c : v.after_fix.constructions) {
    auto original = at_fixed_site.find(c.api);
    if (original == at_fixed_site.end() || built[c.api].count(c.configuration))
      continue;
    auto &new_ones = unseen[c.api];
    new_ones.insert(c.configuration);
    if (new_ones.size() > unreached[c.api])
      return ConfigurationChange{c.api, differing(*original->second, c)};
  }
  return std::nullopt;
}

} // namespace

std::vector<FindingSite>
no_longer_found(std::vector<FindingSite> before,
                const std::vector<FindingSite> &after) {
  std::set<std::pair<std::string, std::string>> left;
  for (const FindingSite &site : after)
    left.insert({site.rule, site.api});
  std::vector<FindingSite> gone;
  for (FindingSite &site : before)
    if (!left.count({site.rule, site.api}))
      gone.push_back(std::move(site));
  return gone;
}

bool answers_differ(const Verification &v) {
  return v.first_difference || v.first_unjudged;
}

void compare_runs(Verification &v, std::size_t events, bool by_api) {
  v.first_difference.reset();
  v.difference.reset();
  v.first_unjudged.reset();
  v.varying_ignored.clear();
  const FunctionRun *again = v.original_again ? &*v.original_again : nullptr;
  for (std::size_t i = 0; i < v.original.invocations.size(); ++i) {
    auto difference = answer_difference(v.original, v.after_fix, i, again,
                                        &v.varying_ignored);
    if (!difference)
      continue;
    // A difference there shows nothing about the fix: a run cut short by
    // the timeout leaves its work half done (and the environment is reset),
    // and an answer the original does not give twice depends on more than
    // the event (the clock, what a stand-in keeps between runs).
    if (v.original_timed_out_by(i) ||
        (again && !same_kind_of_answer(v.original, *again, i))) {
      if (!v.first_unjudged)
        v.first_unjudged = i;
      continue;
    }
    v.first_difference = i;
    v.difference = std::move(difference);
    break;
  }
  for (std::size_t i = 0; i < v.original.invocations.size(); ++i) {
    runtime::PendingWork before = v.original.pending_after(i);
    runtime::PendingWork after = v.after_fix.pending_after(i);
    if (after.promises > before.promises || after.timers > before.timers) {
      v.first_new_pending = i;
      break;
    }
  }
  v.not_reached.clear();
  if (!by_api)
    for (const FindingSite &site : v.fixed)
      if (!site.api.empty() &&
          on_invoke_at(v.original, {{site.file, site.line}}) == 0)
        v.not_reached.push_back(site);
  v.configuration_change = configuration_change(v);
  if (!by_api) {
    std::set<Site> fixed_sites;
    for (const FindingSite &site : v.fixed)
      fixed_sites.insert({site.file, site.line});
    v.expected_to_leave = on_invoke_at(v.original, fixed_sites);
    v.still_on_invoke = still_on_invoke(v, events);
    const std::set<Site> cached = memoized_sites(v.after_fix, events);
    v.memoized = static_cast<std::size_t>(std::count_if(
        v.after_fix.constructions.begin(), v.after_fix.constructions.end(),
        [&](const auto &c) {
          return c.during_invoke && cached.count({c.file, c.line});
        }));
  } else {
    left_invoke_path_by_api(v);
  }
}

} // namespace hoist::verify
