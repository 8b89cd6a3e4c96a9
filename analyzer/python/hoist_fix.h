#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "python/api_catalogue.h"
#include "python/hoistability.h"
#include "python/introspection.h"
#include "python/invoke_effects.h"

namespace hoist::python {

/// The fix for a reported construction, and why it is not a safe one when it
/// is not (empty when it is).
struct ConstructionFix {
  std::optional<Fix> fix;
  std::string not_safe_because;
  /// The names and string literals the moved code reads, for the checks
  /// that depend on the path from the handler.
  std::vector<std::string> reads, literals;
  /// What may make the moved code fail at INIT (see may_raise and
  /// unknown_service in hoist_fix.cpp), or "": when it may, a branch, `try`
  /// or `with` around it on the way from the handler matters.
  std::string failure;
  /// An item read of the environment in the moved code
  /// (`os.environ["TABLE_ENDPOINT"]`), which raises where the variable is
  /// not set, or "".
  std::string environment_item;
  /// A read of the environment in the moved code or the module-level names
  /// it reads (environment_read in environment_reads.h:
  /// `os.environ.get("S3_ENDPOINT", "")`), or "": what it reads may be set
  /// for one function of a module and not another.
  std::string environment_read;
  /// The construction reads a parameter of the function it is in: each
  /// call gives its own value, so no one object at module scope stands for
  /// it, whatever the calls on one path pass (not hoistable).
  bool per_call = false;
  /// The construction builds a client of a service the SDK does not know
  /// (unknown_service): a model written anywhere may be what defines it.
  bool unknown_service = false;
  /// The variable environment_item reads may be unset where the function
  /// runs: the deployment configuration naming the handler does not set
  /// it, nor does Lambda. Then what may raise on the invocation's input
  /// before the construction ends some invocations first.
  bool item_may_be_unset = false;
};

/// What module-level code of a module does after it imports another that
/// code could be moved into: an environment write (`write`), or a name of
/// that module set (`name`, as `app.REGION = ...` sets "REGION"; empty
/// when any may be: the module handed to code that may set them); `why`
/// says so, for messages.
struct ChangeAfterImport {
  std::optional<EnvironmentWrite> write;
  std::string name;
  std::string why;
};

/// Fixes worked out for hoistable constructions, by place and catalogue
/// entry: a helper reached from many handlers gets the same one each time.
/// One per analysis thread.
class HoistFixMemo {
public:
  /// What the module at `importer` (a path) does after it imports
  /// `module`, found by `find` the first time (which loads it).
  template <typename Find>
  const std::vector<ChangeAfterImport> &
  changes_after_import(const std::string &importer, const ModuleModel &module,
                       Find find) {
    std::string key = importer + '\0' + module.path();
    if (auto found = changes_.find(key); found != changes_.end())
      return found->second;
    // Small (mostly empty) and asked for by every handler that reaches a
    // helper, about each other importer of it: kept for a whole project.
    if (changes_.size() >= kKeptChanges)
      changes_.clear();
    return changes_.emplace(std::move(key), find()).first->second;
  }

  /// The fix for `call` (in `module`, built as `entry`) reached by the
  /// calls `chain`, made by `make` the first time. The chain is part of the
  /// key: what its callers do with the object decides the fix, and a thread
  /// that reached the place first from another handler must not decide it;
  /// so is `environment`, what the function's configuration sets that the
  /// construction may read.
  template <typename Make>
  const ConstructionFix &get(const ModuleModel &module, TSNode call,
                             const ApiEntry &entry,
                             const std::vector<CallStep> &chain,
                             const std::string &environment, Make make) {
    std::string key = module.path() + '\0' +
                      std::to_string(ts_node_start_byte(call)) + '\0' +
                      std::to_string(reinterpret_cast<std::uintptr_t>(&entry)) +
                      '\0' + environment;
    for (const CallStep &step : chain)
      key += '\0' + step.module->path() + ':' +
             std::to_string(ts_node_start_byte(step.call));
    if (auto found = fixes_.find(key); found != fixes_.end())
      return found->second;
    // Bounded: most places are reached from one handler only.
    if (fixes_.size() >= kKept)
      fixes_.clear();
    return fixes_.emplace(std::move(key), make()).first->second;
  }

private:
  static constexpr std::size_t kKept = 1024;
  static constexpr std::size_t kKeptChanges = 1 << 18;
  std::unordered_map<std::string, ConstructionFix> fixes_;
  std::unordered_map<std::string, std::vector<ChangeAfterImport>> changes_;
};

/// A hoistable construction moves to module scope, bound to a module-level
/// name (the local's name when it is free, or the name of an equal
/// module-level construction), with the locals it reads when they can move
/// too (environment reads, local imports); one keyed by repeating event
/// values (names, regions) is cached by them in a bounded module-level
/// functools.lru_cache factory (always unsafe). A hoist is safe only for
/// catalogue entries marked safe, outside loops, after no test that could
/// skip it, outside any `try` that handles errors (its author expects a
/// failure that at INIT would fail every invocation), and, when the moved
/// code can raise (a missing environment variable, a named profile), where
/// it runs on every invocation (outside branches and `with`, here and on the
/// way from the handler), when
/// nothing changes the environment it reads (`environment_writes`: those on
/// the invoke path), nothing on the invoke path looks at object identity or
/// frames (`introspection`), no code lists the locals it takes away or
/// looks up the module-level names it adds as data, and the object is
/// neither rebound, closed nor configured after it is built, through any of
/// its names or a helper.
ConstructionFix
construction_fix(const NameResolver &resolver, const Handler &handler,
                 const ReachedFunction &where, TSNode call,
                 const ApiEntry &entry, const ClassifiedInputs &inputs,
                 const std::vector<EnvironmentWrite> &environment_writes,
                 const std::vector<Introspection> &introspection,
                 HoistFixMemo *memo = nullptr);

/// True when `call` (in `reached`) runs only on some of the invocations
/// that reach its function: it, or a call on the way to it, is in a branch.
bool runs_on_some_invocations(const ReachedFunction &reached, TSNode call);

/// Makes a safe `fix` unsafe for the reasons `why` (none: it stays as it
/// is); an unsafe fix or none keeps the reasons it has.
void make_unsafe(ConstructionFix &fix, const std::vector<std::string> &why);

} // namespace hoist::python
