#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "core/fix.h"
#include "javascript/js_catalogue.h"
#include "javascript/js_configuration_changes.h"
#include "javascript/js_module.h"

namespace hoist::javascript {

/// True when `choice` picks one of two catalogued constructions by what
/// only the environment says (`process.env.LOCAL ? new S3Client({ endpoint
/// }) : new S3Client({})`): the same at INIT as in an invocation that does
/// not write it, which the move's checks of the whole choice see. The test
/// reads `process.env.X` (no member of it, which may be unset), literals
/// and operators only.
bool environment_choice(const JsModule &module, const JsCatalogue &catalogue,
                        TSNode choice);

/// True when `call` is a construction the catalogue names (a client, a
/// connection): given a client (`DynamoDBDocumentClient.from(client)`), it
/// sends through it and is a finding, and a move, of its own.
bool is_catalogued(const JsModule &module, const JsCatalogue &catalogue,
                   TSNode call);

/// The blocks of a function's body around a statement that make what it
/// does conditional or repeated.
struct Blocks {
  bool branch = false;  ///< an if, else, catch or switch case
  bool looped = false;  ///< a for, for-in/of, while or do loop
  bool guarded = false; ///< a try block
  /// The conditions of the `if` statements around it.
  std::vector<TSNode> conditions;
  /// Why moving `what` ("it is built") out of them to module scope may
  /// change what happens, in `owner` ("the handler"); a `try` only when it
  /// may throw (`failure`, construction_failure's).
  std::vector<std::string> reasons(const std::string &what,
                                   const std::string &owner,
                                   const std::string &failure) const;
};

/// The blocks between `statement` and the function `body` it is in; none
/// when another construct (a label, a nested function) is between.
std::optional<Blocks> enclosing_blocks(TSNode statement, TSNode body);

/// The fix of a construction in a handler's own body, or why it has none
/// that is safe.
struct JsHoistFix {
  std::optional<Fix> fix;
  /// Why the fix is unsafe, or why there is none ("" when it is safe).
  std::string not_safe_because;
  /// Why the moved code may throw at INIT (construction_failure), or "":
  /// then what on the way from the handler may skip it matters too.
  std::string failure = {};
};

/// Moves `const name = <construction>` (a statement of `handler`'s own
/// body, `construction` hoistable) to module scope, after the module's
/// imports and before the handler: safe for a client the handler only
/// calls the methods of (or wraps in another catalogued client:
/// `DynamoDBDocumentClient.from(client)`), built from constants, imports
/// and an environment nothing in the module writes; deletes the statement
/// when the module already
/// binds the name to the same construction. A connection's move is unsafe:
/// in a Lambda Managed Instances environment, concurrent invocations share
/// it (a pool is the right hoist).
/// `helper`: the name of the function the construction is in when it is
/// not the handler but a function the handler calls (then the module's
/// changes of SDK v2's global configuration count wherever they are).
/// `changes`: what the invocation changes that a client reads when built
/// (the environment, SDK v2's configuration): the move is then unsafe.
/// `modules`: to read the project modules the module requires below the
/// handler, whose code runs at INIT after the moved construction.
/// `set_variables`: the variables the function's configuration sets, which
/// a construction may dereference without failing.
JsHoistFix hoist_fix(const JsModule &module, const JsCatalogue &catalogue,
                     TSNode construction, TSNode handler, const JsApi &api,
                     const std::optional<std::string> &helper = std::nullopt,
                     const InvokePathChanges &changes = {},
                     Modules *modules = nullptr,
                     const std::vector<std::string> &set_variables = {});

} // namespace hoist::javascript
