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
#include "cpp/construction_finder.h"
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
// thread the handler waits for: that function is called too, there.
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

// The constructor of `built` that a library function's instantiation runs,
// through the library code it calls (std::make_shared's allocate_shared,
// shared_ptr's control block, ::new), within `depth` calls.
const CXXConstructorDecl *constructor_run(const FunctionDecl *function,
                                          const CXXRecordDecl *built,
                                          std::set<const FunctionDecl *> &seen,
                                          int depth) {
  if (!function || depth == 0 || !function->hasBody() ||
      !seen.insert(function).second)
    return nullptr;
  struct Search : RecursiveASTVisitor<Search> {
    const CXXRecordDecl *built;
    std::vector<const FunctionDecl *> callees;
    const CXXConstructorDecl *found = nullptr;
    bool VisitCXXConstructExpr(CXXConstructExpr *construct) {
      const CXXRecordDecl *record = construct->getConstructor()->getParent();
      if (record->getCanonicalDecl() == built->getCanonicalDecl())
        found = construct->getConstructor();
      else
        callees.push_back(construct->getConstructor());
      return !found;
    }
    bool VisitCallExpr(CallExpr *call) {
      callees.push_back(call->getDirectCallee());
      return true;
    }
  } search;
  search.built = built;
  search.TraverseStmt(function->getBody());
  if (const auto *constructor = dyn_cast<CXXConstructorDecl>(function))
    for (const CXXCtorInitializer *init : constructor->inits())
      if (!search.found && init->getInit())
        search.TraverseStmt(init->getInit());
  if (search.found)
    return search.found;
  for (const FunctionDecl *callee : search.callees)
    if (const CXXConstructorDecl *found =
            constructor_run(callee, built, seen, depth - 1))
      return found;
  return nullptr;
}

// The constructor an object factory's call runs (`std::make_unique<Store>()`
// runs `Store::Store()` in the library's code), if it builds a class.
const CXXConstructorDecl *constructor_a_factory_runs(const CallExpr &call) {
  const FunctionDecl *factory = call.getDirectCallee();
  if (!factory || !is_object_factory(factory->getQualifiedNameAsString()))
    return nullptr;
  const TemplateArgumentList *arguments =
      factory->getTemplateSpecializationArgs();
  if (!arguments || arguments->size() == 0 ||
      arguments->get(0).getKind() != TemplateArgument::Type)
    return nullptr;
  const CXXRecordDecl *built = arguments->get(0).getAsType()->getAsCXXRecordDecl();
  if (!built)
    return nullptr;
  std::set<const FunctionDecl *> seen;
  // (libstdc++'s std::make_shared reaches `::new` 7 calls down.)
  constexpr int kLibraryDepth = 12;
  return constructor_run(factory, built, seen, kLibraryDepth);
}

// The methods of the translation unit that override a virtual one, indexed
// on the first virtual call: a call through a base runs any of them.
class Overriders {
public:
  explicit Overriders(ASTContext &context) : context_(context) {}
  const std::vector<const CXXMethodDecl *> &of(const CXXMethodDecl *method) {
    if (!indexed_) {
      indexed_ = true;
      Indexer indexer(by_base_);
      indexer.TraverseDecl(context_.getTranslationUnitDecl());
    }
    return by_base_[method->getCanonicalDecl()];
  }

private:
  using Index =
      std::map<const CXXMethodDecl *, std::vector<const CXXMethodDecl *>>;
  struct Indexer : RecursiveASTVisitor<Indexer> {
    explicit Indexer(Index &index) : by_base(index) {}
    Index &by_base;
    bool VisitCXXMethodDecl(CXXMethodDecl *method) {
      if (method->isThisDeclarationADefinition())
        add(method, method);
      return true;
    }
    void add(const CXXMethodDecl *overrider, const CXXMethodDecl *method) {
      for (const CXXMethodDecl *base : method->overridden_methods()) {
        by_base[base->getCanonicalDecl()].push_back(overrider);
        add(overrider, base);
      }
    }
  };
  ASTContext &context_;
  bool indexed_ = false;
  Index by_base_;
};

// The directory the project's code is in: the main file's repository (the
// nearest directory above it with .git), else the top of the CMake project
// around it (the highest of the directories with a CMakeLists.txt that
// continue up from the nearest one: a tarball of the project has no .git),
// else the main file's directory.
std::string project_root(const SourceManager &sources) {
  const FileEntry *main = sources.getFileEntryForID(sources.getMainFileID());
  if (!main)
    return {};
  llvm::SmallString<256> file(main->getName());
  sources.getFileManager().makeAbsolutePath(file);
  llvm::sys::path::remove_dots(file, /*remove_dot_dot=*/true);
  llvm::StringRef directory = llvm::sys::path::parent_path(file);
  auto has = [](llvm::StringRef dir, llvm::StringRef name) {
    llvm::SmallString<256> path(dir);
    llvm::sys::path::append(path, name);
    return llvm::sys::fs::exists(path);
  };
  llvm::StringRef cmake_project;
  bool above_cmake_project = false;
  for (llvm::StringRef dir = directory; !dir.empty();
       dir = llvm::sys::path::parent_path(dir)) {
    if (has(dir, ".git"))
      return dir.str();
    if (above_cmake_project)
      continue;
    if (has(dir, "CMakeLists.txt"))
      cmake_project = dir;
    else
      above_cmake_project = !cmake_project.empty();
  }
  return (cmake_project.empty() ? directory : cmake_project).str();
}

// The calls in one function body to functions with a body worth entering:
// the project's own (in the main file, or in a header of the project that is
// not a system header), outside library namespaces.
class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  CallCollector(const SourceManager &sources, const std::string &root,
                std::set<const Stmt *> once, Overriders &overriders)
      : sources_(sources), root_(root), once_(std::move(once)),
        overriders_(overriders) {}
  std::vector<UnfollowedCall> unfollowed;

  bool TraverseStmt(Stmt *statement, DataRecursionQueue *queue = nullptr) {
    if (once_.count(statement))
      return true; // runs once, not on every invocation
    return RecursiveASTVisitor::TraverseStmt(statement, queue);
  }
  // A default argument the call leaves to the callee runs at the call.
  bool TraverseCXXDefaultArgExpr(CXXDefaultArgExpr *argument,
                                 DataRecursionQueue * = nullptr) {
    return TraverseStmt(run_default_argument(*argument, sources_));
  }

  bool VisitCallExpr(CallExpr *call) {
    note(call->getDirectCallee(), call);
    note(constructor_a_factory_runs(*call), call);
    if (runs_its_arguments(call->getDirectCallee()))
      for (const Expr *argument : call->arguments())
        note(named_function(argument), call);
    if (const auto *method =
            dyn_cast_or_null<CXXMethodDecl>(call->getDirectCallee());
        method && method->isVirtual())
      for (const CXXMethodDecl *overrider : overriders_.of(method))
        note(overrider, call);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *construct) {
    note(construct->getConstructor(), construct);
    if (runs_its_arguments(construct->getConstructor()))
      for (const Expr *argument : construct->arguments())
        note(named_function(argument), construct);
    return true;
  }
  // Aggregate initialization runs the constructors of the members its list
  // leaves out (`Settings s{};`), which only the list's implicit form holds.
  bool VisitInitListExpr(InitListExpr *list) {
    for (const AggregateInit &init : aggregate_inits(*list))
      if (!init.written)
        TraverseStmt(const_cast<Expr *>(init.expression));
    return true;
  }
  // A function the code names without calling it (`{"put", on_put}` in a
  // routing table, `std::thread t(worker)`) may be called through what
  // holds it: it is on the path.
  bool VisitDeclRefExpr(DeclRefExpr *reference) {
    if (const auto *function = dyn_cast<FunctionDecl>(reference->getDecl()))
      note(function, reference);
    return true;
  }
  // An object's destructor runs at its scope's end (a local, `SdkGuard
  // guard;`), at the full expression's end (a temporary) or at `delete`.
  bool VisitVarDecl(VarDecl *variable) {
    if (variable->isLocalVarDecl() && !variable->isStaticLocal() &&
        variable->getInit())
      note(destructor_of(variable->getType()), variable->getInit());
    return true;
  }
  bool VisitCXXBindTemporaryExpr(CXXBindTemporaryExpr *temporary) {
    note(temporary->getTemporary()->getDestructor(), temporary);
    return true;
  }
  bool VisitCXXDeleteExpr(CXXDeleteExpr *deletion) {
    note(destructor_of(deletion->getDestroyedType()), deletion);
    return true;
  }

  std::vector<std::pair<const FunctionDecl *, const Expr *>> calls;

private:
  void note(const FunctionDecl *callee, const Expr *call) {
    if (!callee || library_function(*callee, sources_) ||
        compilers_own(*callee))
      return;
    const FunctionDecl *definition = callee->getDefinition();
    if (!definition || !definition->hasBody()) {
      // (What the compiler writes, and a pure virtual method, whose
      // overriders are followed, run nothing of the project's here.)
      if (!callee->isImplicit() && !callee->isDefaulted() &&
          !callee->isDeleted() && !callee->isPure() && !callee->getBuiltinID())
        unfollowed.push_back({callee, call, false,
                              project_declares(callee->getLocation())});
    }
    else if (library_function(*definition, sources_))
      return;
    else if (!in_project(definition->getLocation()))
      unfollowed.push_back({definition, call, true});
    else
      calls.emplace_back(definition, call);
  }
  // Whether the compiler declares `function` itself: a builtin
  // (`__builtin_va_start`), or what it declares in no file (the members of
  // va_list's `__va_list_tag`). It runs no code of the project's.
  bool compilers_own(const FunctionDecl &function) const {
    const SourceLocation at = sources_.getExpansionLoc(function.getLocation());
    return function.getBuiltinID() != 0 || at.isInvalid() ||
           sources_.isWrittenInBuiltinFile(at);
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
  // Whether the project declares what is at `location`: in the main file,
  // or in a project header every #include down to it names with quotes
  // (`#include "db.h"`), as a project names its own headers and not a
  // library's (`<libpq-fe.h>`).
  bool project_declares(SourceLocation location) const {
    location = sources_.getExpansionLoc(location);
    if (!in_project(location))
      return false;
    for (FileID file = sources_.getFileID(location);
         file != sources_.getMainFileID();) {
      const SourceLocation include = sources_.getIncludeLoc(file);
      if (include.isInvalid())
        return false; // -include, or the compiler's own
      const FileID includer = sources_.getFileID(include);
      const llvm::StringRef text = sources_.getBufferData(includer);
      const std::size_t at = sources_.getFileOffset(include);
      const std::size_t begin = text.rfind('\n', at) + 1; // (npos + 1: 0)
      const llvm::StringRef line =
          text.slice(begin, text.find('\n', at));
      const std::size_t name = line.find_first_of("\"<", line.find("include"));
      if (name == llvm::StringRef::npos || line[name] != '"')
        return false;
      file = includer;
    }
    return true;
  }
  static const CXXDestructorDecl *destructor_of(QualType type) {
    const CXXRecordDecl *record =
        type.isNull() ? nullptr : type->getAsCXXRecordDecl();
    return record && record->hasDefinition() ? record->getDestructor()
                                             : nullptr;
  }
  const SourceManager &sources_;
  const std::string &root_;
  const std::set<const Stmt *> once_;
  Overriders &overriders_;
};

} // namespace

bool library_function(const FunctionDecl &function,
                      const SourceManager &sources) {
  return in_library_namespace(function) ||
         sources.isInSystemHeader(function.getLocation());
}

Expr *run_default_argument(CXXDefaultArgExpr &argument,
                           const SourceManager &sources) {
  const auto *callee =
      dyn_cast<FunctionDecl>(argument.getParam()->getDeclContext());
  return callee && library_function(*callee, sources) ? nullptr
                                                      : argument.getExpr();
}

InvokePath find_invoke_path(ASTContext &context, const FunctionDecl *handler,
                            bool follow_calls,
                            std::vector<UnfollowedCall> *unfollowed) {
  InvokePath path;
  path[handler] = {};
  if (!follow_calls)
    return path;
  std::deque<const FunctionDecl *> queue{handler};
  const std::string root = project_root(context.getSourceManager());
  Overriders overriders(context);
  // Breadth first: the first way a function is reached is a shortest one.
  while (!queue.empty()) {
    const FunctionDecl *function = queue.front();
    queue.pop_front();
    CallCollector collector(context.getSourceManager(), root,
                            built_once(context, function->getBody()),
                            overriders);
    // (A constructor runs its bases' constructors, or the one it delegates
    // to, and what builds its members first.)
    if (const auto *constructor = dyn_cast<CXXConstructorDecl>(function))
      for (const CXXCtorInitializer *init : constructor->inits())
        if ((init->isBaseInitializer() || init->isDelegatingInitializer()) &&
            init->getInit())
          collector.TraverseStmt(const_cast<Expr *>(init->getInit()));
    for (const MemberInit &init : member_inits(*function))
      collector.TraverseStmt(const_cast<Expr *>(init.expression));
    collector.TraverseStmt(function->getBody());
    for (const auto &[callee, call] : collector.calls)
      if (path.emplace(callee, CallStep{function, call}).second)
        queue.push_back(callee);
    if (unfollowed)
      unfollowed->insert(unfollowed->end(), collector.unfollowed.begin(),
                         collector.unfollowed.end());
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
