#include "cpp/frozen_values_in_ast.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Analysis/Analyses/ExprMutationAnalyzer.h>
#include <clang/Lex/Lexer.h>

#include <algorithm>
#include <map>
#include <vector>

#include "cpp/frozen_values.h"
#include "cpp/invoke_path.h"

namespace hoist::cpp {
namespace {

using namespace clang;

// The bodies of the functions the translation unit defines outside system
// headers, but main()'s: what runs before the moved code's place there
// runs before it moved too.
class FunctionBodies : public RecursiveASTVisitor<FunctionBodies> {
public:
  explicit FunctionBodies(const SourceManager &sources) : sources_(sources) {}
  bool VisitFunctionDecl(FunctionDecl *function) {
    if (function->hasBody() && !function->isMain() &&
        !sources_.isInSystemHeader(function->getLocation()))
      bodies.push_back(function->getBody());
    return true;
  }
  std::vector<const Stmt *> bodies;

private:
  const SourceManager &sources_;
};

// Whether code may change `variable` (a global, or a function's static)
// after start-up: a static by its function, a global by any function.
bool changed_by_code(ASTContext &context, const VarDecl &variable) {
  if (variable.isStaticLocal()) {
    const auto *function =
        dyn_cast<FunctionDecl>(variable.getParentFunctionOrMethod());
    return !function || !function->hasBody() ||
           ExprMutationAnalyzer(*function->getBody(), context)
               .isMutated(&variable);
  }
  FunctionBodies functions(context.getSourceManager());
  functions.TraverseDecl(context.getTranslationUnitDecl());
  return std::any_of(functions.bodies.begin(), functions.bodies.end(),
                     [&](const Stmt *body) {
                       return ExprMutationAnalyzer(*body, context)
                           .isMutated(&variable);
                     });
}

class FrozenValues : public RecursiveASTVisitor<FrozenValues> {
public:
  FrozenValues(ASTContext &context, const std::set<const Expr *> &constructions,
               std::set<const FunctionDecl *> &entered)
      : context_(context), constructions_(constructions), entered_(entered) {}

  bool VisitDeclRefExpr(DeclRefExpr *reference) {
    const auto *variable = dyn_cast<VarDecl>(reference->getDecl());
    if (variable && variable->hasGlobalStorage() &&
        !variable->getType().isConstQualified() && !variable->isConstexpr() &&
        changed(*variable))
      found = variable->isStaticLocal()
                  ? keeps_static(variable->getNameAsString())
                  : reads_mutable(spelled(reference->getSourceRange(),
                                          variable->getNameAsString()));
    return found.empty();
  }
  bool VisitCallExpr(CallExpr *call) {
    const FunctionDecl *callee = call->getDirectCallee();
    if (constructions_.count(call))
      return true;
    if (!callee) { // through a pointer, or a dependent call
      found = calls_unknown(spelled(call->getCallee()->getSourceRange(), "?"));
      return false;
    }
    std::string name = isa<CXXOperatorCallExpr>(call) || isa<CXXMemberCallExpr>(call)
                           ? callee->getQualifiedNameAsString()
                           : spelled(call->getCallee()->getSourceRange(),
                                     callee->getQualifiedNameAsString());
    judge(*callee, name);
    return found.empty();
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *construct) {
    if (constructions_.count(construct))
      return true;
    judge(*construct->getConstructor(),
          construct->getConstructor()->getParent()->getQualifiedNameAsString());
    return found.empty();
  }
  std::string found;

private:
  // A library function by what is known of it; the project's by its body.
  void judge(const FunctionDecl &callee, const std::string &name) {
    const SourceManager &sources = context_.getSourceManager();
    if (library_function(callee, sources)) {
      if (!known_pure_library_function(callee.getQualifiedNameAsString()))
        found = calls_unknown(name);
      return;
    }
    const FunctionDecl *definition = callee.getDefinition();
    if (!definition || !definition->hasBody()) {
      // (An implicit constructor or destructor of a project class: what
      // its members' own do, which are visited where they are spelled.)
      if (!callee.isImplicit() && !callee.isDefaulted())
        found = calls_unknown(name);
      return;
    }
    if (!entered_.insert(definition).second)
      return; // being judged, or judged harmless
    FrozenValues inner(context_, constructions_, entered_);
    if (const auto *constructor = dyn_cast<CXXConstructorDecl>(definition))
      for (const CXXCtorInitializer *init : constructor->inits())
        if (inner.found.empty() && init->getInit())
          inner.TraverseStmt(init->getInit());
    if (inner.found.empty())
      inner.TraverseStmt(definition->getBody());
    if (!inner.found.empty())
      found = calls_through(name, inner.found);
  }
  bool changed(const VarDecl &variable) {
    auto [known, added] = changed_.try_emplace(&variable, false);
    if (added)
      known->second = changed_by_code(context_, variable);
    return known->second;
  }
  // As the file spells it (`std::time`), else `fallback`.
  std::string spelled(SourceRange range, const std::string &fallback) const {
    const SourceManager &sources = context_.getSourceManager();
    std::string text =
        Lexer::getSourceText(CharSourceRange::getTokenRange(range), sources,
                             context_.getLangOpts())
            .str();
    return text.empty() || text.size() > 60 ? fallback : text;
  }
  ASTContext &context_;
  const std::set<const Expr *> &constructions_;
  std::set<const FunctionDecl *> &entered_;
  std::map<const VarDecl *, bool> changed_;
};

} // namespace

std::string frozen_value_in(ASTContext &context, const Stmt &code,
                            const std::set<const Expr *> &constructions) {
  std::set<const FunctionDecl *> entered;
  FrozenValues frozen(context, constructions, entered);
  frozen.TraverseStmt(const_cast<Stmt *>(&code));
  return frozen.found;
}

} // namespace hoist::cpp
