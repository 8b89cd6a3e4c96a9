#pragma once

#include <map>
#include <string>
#include <vector>

#include <clang/Basic/Diagnostic.h>

#include "cpp/construction_finder.h"
#include "cpp/lambda_handlers.h"

namespace clang {
class ASTContext;
}

namespace hoist::cpp {

/// The main() fix (main_hoist_edits.h) as Clang finds its places.
struct MainHoist {
  std::vector<clang::FixItHint> edits; ///< empty when there is no fix
  std::string why_not;                 ///< then: why, for the note
  /// The constructions that stay in the handler for a reason of their own
  /// (main_hoist_blocker's `object`), each with it; the others move (or,
  /// with `why_not`, stay for that reason).
  std::map<const Construction *, std::string> left;
  /// Calls that configure a moved object and stay in the handler, with the
  /// note that says so (left_in_handler_note).
  std::vector<std::pair<clang::SourceLocation, std::string>> left_behind;
  /// Why the fix is unsafe, or "": the moved code gives a value that may
  /// differ from one invocation to the next (frozen_values.h).
  std::string risk;
};

/// The fix that moves `constructions` (each a variable declared on its own
/// in the handler's body) into main(); all of them at once, so the edits to
/// run_handler's argument do not conflict; those that cannot move for a
/// reason of their own stay, in `left`.
MainHoist hoist_to_main(clang::ASTContext &context,
                        const LambdaHandler &handler, const HandlerScan &scan,
                        const std::vector<const Construction *> &constructions);

} // namespace hoist::cpp
