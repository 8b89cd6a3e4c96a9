#pragma once

#include <map>
#include <string>
#include <utility>

#include "core/source_file.h"
#include "python/module_model.h"
#include "python/name_resolver.h"

namespace hoist::python {

/// Where the invoke path makes a new instance of a project class, and what
/// the finding's note says of it.
struct FreshInstance {
  Location made;
  std::string how; ///< "'lambda_handler' makes a new 'Cleaner' here"
};

/// Module-level state that every invocation of a handler sets back to
/// empty, and the instances it makes anew, whose attributes start empty
/// (emptied_every_invocation): a lazy cache kept there keeps nothing
/// between invocations, and what its test guards is built on each.
class EmptiedState {
public:
  /// Notes that `name` of `module` is emptied, as `how` says
  /// ("'_client = None' in 'reset'").
  void add(const ModuleModel &module, const std::string &name,
           const std::string &how) {
    by_module_[&module].emplace(name, how);
  }
  /// Notes that the invoke path makes a new instance of `cls` (the first
  /// place found is kept).
  void add_fresh(const ClassInfo &cls, FreshInstance made) {
    fresh_.emplace(&cls, std::move(made));
  }
  bool empty() const { return by_module_.empty() && fresh_.empty(); }
  bool empties_module_state() const { return !by_module_.empty(); }
  /// How much is known, to tell whether another walk found more.
  std::size_t size() const;
  /// How every invocation empties `name` of `module`, or "" when it does not.
  std::string how(const ModuleModel &module, const std::string &name) const;
  /// Where the invoke path makes a new instance of `cls`, or null.
  const FreshInstance *fresh(const ClassInfo *cls) const {
    auto it = fresh_.find(cls);
    return it == fresh_.end() ? nullptr : &it->second;
  }

private:
  std::map<const ModuleModel *, std::map<std::string, std::string>> by_module_;
  std::map<const ClassInfo *, FreshInstance> fresh_;
};

/// The long-lived state (its text: `c`, `CLIENTS`, `self._s3`) that the
/// object `call` (in `function`) builds is stored in, when the store is
/// guarded by a check of that state, so that it runs once per execution
/// environment, not per invocation; "" when there is none:
///   global c; if c is None: c = boto3.client("s3")
///   global c; c = c or boto3.client("s3")
///   global c; if c is not None: return c  ...  c = boto3.client("s3")
///   if "s3" not in CLIENTS: CLIENTS["s3"] = boto3.client("s3")
///   if self._s3 is None: self._s3 = boto3.client("s3")
///   if cls._s3 is None: cls._s3 = boto3.client("s3")   (a classmethod)
///   global c; if "c" not in globals(): c = boto3.client("s3")
///   if not hasattr(handler, "s3"): handler.s3 = boto3.client("s3")
///   global c; try: return c / except NameError: c = boto3.client("s3")
///   global c; if c is None: new = boto3.client("s3"); c = new
/// and a block run once (a flag it sets: `if not READY: ... READY = True`;
/// `if KEY is None: ... KEY = decode(raw)`, whatever it builds there).
std::string lazy_state(const SyntaxTree &tree, const FunctionInfo &function,
                       TSNode call);

/// The new instance whose attribute the lazy `state` of the method
/// `function` (of `module`, run on an instance of `receiver`'s class, else
/// of its own) is, when the invoke path makes one (`self._client` on the
/// `Cleaner()` a handler makes): the test finds it empty on each
/// invocation. Null for any other state.
const FreshInstance *fresh_owner(const ModuleModel &module,
                                 const FunctionInfo &function,
                                 Receiver receiver, const std::string &state,
                                 const EmptiedState &emptied);

/// True when `call`, in `function` of `module` (run on an instance of
/// `receiver`'s class, for a method it inherits), runs once per execution
/// environment: its object is kept in lazy state (lazy_state) that no
/// invocation empties again (`emptied`), nor makes anew (fresh_owner).
bool is_lazily_initialized(const ModuleModel &module,
                           const FunctionInfo &function, Receiver receiver,
                           TSNode call, const EmptiedState &emptied);

} // namespace hoist::python
