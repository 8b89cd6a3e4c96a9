#include "cpp/invoke_path.h"

#include <deque>

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>

namespace hoist::cpp {
namespace {

using namespace clang;

bool in_library_namespace(const FunctionDecl &function) {
  const DeclContext *context = function.getDeclContext();
  const NamespaceDecl *outermost = nullptr;
  for (; context; context = context->getParent())
    if (const auto *ns = dyn_cast<NamespaceDecl>(context))
      outermost = ns;
  if (!outermost)
    return false;
  llvm::StringRef name = outermost->getName();
  return name == "std" || name == "Aws" || name == "aws" || name == "__gnu_cxx";
}

// The calls in one function body to functions with a body worth entering.
class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  explicit CallCollector(const SourceManager &sources) : sources_(sources) {}

  bool VisitCallExpr(CallExpr *call) {
    note(call->getDirectCallee(), call);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *construct) {
    note(construct->getConstructor(), construct);
    return true;
  }

  std::vector<std::pair<const FunctionDecl *, const Expr *>> calls;

private:
  void note(const FunctionDecl *callee, const Expr *call) {
    if (!callee)
      return;
    const FunctionDecl *definition = callee->getDefinition();
    if (!definition || !definition->hasBody() ||
        in_library_namespace(*definition) ||
        sources_.isInSystemHeader(definition->getLocation()))
      return;
    calls.emplace_back(definition, call);
  }
  const SourceManager &sources_;
};

} // namespace

InvokePath find_invoke_path(ASTContext &context, const FunctionDecl *handler,
                            bool follow_calls) {
  InvokePath path;
  path[handler] = {};
  if (!follow_calls)
    return path;
  std::deque<const FunctionDecl *> queue{handler};
  // Breadth first: the first way a function is reached is a shortest one.
  while (!queue.empty()) {
    const FunctionDecl *function = queue.front();
    queue.pop_front();
    CallCollector collector(context.getSourceManager());
    collector.TraverseStmt(function->getBody());
    for (const auto &[callee, call] : collector.calls)
      if (path.emplace(callee, CallStep{function, call}).second)
        queue.push_back(callee);
  }
  return path;
}

std::vector<const FunctionDecl *> call_chain(const InvokePath &path,
                                             const FunctionDecl *function) {
  std::vector<const FunctionDecl *> chain;
  for (const FunctionDecl *at = function; at;) {
    chain.insert(chain.begin(), at);
    auto step = path.find(at);
    at = step == path.end() ? nullptr : step->second.caller;
  }
  return chain;
}

} // namespace hoist::cpp
