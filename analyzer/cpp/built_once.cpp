#include "cpp/built_once.h"

#include <algorithm>
#include <vector>

#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>

namespace hoist::cpp {
namespace {

using namespace clang;

// The object an expression names, when it outlives the invocation: a
// static local, a namespace-scope or static member variable, or a member of
// one (`g_ctx.s3`), as that variable and the members' path; else empty.
struct LastingObject {
  const VarDecl *variable = nullptr;
  std::vector<const ValueDecl *> members;
  explicit operator bool() const { return variable; }
  bool operator==(const LastingObject &other) const {
    return variable == other.variable && members == other.members;
  }
};

LastingObject lasting_object(const Expr *expression) {
  LastingObject object;
  expression = expression->IgnoreParenImpCasts();
  while (const auto *member = dyn_cast<MemberExpr>(expression)) {
    if (member->isArrow())
      return {}; // what a pointer points to may be anyone's
    object.members.insert(object.members.begin(), member->getMemberDecl());
    expression = member->getBase()->IgnoreParenImpCasts();
  }
  const auto *reference = dyn_cast<DeclRefExpr>(expression);
  const auto *variable =
      reference ? dyn_cast<VarDecl>(reference->getDecl()) : nullptr;
  if (!variable || !variable->hasGlobalStorage())
    return {};
  object.variable = variable;
  return object;
}

// `client` as a truth value or a pointer: itself, or what a smart pointer's
// or std::optional's operator bool, `get()` or `has_value()` is called on.
const Expr *tested(const Expr *expression) {
  expression = expression->IgnoreParenImpCasts();
  if (const auto *call = dyn_cast<CXXMemberCallExpr>(expression);
      call && call->getNumArgs() == 0 && call->getMethodDecl() &&
      (isa<CXXConversionDecl>(call->getMethodDecl()) ||
       (call->getMethodDecl()->getIdentifier() &&
        (call->getMethodDecl()->getName() == "get" ||
         call->getMethodDecl()->getName() == "has_value"))))
    return call->getImplicitObjectArgument();
  return expression;
}

bool is_null(const Expr *expression, ASTContext &context) {
  return expression->IgnoreParenImpCasts()->isNullPointerConstant(
             context, Expr::NPC_ValueDependentIsNotNull) != Expr::NPCK_NotNull;
}

// The object a condition compares with null (`client == nullptr`,
// `nullptr != client.get()`, built-in or a smart pointer's operator), when
// the comparison is `equal` (`==`) or not (`!=`).
LastingObject compared_with_null(const Expr *condition, bool equal,
                                 ASTContext &context) {
  const Expr *left = nullptr, *right = nullptr;
  if (const auto *compare = dyn_cast<BinaryOperator>(condition);
      compare && compare->getOpcode() == (equal ? BO_EQ : BO_NE)) {
    left = compare->getLHS();
    right = compare->getRHS();
  } else if (const auto *call = dyn_cast<CXXOperatorCallExpr>(condition);
             call &&
             call->getOperator() == (equal ? OO_EqualEqual : OO_ExclaimEqual) &&
             call->getNumArgs() == 2) {
    left = call->getArg(0);
    right = call->getArg(1);
  }
  if (!left)
    return {};
  if (is_null(right, context))
    return lasting_object(tested(left));
  if (is_null(left, context))
    return lasting_object(tested(right));
  return {};
}

// The object a condition tests for null: `!client`, `client == nullptr`,
// `!client.has_value()`, `client.get() == nullptr`.
LastingObject null_tested(const Expr *condition, ASTContext &context) {
  condition = condition->IgnoreParenImpCasts();
  if (const auto *negation = dyn_cast<UnaryOperator>(condition);
      negation && negation->getOpcode() == UO_LNot)
    return lasting_object(tested(negation->getSubExpr()));
  return compared_with_null(condition, true, context);
}

// The object a condition holds to be set: `client`, `client != nullptr`,
// `client.has_value()`.
LastingObject set_tested(const Expr *condition, ASTContext &context) {
  condition = condition->IgnoreParenImpCasts();
  if (LastingObject object = compared_with_null(condition, false, context))
    return object;
  if (condition->getType()->isBooleanType() || condition->getType()->isPointerType() ||
      isa<CXXMemberCallExpr>(condition))
    return lasting_object(tested(condition));
  return {};
}

// Whether a statement always leaves its block: `return ...;`, `throw ...;`,
// or a block that ends with one.
bool leaves(const Stmt *statement) {
  if (const auto *block = dyn_cast<CompoundStmt>(statement))
    return !block->body_empty() && leaves(block->body_back());
  if (const auto *expression = dyn_cast<Expr>(statement))
    return isa<CXXThrowExpr>(expression->IgnoreImplicit());
  return isa<ReturnStmt>(statement);
}

// Whether a statement sets `object`: `object = ...;`, `object.reset(...);`
// or, of a std::optional, `object.emplace(...);`.
bool sets(const Stmt *statement, const LastingObject &object) {
  const auto *expression = dyn_cast<Expr>(statement);
  if (!expression)
    return false;
  expression = expression->IgnoreImplicit();
  if (const auto *assignment = dyn_cast<BinaryOperator>(expression);
      assignment && assignment->getOpcode() == BO_Assign)
    return lasting_object(assignment->getLHS()) == object;
  if (const auto *call = dyn_cast<CXXOperatorCallExpr>(expression);
      call && call->getOperator() == OO_Equal && call->getNumArgs() == 2)
    return lasting_object(call->getArg(0)) == object;
  if (const auto *call = dyn_cast<CXXMemberCallExpr>(expression);
      call && call->getMethodDecl() &&
      call->getMethodDecl()->getIdentifier() &&
      ((call->getMethodDecl()->getName() == "reset" && call->getNumArgs() > 0) ||
       call->getMethodDecl()->getName() == "emplace"))
    return lasting_object(call->getImplicitObjectArgument()) == object;
  return false;
}

// Whether a statement, or one of a block's own statements, sets `object`.
bool sets_in(const Stmt *statement, const LastingObject &object) {
  if (sets(statement, object))
    return true;
  if (const auto *block = dyn_cast_or_null<CompoundStmt>(statement))
    for (const Stmt *own : block->body())
      if (sets(own, object))
        return true;
  return false;
}

class OnceFinder : public RecursiveASTVisitor<OnceFinder> {
public:
  explicit OnceFinder(ASTContext &context) : context_(context) {}
  bool shouldVisitLambdaBodies() const { return true; }

  bool VisitIfStmt(IfStmt *branch) {
    if (!branch->getCond() || branch->getInit() ||
        branch->getConditionVariable())
      return true;
    // The branch that runs while it is null sets it at its own level, so it
    // runs once: `if (!client) client = ...;`, `if (client) {...} else
    // client = ...;`.
    if (const LastingObject object = null_tested(branch->getCond(), context_);
        object && sets_in(branch->getThen(), object))
      set_once.emplace_back(branch->getThen(), object);
    else if (const LastingObject set = set_tested(branch->getCond(), context_);
             set && branch->getElse() && sets_in(branch->getElse(), set))
      set_once.emplace_back(branch->getElse(), set);
    return true;
  }
  // A guard that leaves while it is set (`if (client) return *client;`):
  // what follows it in the block runs while it is null, once if it sets it.
  bool VisitCompoundStmt(CompoundStmt *block) {
    for (auto at = block->body_begin(); at != block->body_end(); ++at) {
      const auto *guard = dyn_cast<IfStmt>(*at);
      if (!guard || guard->getInit() || guard->getConditionVariable() ||
          guard->getElse() || !leaves(guard->getThen()))
        continue;
      const LastingObject object = set_tested(guard->getCond(), context_);
      if (!object ||
          std::none_of(at + 1, block->body_end(), [&](const Stmt *statement) {
            return sets(statement, object);
          }))
        continue;
      for (auto rest = at + 1; rest != block->body_end(); ++rest)
        set_once.emplace_back(*rest, object);
      break;
    }
    return true;
  }
  // What makes the next invocation build it again: `delete client;`,
  // `client = nullptr;`, `client.reset();`.
  bool VisitCXXDeleteExpr(CXXDeleteExpr *deletion) {
    if (LastingObject object = lasting_object(deletion->getArgument()))
      reset.push_back(object);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *assignment) {
    if (assignment->getOpcode() == BO_Assign && is_null(assignment->getRHS(), context_))
      if (LastingObject object = lasting_object(assignment->getLHS()))
        reset.push_back(object);
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *call) {
    if (call->getMethodDecl() && call->getMethodDecl()->getName() == "reset" &&
        (call->getNumArgs() == 0 || is_null(call->getArg(0), context_)))
      if (LastingObject object =
              lasting_object(call->getImplicitObjectArgument()))
        reset.push_back(object);
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *call) {
    if (call->getOperator() == OO_Equal && call->getNumArgs() == 2 &&
        is_null(call->getArg(1), context_))
      if (LastingObject object = lasting_object(call->getArg(0)))
        reset.push_back(object);
    return true;
  }
  bool VisitCallExpr(CallExpr *call) {
    const FunctionDecl *callee = call->getDirectCallee();
    if (!callee || callee->getQualifiedNameAsString() != "std::call_once" ||
        call->getNumArgs() < 2 || !lasting_object(call->getArg(0)))
      return true;
    for (unsigned i = 1; i < call->getNumArgs(); ++i)
      once.insert(call->getArg(i));
    return true;
  }

  bool VisitVarDecl(VarDecl *variable) {
    if (variable->isStaticLocal() && variable->hasInit())
      initialized_once(variable->getInit());
    return true;
  }

  std::set<const Stmt *> once;
  /// The branches that set an object under its null test, and the objects
  /// the body resets: a branch runs once unless its object is reset.
  std::vector<std::pair<const Stmt *, LastingObject>> set_once;
  std::vector<LastingObject> reset;

private:

  // A static's initializer, all it runs: the constructors and functions it
  // calls, a lambda it calls there (`static auto c = [] { ... }();`); not
  // the body of one it only holds, which runs when called.
  void initialized_once(const Stmt *statement) {
    if (!statement || isa<LambdaExpr>(statement))
      return;
    if (!holds_lambda(statement)) {
      once.insert(statement);
      return;
    }
    for (const Stmt *child : statement->children())
      initialized_once(child);
  }
  static bool holds_lambda(const Stmt *statement) {
    if (const auto *call = dyn_cast<CXXOperatorCallExpr>(statement);
        call && call->getOperator() == OO_Call &&
        isa<LambdaExpr>(call->getArg(0)->IgnoreImplicit()))
      return std::any_of(call->arg_begin() + 1, call->arg_end(),
                         [](const Expr *argument) {
                           return holds_lambda(argument);
                         }); // the lambda itself runs now
    if (isa<LambdaExpr>(statement))
      return true;
    for (const Stmt *child : statement->children())
      if (child && holds_lambda(child))
        return true;
    return false;
  }

  ASTContext &context_;
};

} // namespace

std::set<const Stmt *> built_once(ASTContext &context, const Stmt *body) {
  OnceFinder finder(context);
  finder.TraverseStmt(const_cast<Stmt *>(body));
  for (const auto &[branch, object] : finder.set_once)
    if (std::find(finder.reset.begin(), finder.reset.end(), object) ==
        finder.reset.end())
      finder.once.insert(branch);
  return std::move(finder.once);
}

} // namespace hoist::cpp
