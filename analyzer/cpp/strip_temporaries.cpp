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
    // Before C++17, `auto c = f();` copies f's temporary into c, a copy
    // the compiler may elide: c is still what f built.
    else if (const auto *e = dyn_cast<CXXConstructExpr>(expression);
             e && e->isElidable() && e->getNumArgs() == 1)
      expression = e->getArg(0);
    // `T(config)`, one argument: the construction it spells.
    else if (const auto *e = dyn_cast<CXXFunctionalCastExpr>(expression);
             e && e->getCastKind() == CK_ConstructorConversion)
      expression = e->getSubExpr();
    else
      return expression;
  }
}

} // namespace hoist::cpp
