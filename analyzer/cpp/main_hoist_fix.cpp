#include "cpp/main_hoist_fix.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Lex/Lexer.h>

#include <set>

namespace hoist::cpp {
namespace {

using namespace clang;

std::string text_of(ASTContext &context, SourceRange range) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(range),
                              context.getSourceManager(), context.getLangOpts())
      .str();
}

// The whole lines of a statement when nothing else shares them, else just
// the statement: what removing it should remove.
CharSourceRange removal_range(ASTContext &context, const Stmt &statement) {
  const SourceManager &sources = context.getSourceManager();
  SourceLocation begin = sources.getExpansionLoc(statement.getBeginLoc());
  SourceLocation end =
      Lexer::getLocForEndOfToken(sources.getExpansionLoc(statement.getEndLoc()),
                                 0, sources, context.getLangOpts());
  auto [file, begin_offset] = sources.getDecomposedLoc(begin);
  unsigned end_offset = sources.getFileOffset(end);
  llvm::StringRef buffer = sources.getBufferData(file);
  unsigned line_start = begin_offset;
  while (line_start > 0 &&
         (buffer[line_start - 1] == ' ' || buffer[line_start - 1] == '\t'))
    --line_start;
  unsigned line_end = end_offset;
  while (line_end < buffer.size() &&
         (buffer[line_end] == ' ' || buffer[line_end] == '\t'))
    ++line_end;
  bool alone = (line_start == 0 || buffer[line_start - 1] == '\n') &&
               (line_end == buffer.size() || buffer[line_end] == '\n');
  if (!alone || line_start == 0)
    return CharSourceRange::getTokenRange(
        begin, sources.getExpansionLoc(statement.getEndLoc()));
  // From the end of the line before to the end of the statement's last
  // line: the line goes, its neighbours stay as they were.
  SourceLocation file_start = sources.getLocForStartOfFile(file);
  return CharSourceRange::getCharRange(
      file_start.getLocWithOffset(line_start - 1),
      file_start.getLocWithOffset(line_end));
}

// The indentation of the line `location` is on.
std::string indentation_at(ASTContext &context, SourceLocation location) {
  const SourceManager &sources = context.getSourceManager();
  auto [file, offset] =
      sources.getDecomposedLoc(sources.getExpansionLoc(location));
  llvm::StringRef buffer = sources.getBufferData(file);
  unsigned start = offset;
  while (start > 0 && buffer[start - 1] != '\n')
    --start;
  unsigned end = start;
  while (end < buffer.size() && (buffer[end] == ' ' || buffer[end] == '\t'))
    ++end;
  return buffer.substr(start, end - start).str();
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

} // namespace

MainHoist
hoist_to_main(ASTContext &context, const LambdaHandler &handler,
              const HandlerScan &scan,
              const std::vector<const Construction *> &constructions) {
  MainHoist result;
  const SourceManager &sources = context.getSourceManager();
  const FunctionDecl *function = handler.function;
  if (!handler.run_handler) {
    result.why_not = "no run_handler call passes this handler";
    return result;
  }
  const FunctionDecl *main = find_main(context);
  if (!main || !contains(sources, main->getBody()->getSourceRange(),
                         handler.run_handler->getBeginLoc())) {
    result.why_not = "the run_handler call is not in this file's main()";
    return result;
  }
  if (isa<CXXMethodDecl>(function) ||
      (!handler.named_argument && !handler.forwarding_lambda)) {
    result.why_not = "run_handler is not given the handler function by name";
    return result;
  }
  auto references = scan.references.find(function->getCanonicalDecl());
  if (references != scan.references.end() && references->second > 1) {
    result.why_not = "'" + handler.name +
                     "' is called elsewhere too, and a new parameter would "
                     "break those calls";
    return result;
  }
  MainBody main_body;
  main_body.TraverseStmt(main->getBody());
  bool sdk_object = false;
  std::set<const VarDecl *> moved;
  for (const Construction *construction : constructions) {
    VisibleFromMain visible(moved);
    visible.TraverseStmt(const_cast<Expr *>(construction->variable->getInit()));
    if (!visible.blocker.empty()) {
      result.why_not = "its initializer uses '" + visible.blocker +
                       "', which main() cannot see";
      return result;
    }
    const std::string name = construction->variable->getNameAsString();
    for (const std::string &taken : main_body.names)
      if (taken == name) {
        result.why_not = "main() already declares a '" + name + "'";
        return result;
      }
    sdk_object = sdk_object || construction->api->sdk_object;
    moved.insert(construction->variable);
  }
  if (sdk_object) {
    bool initialized = false;
    for (SourceLocation call : main_body.init_calls)
      initialized =
          initialized || sources.isBeforeInTranslationUnit(
                             call, handler.run_handler->getBeginLoc());
    if (!initialized) {
      result.why_not =
          "main() does not call Aws::InitAPI before run_handler, so it has "
          "no place where the SDK is ready";
      return result;
    }
  }

  // Each declaration moves from the handler to main(), just before
  // run_handler, and the handler takes it by reference.
  const SourceLocation run_line = handler.run_handler->getBeginLoc();
  const std::string indent = indentation_at(context, run_line);
  SourceLocation line_start = sources.translateLineCol(
      sources.getMainFileID(), sources.getExpansionLineNumber(run_line), 1);
  std::string declarations, parameters, captures, arguments;
  PrintingPolicy policy = context.getPrintingPolicy();
  for (const Construction *construction : constructions) {
    const VarDecl *variable = construction->variable;
    const std::string name = variable->getNameAsString();
    result.edits.push_back(FixItHint::CreateRemoval(
        removal_range(context, *construction->statement)));
    declarations +=
        indent + text_of(context, construction->statement->getSourceRange()) +
        "\n";
    parameters += ", " + spelled_type(context, *variable, policy) + " &" + name;
    captures += (captures.empty() ? "&" : ", &") + name;
    arguments += ", " + name;
  }
  result.edits.push_back(FixItHint::CreateInsertion(line_start, declarations));
  const ParmVarDecl *request =
      function->getParamDecl(function->getNumParams() - 1);
  result.edits.push_back(FixItHint::CreateInsertion(
      Lexer::getLocForEndOfToken(request->getEndLoc(), 0, sources,
                                 context.getLangOpts()),
      parameters));
  if (handler.named_argument) {
    const ParmVarDecl *first = function->getParamDecl(0);
    const std::string request_name =
        first->getName().empty() ? "request" : first->getNameAsString();
    const std::string request_type = text_of(
        context, first->getTypeSourceInfo()->getTypeLoc().getSourceRange());
    result.edits.push_back(FixItHint::CreateReplacement(
        handler.named_argument->getSourceRange(),
        "[" + captures + "](" + request_type + " " + request_name +
            ") { return " + handler.name + "(" + request_name + arguments +
            "); }"));
  } else {
    const LambdaExpr *lambda = handler.forwarding_lambda;
    // `[&]` captures them already; otherwise they join the capture list.
    if (lambda->getCaptureDefault() != LCD_ByRef) {
      bool listed =
          lambda->getCaptureDefault() != LCD_None ||
          lambda->explicit_capture_begin() != lambda->explicit_capture_end();
      result.edits.push_back(
          FixItHint::CreateInsertion(lambda->getIntroducerRange().getEnd(),
                                     (listed ? ", " : "") + captures));
    }
    result.edits.push_back(FixItHint::CreateInsertion(
        handler.forwarding_call->getRParenLoc(), arguments));
  }
  return result;
}

} // namespace hoist::cpp
