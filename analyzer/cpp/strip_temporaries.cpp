#include "cpp/strip_temporaries.h"

#include <clang/AST/ExprCXX.h>

namespace hoist::cpp {

const clang::Expr *strip_temporaries(const clang::Expr *expression) {
  using namespace clang;
  for (;;) {
    expression = expression->IgnoreParenImpCasts();
    if (const auto *e = dyn_cast<ExprWithCleanups>(expression))
      expression = e->getSubExpr();
    else if (const auto *e = dyn_cast<CXXBindTemporaryExpr>(expression))
      expression = e->getSubExpr();
    else if (const auto *e = dyn_cast<MaterializeTemporaryExpr>(expression))
      expression = e->getSubExpr();
    else
      return expression;
  }
}

} // namespace hoist::cpp
