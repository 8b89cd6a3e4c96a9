#pragma once

#include <string>
#include <vector>

#include "javascript/js_module.h"
#include "javascript/js_resolve.h"

namespace hoist::javascript {

/// A function of the project that an expression runs without calling it.
struct ImplicitCall {
  const JsModule *module;
  TSNode function;
  std::string name; ///< as notes name it: "settings.apply", "steps[Symbol.iterator]"
  std::string how;  ///< "a getter", "what 'await' calls", ...
};

/// What `node` (any node of a function's body) runs of the objects and
/// classes the project defines though it calls nothing: the getter a
/// member read or a destructuring runs (`settings.loaded`, `const { apply }
/// = settings`, a project module's `Object.defineProperty(exports, 'x', {
/// get })`), the setter an assignment runs, the `then` `await` calls, the
/// `[Symbol.iterator]` (and the `next` of what it returns) that `for...of`,
/// a spread or an array pattern runs, the `toString` / `valueOf` /
/// `[Symbol.toPrimitive]` a coercion runs (a template, `+`, a comparison,
/// `String(x)`), the static `[Symbol.hasInstance]` of `instanceof`'s
/// right side. `unfollowed` names what runs code hoist cannot find (an
/// iterator whose `next` it does not find), or is "".
struct ImplicitCalls {
  std::vector<ImplicitCall> calls;
  std::string unfollowed;
};
ImplicitCalls implicit_calls(Modules &modules, const JsModule &module,
                             TSNode node);

} // namespace hoist::javascript
