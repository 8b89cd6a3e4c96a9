#include "cpp/invoke_path.h"

#include <deque>
#include <set>

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/FileManager.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include "cpp/built_once.h"
#include "cpp/member_inits.h"

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

// The library calls that run a function they are given, now or on another
// thread the handler waits for: that function is called too.
bool runs_its_arguments(const NamedDecl *callee) {
  if (!callee)
    return false;
  std::string name = callee->getQualifiedNameAsString();
  return name == "std::async" || name == "std::invoke" ||
         name == "std::thread::thread" || name == "std::jthread::jthread";
}

// The function an argument names (`worker`, `&worker`), if any.
const FunctionDecl *named_function(const Expr *argument) {
  const Expr *bare = argument->IgnoreImplicit()->IgnoreParenImpCasts();
  if (const auto *address = dyn_cast<UnaryOperator>(bare);
      address && address->getOpcode() == UO_AddrOf)
    bare = address->getSubExpr()->IgnoreParenImpCasts();
  const auto *reference = dyn_cast<DeclRefExpr>(bare);
  return reference ? dyn_cast<FunctionDecl>(reference->getDecl()) : nullptr;
}

// The directory the project's code is in: the main file's repository (the
// nearest directory above it with .git), else the main file's directory.
std::string project_root(const SourceManager &sources) {
  const FileEntry *main = sources.getFileEntryForID(sources.getMainFileID());
  if (!main)
    return {};
  llvm::SmallString<256> file(main->getName());
  sources.getFileManager().makeAbsolutePath(file);
  llvm::sys::path::remove_dots(file, /*remove_dot_dot=*/true);
  llvm::StringRef directory = llvm::sys::path::parent_path(file);
  for (llvm::StringRef dir = directory; !dir.empty();
       dir = llvm::sys::path::parent_path(dir)) {
    llvm::SmallString<256> git(dir);
    llvm::sys::path::append(git, ".git");
    if (llvm::sys::fs::exists(git))
      return dir.str();
  }
  return directory.str();
}

// The calls in one function body to functions with a body worth entering:
// the project's own (in the main file, or in a header of the project that is
// not a system header), outside library namespaces.
class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  CallCollector(const SourceManager &sources, const std::string &root,
                std::set<const Stmt *> once)
      : sources_(sources), root_(root), once_(std::move(once)) {}

  bool TraverseStmt(Stmt *statement, DataRecursionQueue *queue = nullptr) {
    if (once_.count(statement))
      return true; // runs once, not on every invocation
    return RecursiveASTVisitor::TraverseStmt(statement, queue);
  }

  bool VisitCallExpr(CallExpr *call) {
    note(call->getDirectCallee(), call);
    if (runs_its_arguments(call->getDirectCallee()))
      for (const Expr *argument : call->arguments())
        note(named_function(argument), call);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *construct) {
    note(construct->getConstructor(), construct);
    if (runs_its_arguments(construct->getConstructor()))
      for (const Expr *argument : construct->arguments())
        note(named_function(argument), construct);
    return true;
  }

  std::vector<std::pair<const FunctionDecl *, const Expr *>> calls;

private:
  void note(const FunctionDecl *callee, const Expr *call) {
    if (!callee)
      return;
    const FunctionDecl *definition = callee->getDefinition();
    if (!definition || !definition->hasBody() ||
        library_function(*definition, sources_) ||
        !in_project(definition->getLocation()))
      return;
    calls.emplace_back(definition, call);
  }
  bool in_project(SourceLocation location) const {
    FileID file = sources_.getFileID(sources_.getExpansionLoc(location));
    if (file == sources_.getMainFileID())
      return true;
    const FileEntry *entry = sources_.getFileEntryForID(file);
    if (!entry)
      return false;
    llvm::SmallString<256> path(entry->getName());
    sources_.getFileManager().makeAbsolutePath(path);
    llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    return !root_.empty() && llvm::StringRef(path).startswith(root_ + "/");
  }
  const SourceManager &sources_;
  const std::string &root_;
  const std::set<const Stmt *> once_;
};

} // namespace

bool library_function(const FunctionDecl &function,
                      const SourceManager &sources) {
  return in_library_namespace(function) ||
         sources.isInSystemHeader(function.getLocation());
}

InvokePath find_invoke_path(ASTContext &context, const FunctionDecl *handler,
                            bool follow_calls) {
  InvokePath path;
  path[handler] = {};
  if (!follow_calls)
    return path;
  std::deque<const FunctionDecl *> queue{handler};
  const std::string root = project_root(context.getSourceManager());
  // Breadth first: the first way a function is reached is a shortest one.
  while (!queue.empty()) {
    const FunctionDecl *function = queue.front();
    queue.pop_front();
    CallCollector collector(context.getSourceManager(), root,
                            built_once(context, function->getBody()));
    // (A constructor runs what builds its members first.)
    for (const MemberInit &init : member_inits(*function))
      collector.TraverseStmt(const_cast<Expr *>(init.expression));
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
