#pragma once

#include <string>
#include <vector>

#include "javascript/js_module.h"
#include "javascript/js_resolve.h"

namespace hoist::javascript {

/// The functions of the project a call may run whose callee is no name
/// resolve_function follows to one function: each arm of a choice (`(c ?
/// setRegion : noop)(r)`, `const fn = c ? f : g; fn(r)`), the function a
/// comma expression gives (`(0, setRegion)(r)`: tsc's and babel's call
/// form), an element of an array literal (`[f][0](r)`), a member of an
/// object literal, a class or a project module by a key it spells or
/// chooses (`actions['setup'](e)`, `Cfg[c ? 'apply' : 'skip'](r)`,
/// `cfg[INIT](r)` of `{ [INIT](r) {...} }`) or, by a key hoist cannot
/// compute, each of its functions (`actions[event.action](e)`), the
/// function `f.call(...)` and `f.apply(...)` run, and the listeners an
/// emitter's `emit` runs (`bus.on('cfg', f)` at module level, for
/// `bus.emit('cfg', r)`).
struct CallTargets {
  std::vector<std::pair<const JsModule *, TSNode>> functions;
  /// False when the call may run a function not listed (a key of an
  /// object hoist does not read, a listener registered elsewhere).
  bool complete = true;
};

/// What `call` (a call or `new`) may run, for a callee resolve_function
/// does not follow; no functions and not complete when hoist cannot tell.
CallTargets call_targets(Modules &modules, const JsModule &module, TSNode call);

/// The property a call's callee names last (`setup` of `p.setup(e)`), the
/// name under which a function it runs is stored; "" when the callee is no
/// member read by a name it spells, or runs what its object is
/// (`f.call(...)`, `f.apply(...)`).
std::string called_property(const JsTree &tree, TSNode call);

} // namespace hoist::javascript
