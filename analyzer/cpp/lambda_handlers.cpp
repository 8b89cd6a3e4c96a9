#include "cpp/lambda_handlers.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>

#include "cpp/strip_temporaries.h"

namespace hoist::cpp {
namespace {

using namespace clang;

std::string record_name(QualType type) {
  type = type.getNonReferenceType().getUnqualifiedType();
  if (const auto *record = type->getAsCXXRecordDecl())
    return record->getQualifiedNameAsString();
  return {};
}

// The expression under the conversions that wrap a callable on its way into
// run_handler's std::function parameter.
const Expr *unwrap(const Expr *expression) {
  for (;;) {
    expression = strip_temporaries(expression);
    if (const auto *e = dyn_cast<CXXFunctionalCastExpr>(expression))
      expression = e->getSubExpr();
    else if (const auto *e = dyn_cast<UnaryOperator>(expression);
             e && e->getOpcode() == UO_AddrOf)
      expression = e->getSubExpr();
    else if (const auto *e = dyn_cast<CXXConstructExpr>(expression);
             e && e->getNumArgs() == 1 && !isa<CXXTemporaryObjectExpr>(e) &&
             record_name(e->getType()) == "std::function")
      expression = e->getArg(0);
    else
      return expression;
  }
}

// A lambda's operator(); of a generic one (`[&](auto const &request)`),
// the specialization run_handler's std::function instantiates, whose calls
// are resolved (`work(request, table)` is a dependent call in the
// template), when there is one.
const FunctionDecl *lambda_call_operator(const CXXRecordDecl &closure) {
  if (const FunctionTemplateDecl *generic =
          closure.getDependentLambdaCallOperator())
    for (const FunctionDecl *specialization : generic->specializations())
      if (specialization->hasBody())
        return specialization;
  return closure.getLambdaCallOperator();
}

const FunctionDecl *call_operator(QualType type) {
  const CXXRecordDecl *record =
      type.getNonReferenceType()->getAsCXXRecordDecl();
  if (!record || !record->hasDefinition())
    return nullptr;
  if (record->isLambda())
    return lambda_call_operator(*record);
  for (const CXXMethodDecl *method : record->methods())
    if (method->getOverloadedOperator() == OO_Call)
      return method;
  return nullptr;
}

class Scanner : public RecursiveASTVisitor<Scanner> {
public:
  Scanner(ASTContext &context, HandlerScan &scan)
      : context_(context), scan_(scan) {}

  bool shouldVisitLambdaBodies() const { return true; }

  bool TraverseDecl(Decl *decl) {
    // Only the main file's code: headers are not this file's handlers.
    if (decl && !isa<TranslationUnitDecl>(decl) &&
        !context_.getSourceManager().isInMainFile(decl->getLocation()))
      return true;
    return RecursiveASTVisitor::TraverseDecl(decl);
  }

  bool VisitDeclRefExpr(DeclRefExpr *reference) {
    if (const auto *function = dyn_cast<FunctionDecl>(reference->getDecl()))
      ++scan_.references[function->getCanonicalDecl()];
    return true;
  }

  bool VisitFunctionDecl(FunctionDecl *function) {
    if (function->doesThisDeclarationHaveABody() &&
        !isa<CXXMethodDecl>(function) && has_handler_signature(*function))
      add({function, function->getNameAsString(), nullptr, nullptr, nullptr,
           nullptr});
    return true;
  }

  bool VisitCallExpr(CallExpr *call) {
    const FunctionDecl *callee = call->getDirectCallee();
    if (callee)
      calls_[callee->getCanonicalDecl()].push_back(call);
    if (!callee || call->getNumArgs() < 1 ||
        callee->getQualifiedNameAsString() !=
            "aws::lambda_runtime::run_handler")
      return true;
    resolve(unwrap(call->getArg(0)), call, 0);
    return true;
  }

  // run_handler given a parameter (`void serve(std::function<...> f) {
  // run_handler(f); }`): what the file's calls of that function give it.
  void resolve_parameters() {
    for (std::size_t i = 0; i < given_parameters_.size(); ++i) {
      const auto [parameter, call, depth] = given_parameters_[i];
      const auto *function =
          dyn_cast<FunctionDecl>(parameter->getDeclContext());
      unsigned index = parameter->getFunctionScopeIndex();
      for (const CallExpr *caller : calls_[function->getCanonicalDecl()])
        if (index < caller->getNumArgs())
          resolve(unwrap(caller->getArg(index)), call, depth + 1);
    }
  }

private:
  void add(LambdaHandler handler) {
    if (!handler.function)
      return;
    ++resolved_;
    for (LambdaHandler &known : scan_.handlers)
      if (known.function == handler.function) {
        if (!known.run_handler) // found by signature first: now it is passed
          known = handler;
        return;
      }
    scan_.handlers.push_back(handler);
  }

  void resolve(const Expr *argument, const CallExpr *call, int depth) {
    if (depth > 8)
      return;
    if (const auto *reference = dyn_cast<DeclRefExpr>(argument)) {
      if (const auto *function = dyn_cast<FunctionDecl>(reference->getDecl())) {
        ++scan_.passed[function->getCanonicalDecl()];
        const FunctionDecl *body = function->getDefinition();
        add({body ? body : function, function->getNameAsString(), call,
             reference, nullptr, nullptr});
        return;
      }
      if (const auto *parameter = dyn_cast<ParmVarDecl>(reference->getDecl());
          parameter && isa<FunctionDecl>(parameter->getDeclContext())) {
        given_parameters_.push_back({parameter, call, depth});
        return;
      }
      if (const auto *variable = dyn_cast<VarDecl>(reference->getDecl())) {
        if (const Expr *init = variable->getInit()) {
          const Expr *inner = unwrap(init);
          if (inner != init || isa<LambdaExpr>(inner) ||
              isa<DeclRefExpr>(inner)) {
            std::size_t before = scan_.handlers.size();
            unsigned resolved = resolved_;
            resolve(inner, call, depth + 1);
            if (scan_.handlers.size() > before &&
                scan_.handlers.back().name == "lambda")
              scan_.handlers.back().name = variable->getNameAsString();
            // (Found by its signature before: resolved all the same.)
            if (resolved_ > resolved)
              return;
          }
        }
        add({call_operator(variable->getType()), variable->getNameAsString(),
             call, nullptr, nullptr, nullptr});
        return;
      }
    }
    if (const auto *lambda = dyn_cast<LambdaExpr>(argument)) {
      const FunctionDecl *function = lambda_call_operator(*lambda->getLambdaClass());
      LambdaHandler handler{function, "lambda", call, nullptr, lambda, nullptr};
      // A lambda that only forwards to a named handler: that one is the
      // handler, reached through the lambda.
      if (const auto *body = dyn_cast_or_null<CompoundStmt>(function->getBody());
          body && body->size() == 1)
        if (const auto *ret = dyn_cast<ReturnStmt>(body->body_front()))
          if (const auto *forwarded =
                  dyn_cast_or_null<CallExpr>(unwrap(ret->getRetValue())))
            // (A method called on an object is the lambda's callee.)
            if (const FunctionDecl *target = forwarded->getDirectCallee();
                target && !isa<CXXMethodDecl>(target) &&
                target->getDefinition() &&
                context_.getSourceManager().isInMainFile(
                    target->getLocation())) {
              add({target->getDefinition(), target->getNameAsString(), call,
                   nullptr, lambda, forwarded});
              return;
            }
      add(handler);
      return;
    }
    // `std::bind(&App::handle, &app, _1)`: the bound function.
    if (const auto *bind = dyn_cast<CallExpr>(argument); bind) {
      const FunctionDecl *callee = bind->getDirectCallee();
      // `std::ref(functor)`: the functor.
      if (callee && bind->getNumArgs() == 1 &&
          (callee->getQualifiedNameAsString() == "std::ref" ||
           callee->getQualifiedNameAsString() == "std::cref")) {
        resolve(unwrap(bind->getArg(0)), call, depth + 1);
        return;
      }
      // `make_handler()`, a function of the file: what it returns.
      if (const FunctionDecl *definition =
              callee ? callee->getDefinition() : nullptr;
          definition && definition->hasBody() &&
          context_.getSourceManager().isInMainFile(definition->getLocation())) {
        for (const Stmt *statement : definition->getBody()->children())
          if (const auto *ret = dyn_cast_or_null<ReturnStmt>(statement);
              ret && ret->getRetValue())
            resolve(unwrap(ret->getRetValue()), call, depth + 1);
        return;
      }
      if (callee && bind->getNumArgs() > 0 &&
          (callee->getQualifiedNameAsString() == "std::bind" ||
           callee->getQualifiedNameAsString() == "std::bind_front"))
        if (const auto *bound = dyn_cast<DeclRefExpr>(unwrap(bind->getArg(0))))
          if (const auto *function =
                  dyn_cast<FunctionDecl>(bound->getDecl())) {
            const FunctionDecl *body = function->getDefinition();
            LambdaHandler handler{body ? body : function,
                                  function->getNameAsString(), call};
            handler.bound = true;
            add(handler);
            return;
          }
    }
    // A functor or std::function built in place.
    add({call_operator(argument->getType()), record_name(argument->getType()),
         call, nullptr, nullptr, nullptr});
  }

  ASTContext &context_;
  HandlerScan &scan_;
  unsigned resolved_ = 0; ///< how many handlers add() was given
  /// The main file's calls, by callee (canonical declaration).
  std::map<const FunctionDecl *, std::vector<const CallExpr *>> calls_;
  struct GivenParameter {
    const ParmVarDecl *parameter;
    const CallExpr *run_handler;
    int depth;
  };
  std::vector<GivenParameter> given_parameters_;
};

} // namespace

bool has_handler_signature(const clang::FunctionDecl &function) {
  if (function.getNumParams() != 1)
    return false;
  return record_name(function.getReturnType()) ==
             "aws::lambda_runtime::invocation_response" &&
         record_name(function.getParamDecl(0)->getType()) ==
             "aws::lambda_runtime::invocation_request";
}

HandlerScan find_lambda_handlers(clang::ASTContext &context) {
  HandlerScan scan;
  Scanner scanner(context, scan);
  scanner.TraverseDecl(context.getTranslationUnitDecl());
  scanner.resolve_parameters();
  return scan;
}

} // namespace hoist::cpp
