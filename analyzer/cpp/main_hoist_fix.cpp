#include "cpp/main_hoist_fix.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Lex/Lexer.h>

#include <set>

#include "cpp/main_hoist_edits.h"

namespace hoist::cpp {
namespace {

using namespace clang;

std::string text_of(ASTContext &context, SourceRange range) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(range),
                              context.getSourceManager(), context.getLangOpts())
      .str();
}

// Whether an initializer only uses what main() can see too: globals,
// functions, enumerators, and the variables moved before it.
class VisibleFromMain : public RecursiveASTVisitor<VisibleFromMain> {
public:
  explicit VisibleFromMain(const std::set<const VarDecl *> &moved)
      : moved_(moved) {}

  bool VisitDeclRefExpr(DeclRefExpr *reference) {
    const ValueDecl *decl = reference->getDecl();
    if (isa<FunctionDecl>(decl) || isa<EnumConstantDecl>(decl))
      return true;
    if (const auto *variable = dyn_cast<VarDecl>(decl);
        variable && moved_.count(variable))
      return true;
    if (const auto *variable = dyn_cast<VarDecl>(decl);
        variable && variable->hasGlobalStorage() && !variable->isStaticLocal())
      return true;
    blocker = decl->getNameAsString();
    return false;
  }
  bool VisitCXXThisExpr(CXXThisExpr *) {
    blocker = "this";
    return false;
  }
  std::string blocker;

private:
  const std::set<const VarDecl *> &moved_;
};

// What main() holds that the fix must respect.
class MainBody : public RecursiveASTVisitor<MainBody> {
public:
  bool VisitCallExpr(CallExpr *call) {
    if (const FunctionDecl *callee = call->getDirectCallee();
        callee && callee->getQualifiedNameAsString() == "Aws::InitAPI")
      init_calls.push_back(call->getBeginLoc());
    return true;
  }
  bool VisitVarDecl(VarDecl *variable) {
    names.push_back(variable->getNameAsString());
    return true;
  }
  std::vector<SourceLocation> init_calls;
  std::vector<std::string> names;
};

// The variable's type as the new parameter spells it: as written, unless it
// is deduced (`auto`), then the canonical type without default template
// arguments (std::unique_ptr<Aws::S3::S3Client>, not the library's aliases).
std::string spelled_type(ASTContext &context, const VarDecl &variable,
                         PrintingPolicy policy) {
  const TypeSourceInfo *written = variable.getTypeSourceInfo();
  if (written && !written->getType()->getContainedAutoType())
    return text_of(context, written->getTypeLoc().getSourceRange());
  policy.SuppressDefaultTemplateArgs = true;
  policy.FullyQualifiedName = true;
  policy.SuppressScope = false;
  QualType type = variable.getType().getCanonicalType();
  return type.getAsString(policy);
}

const FunctionDecl *find_main(ASTContext &context) {
  for (const Decl *decl : context.getTranslationUnitDecl()->decls())
    if (const auto *function = dyn_cast<FunctionDecl>(decl);
        function && function->isMain() && function->hasBody() &&
        context.getSourceManager().isInMainFile(function->getLocation()))
      return function;
  return nullptr;
}

bool contains(const SourceManager &sources, SourceRange outer,
              SourceLocation inner) {
  return !sources.isBeforeInTranslationUnit(inner, outer.getBegin()) &&
         !sources.isBeforeInTranslationUnit(outer.getEnd(), inner);
}


// A byte offset in the main file.
std::size_t offset_of(const SourceManager &sources, SourceLocation location) {
  return sources.getFileOffset(sources.getExpansionLoc(location));
}

std::size_t end_of_token(ASTContext &context, SourceLocation location) {
  const SourceManager &sources = context.getSourceManager();
  return offset_of(sources, Lexer::getLocForEndOfToken(
                                sources.getExpansionLoc(location), 0, sources,
                                context.getLangOpts()));
}

} // namespace

MainHoist
hoist_to_main(ASTContext &context, const LambdaHandler &handler,
              const HandlerScan &scan,
              const std::vector<const Construction *> &constructions) {
  MainHoist result;
  const SourceManager &sources = context.getSourceManager();
  const FunctionDecl *function = handler.function;
  MainHoistFacts facts;
  facts.handler_name = handler.name;
  facts.passed_to_run_handler = handler.run_handler != nullptr;
  const FunctionDecl *main = find_main(context);
  facts.run_handler_in_main =
      handler.run_handler && main &&
      contains(sources, main->getBody()->getSourceRange(),
               handler.run_handler->getBeginLoc());
  facts.passed_by_name =
      !isa<CXXMethodDecl>(function) &&
      (handler.named_argument || handler.forwarding_lambda);
  auto references = scan.references.find(function->getCanonicalDecl());
  facts.named_elsewhere =
      references != scan.references.end() && references->second > 1;
  MainBody main_body;
  if (main)
    main_body.TraverseStmt(main->getBody());
  std::set<const VarDecl *> moved;
  for (const Construction *construction : constructions) {
    VisibleFromMain visible(moved);
    visible.TraverseStmt(const_cast<Expr *>(construction->variable->getInit()));
    if (facts.unseen.empty())
      facts.unseen = visible.blocker;
    const std::string name = construction->variable->getNameAsString();
    for (const std::string &taken : main_body.names)
      if (taken == name && facts.taken.empty())
        facts.taken = name;
    facts.needs_sdk = facts.needs_sdk || construction->api->sdk_object;
    moved.insert(construction->variable);
  }
  for (SourceLocation call : main_body.init_calls)
    facts.sdk_initialized =
        facts.sdk_initialized ||
        (handler.run_handler &&
         sources.isBeforeInTranslationUnit(
             call, handler.run_handler->getBeginLoc()));
  result.why_not = main_hoist_blocker(facts);
  if (!result.why_not.empty())
    return result;

  MainHoistPlace place;
  place.handler_name = handler.name;
  place.run_handler = offset_of(sources, handler.run_handler->getBeginLoc());
  place.parameters_end = end_of_token(
      context,
      function->getParamDecl(function->getNumParams() - 1)->getEndLoc());
  if (handler.named_argument) {
    const ParmVarDecl *first = function->getParamDecl(0);
    place.named_argument =
        TextRange{offset_of(sources, handler.named_argument->getBeginLoc()),
                  end_of_token(context, handler.named_argument->getEndLoc())};
    place.request_name = first->getNameAsString();
    place.request_type = text_of(
        context, first->getTypeSourceInfo()->getTypeLoc().getSourceRange());
  } else {
    const LambdaExpr *lambda = handler.forwarding_lambda;
    place.capture_end =
        offset_of(sources, lambda->getIntroducerRange().getEnd());
    place.captures_all_by_reference = lambda->getCaptureDefault() == LCD_ByRef;
    place.captures_listed =
        lambda->getCaptureDefault() != LCD_None ||
        lambda->explicit_capture_begin() != lambda->explicit_capture_end();
    place.forwarding_call_end =
        offset_of(sources, handler.forwarding_call->getRParenLoc());
  }
  PrintingPolicy policy = context.getPrintingPolicy();
  std::vector<MovedDeclaration> declarations;
  for (const Construction *construction : constructions) {
    const Stmt &statement = *construction->statement;
    declarations.push_back(
        {{offset_of(sources, statement.getBeginLoc()),
          end_of_token(context, statement.getEndLoc())},
         construction->variable->getNameAsString(),
         spelled_type(context, *construction->variable, policy)});
  }
  const FileID file = sources.getMainFileID();
  const SourceLocation file_start = sources.getLocForStartOfFile(file);
  for (const TextEdit &edit :
       main_hoist_edits(sources.getBufferData(file), place, declarations))
    result.edits.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getCharRange(
            file_start.getLocWithOffset(edit.range.begin),
            file_start.getLocWithOffset(edit.range.end)),
        edit.new_text));
  return result;
}

} // namespace hoist::cpp
