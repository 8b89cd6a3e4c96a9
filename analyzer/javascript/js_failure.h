#pragma once

#include <string>
#include <vector>

#include "javascript/js_module.h"

namespace hoist::javascript {

// What may make a construction moved to module scope fail at INIT, and
// what, on the way from the handler, may skip it or answer for its failure
// (the rules the Python front-end applies: hoist_fix.cpp's may_raise and
// invoke_effects.cpp's guard_before and always_exits). A construction that
// may fail keeps no safe move past code that can end the invocation before
// it; one that cannot run at all gets none.

/// Why `construction`, or one of the statements moved along with it
/// (`along`), may throw where it runs, or "": a member of a variable of the
/// environment that may be unset (`process.env.BUCKET_ARN.split(':')`), a
/// conversion that throws on bad input (`JSON.parse`, `new URL`).
/// `set`: the variables the function's configuration sets; those Lambda
/// sets itself (AWS_REGION) are set too.
std::string construction_failure(const JsModule &module, TSNode construction,
                                 const std::vector<TSNode> &along,
                                 const std::vector<std::string> &set = {});

/// True when `statement` always ends the function it is in: a `return` or
/// `throw`, a block holding one, an `if` whose branches, with an `else`,
/// all do.
bool always_exits(TSNode statement);

/// The statement before `statement` (in its block, or in a block around it
/// up to the function's `body`) that always ends the function: what
/// follows never runs. A null node when there is none.
TSNode exit_before(TSNode statement, TSNode body);

/// The statement before `statement` (as exit_before looks) that can end
/// the function without reaching it: an `if`, `switch` or loop that
/// returns or throws, or code that may throw on what the invocation was
/// given (`await`, a call such as `requireEnv('BUCKET_ARN')` or
/// `JSON.parse(event.body)`, a member of what may be undefined:
/// `event.Records[0].s3`). A null node when there is none.
TSNode guard_before(const JsModule &module, TSNode statement, TSNode body);

/// The handler of errors chained on `call`'s promise (`read(key).catch(...)`,
/// `.then(ok, failed)`), as ".catch(...)", or "": what it answers for
/// would fail INIT once moved there.
std::string caught_around(const JsTree &tree, TSNode call);

/// How messages quote a guard guard_before found: an `if`, `switch` or
/// loop as far as its test (`if (!process.env.BUCKET_ARN)`), another
/// statement by its first line; shortened.
std::string guard_text(const JsTree &tree, TSNode guard);

/// When `function` (a handler) is given to a call that makes the handler
/// of it (`wrap(async (event) => ...)`), what says that the wrapper may
/// answer for its failure: a function of the module that catches errors,
/// or a library's, which hoist does not read; else "".
std::string answering_wrapper(const JsModule &module, TSNode function);

} // namespace hoist::javascript
