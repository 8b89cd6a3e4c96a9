#include "cpp/member_inits.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>

namespace hoist::cpp {

using namespace clang;

std::vector<MemberInit> member_inits(const FunctionDecl &function) {
  std::vector<MemberInit> inits;
  const auto *constructor = dyn_cast<CXXConstructorDecl>(&function);
  // (An implicit or defaulted one builds the members too; a copy or move
  // constructor copies or moves them, which builds nothing.)
  if (!constructor || constructor->isCopyOrMoveConstructor())
    return inits;
  for (const CXXCtorInitializer *initializer : constructor->inits()) {
    if (!initializer->isAnyMemberInitializer())
      continue;
    const Expr *expression = initializer->getInit();
    if (const auto *own = dyn_cast_or_null<CXXDefaultInitExpr>(expression))
      expression = own->getExpr();
    if (expression)
      inits.push_back({initializer, expression});
  }
  return inits;
}

SourceLocation member_init_location(const MemberInit &init) {
  return init.initializer->isWritten()
             ? init.initializer->getSourceLocation()
             : init.initializer->getAnyMember()->getLocation();
}

} // namespace hoist::cpp
