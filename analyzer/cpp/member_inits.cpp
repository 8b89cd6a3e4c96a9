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

namespace {

void add_aggregate_inits(const InitListExpr &semantic, bool left_out,
                         std::vector<AggregateInit> &inits) {
  const auto *record = semantic.getType()->getAsCXXRecordDecl();
  // (A standard library class's members are its business: `std::array`'s
  // elements are a container's.)
  if (!record || record->isUnion() || record->isInStdNamespace())
    return;
  // (A C++17 aggregate's bases come first in the list.)
  unsigned at = record->getNumBases();
  for (const FieldDecl *field : record->fields()) {
    if (field->isUnnamedBitfield()) // (which the list skips)
      continue;
    if (at >= semantic.getNumInits())
      break;
    const Expr *init = semantic.getInit(at++);
    if (!init)
      continue;
    // What the list leaves out is initialized at its closing brace.
    const bool own_initializer = isa<CXXDefaultInitExpr>(init);
    const bool written = !left_out && !own_initializer &&
                         !isa<ImplicitValueInitExpr>(init) &&
                         init->getBeginLoc().isValid() &&
                         init->getBeginLoc() != semantic.getRBraceLoc();
    if (own_initializer)
      init = cast<CXXDefaultInitExpr>(init)->getExpr();
    // A member that is an aggregate, left out with no initializer of its
    // own: its members, by default. (A written list is traversed.)
    if (const auto *nested = dyn_cast<InitListExpr>(init);
        nested && !written && !own_initializer && !nested->getSyntacticForm()) {
      add_aggregate_inits(*nested, true, inits);
      continue;
    }
    inits.push_back({field, init, written});
  }
}

} // namespace

std::vector<AggregateInit> aggregate_inits(const InitListExpr &list) {
  std::vector<AggregateInit> inits;
  const InitListExpr *semantic =
      list.isSemanticForm() ? &list : list.getSemanticForm();
  if (semantic)
    add_aggregate_inits(*semantic, false, inits);
  return inits;
}

SourceLocation member_init_location(const MemberInit &init) {
  return init.initializer->isWritten()
             ? init.initializer->getSourceLocation()
             : init.initializer->getAnyMember()->getLocation();
}

} // namespace hoist::cpp
