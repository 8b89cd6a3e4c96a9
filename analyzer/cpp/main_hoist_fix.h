#pragma once

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
};

/// The fix that moves `constructions` (each a variable declared on its own
/// in the handler's body) into main(); all of them at once, so the edits to
/// run_handler's argument do not conflict.
MainHoist hoist_to_main(clang::ASTContext &context,
                        const LambdaHandler &handler, const HandlerScan &scan,
                        const std::vector<const Construction *> &constructions);

} // namespace hoist::cpp
