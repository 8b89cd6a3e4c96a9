#include "cpp/construction_finder.h"

#include <set>

#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>

#include "cpp/built_once.h"
#include "cpp/invoke_path.h"
#include "cpp/member_inits.h"
#include "cpp/strip_temporaries.h"

namespace hoist::cpp {
namespace {

using namespace clang;

std::string class_name(QualType type) {
  if (const CXXRecordDecl *record =
          type.getNonReferenceType()->getAsCXXRecordDecl())
    return record->getQualifiedNameAsString();
  return {};
}

// The `new` a smart pointer is built from and owns
// (`std::unique_ptr<T> p(new T)`, `auto p = std::unique_ptr<T>(new T)`),
// which it deletes: else `init` itself.
const Expr *owned_allocation(const Expr *init) {
  const auto *construct = dyn_cast<CXXConstructExpr>(init);
  if (!construct || construct->getNumArgs() == 0)
    return init;
  const CXXRecordDecl *record = construct->getType()->getAsCXXRecordDecl();
  if (!record || !record->isInStdNamespace() ||
      (record->getName() != "unique_ptr" && record->getName() != "shared_ptr"))
    return init;
  const Expr *owned = strip_temporaries(construct->getArg(0));
  return isa<CXXNewExpr>(owned) ? owned : init;
}

class Finder : public RecursiveASTVisitor<Finder> {
public:
  Finder(const CppCatalogue &catalogue, const SourceManager &sources,
         std::set<const Stmt *> once)
      : catalogue_(catalogue), sources_(sources), once_(std::move(once)) {}

  bool shouldVisitLambdaBodies() const { return true; }

  bool TraverseStmt(Stmt *statement, DataRecursionQueue *queue = nullptr) {
    if (once_.count(statement))
      return true; // built once, as a static's initializer is
    return RecursiveASTVisitor::TraverseStmt(statement, queue);
  }

  // A default argument the call leaves to the callee is built at the call.
  bool TraverseCXXDefaultArgExpr(CXXDefaultArgExpr *argument,
                                 DataRecursionQueue * = nullptr) {
    return TraverseStmt(run_default_argument(*argument, sources_));
  }

  bool VisitDeclStmt(DeclStmt *statement) {
    current_statement_ = statement; // its declarations are visited next
    return true;
  }

  bool VisitVarDecl(VarDecl *variable) {
    if (!variable->hasInit())
      return true;
    const Expr *init =
        owned_allocation(strip_temporaries(variable->getInit()));
    if (variable->isStaticLocal())
      return true; // built once, at first use (built_once.h)
    std::size_t before = found.size();
    inspect(init);
    if (found.size() > before) {
      found.back().variable = variable;
      if (current_statement_ && current_statement_->isSingleDecl() &&
          current_statement_->getSingleDecl() == variable)
        found.back().statement = current_statement_;
    }
    return true;
  }

  // A member the constructor builds: the member itself, and what its
  // initializer builds on the way.
  void add_member(const MemberInit &init) {
    std::size_t before = found.size();
    inspect(owned_allocation(strip_temporaries(init.expression)));
    if (found.size() > before)
      found.back().member = init.initializer;
    TraverseStmt(const_cast<Expr *>(init.expression));
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *construct) {
    inspect(construct);
    return true;
  }
  // Aggregate initialization builds the members from the list's elements
  // (a copy builds nothing), and those the list leaves out by their own
  // initializers or by default (`Settings s{};`), which only the list's
  // implicit form holds: such a member is placed at its declaration.
  bool VisitInitListExpr(InitListExpr *list) {
    for (const AggregateInit &init : aggregate_inits(*list)) {
      std::size_t before = found.size();
      inspect(owned_allocation(strip_temporaries(init.expression)));
      if (init.written)
        continue;
      if (found.size() > before)
        found.back().field = init.field;
      TraverseStmt(const_cast<Expr *>(init.expression));
    }
    return true;
  }
  bool VisitCXXNewExpr(CXXNewExpr *allocation) {
    inspect(allocation);
    return true;
  }
  bool VisitCallExpr(CallExpr *call) {
    inspect(call);
    return true;
  }
  // A map's `operator[]` builds the element a key lacks
  // (`by_region[region]`).
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *call) {
    const auto *method = dyn_cast_or_null<CXXMethodDecl>(call->getDirectCallee());
    if (method && call->getOperator() == OO_Subscript &&
        builds_element("operator[]", method->getParent()->getName()))
      add_element(method->getParent(), call);
    return true;
  }
  // A standard container builds its elements: `std::vector<S3Client>
  // clients(3)`, `by_region.emplace("us-east-1", Aws::Client::
  // ClientConfiguration{})`; given an existing one, it copies or moves it
  // (`by_region.emplace("us-east-1", config)`: element_arguments_start).
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *call) {
    const CXXMethodDecl *method = call->getMethodDecl();
    if (!method || !method->getIdentifier() ||
        !builds_element(method->getName(), method->getParent()->getName()))
      return true;
    const std::size_t start = element_arguments_start(
        method->getName(), method->getParent()->getName());
    const Expr *source = call->getNumArgs() == start + 1
                             ? call->getArg(start)->IgnoreImplicit()
                             : nullptr;
    add_element(method->getParent(), call,
                source && source->isGLValue() ? class_name(source->getType())
                                              : std::string());
    return true;
  }

  std::vector<Construction> found;

private:
  // Records `expression` if it builds something catalogued; each expression
  // once, whichever visit sees it first.
  void inspect(const Expr *expression) {
    if (!seen_.insert(expression).second)
      return;
    if (const auto *construct = dyn_cast<CXXConstructExpr>(expression)) {
      const CXXConstructorDecl *constructor = construct->getConstructor();
      if (constructor->isCopyOrMoveConstructor())
        return;
      // (A container's count constructor builds that many elements, and
      // the implicit one of `std::array<S3Client, 2>` each of them.)
      if ((constructor->getNumParams() > 0 &&
           constructor->getParamDecl(0)->getType()->isIntegerType()) ||
          (constructor->isImplicit() && constructor->isDefaultConstructor()))
        add_element(constructor->getParent(), expression);
      // An array's elements (`S3Client clients[2];`).
      if (const Type *type = construct->getType().getTypePtr();
          type->isArrayType()) {
        add(class_name(QualType(type->getBaseElementTypeUnsafe(), 0)),
            CppApi::Kind::Class, expression);
        if (found.size() && found.back().expr == expression)
          found.back().element = true;
        return;
      }
      add(class_name(construct->getType()), CppApi::Kind::Class, expression);
    } else if (const auto *allocation = dyn_cast<CXXNewExpr>(expression)) {
      if (const Expr *init = allocation->getInitializer())
        seen_.insert(strip_temporaries(init));
      add(class_name(allocation->getAllocatedType()), CppApi::Kind::Class,
          expression);
    } else if (const auto *call = dyn_cast<CallExpr>(expression)) {
      const FunctionDecl *callee = call->getDirectCallee();
      if (!callee)
        return;
      const std::string name = callee->getQualifiedNameAsString();
      if (is_object_factory(name)) {
        if (const TemplateArgumentList *arguments =
                callee->getTemplateSpecializationArgs();
            arguments && arguments->size() > 0 &&
            arguments->get(0).getKind() == TemplateArgument::Type)
          add(class_name(arguments->get(0).getAsType()), CppApi::Kind::Class,
              expression);
        return;
      }
      // A function the file defines is its own, named like the library's
      // or not (`static int redisConnect(...) {...}`).
      if (const FunctionDecl *definition = callee->getDefinition();
          definition &&
          sources_.isInMainFile(sources_.getExpansionLoc(definition->getLocation())))
        return;
      add(name, CppApi::Kind::Function, expression);
    }
  }

  // A construction of the catalogued class a standard container holds,
  // unless the element is `copied` from an existing object of that class.
  void add_element(const CXXRecordDecl *container, const Expr *expression,
                   const std::string &copied = {}) {
    const auto *specialization =
        dyn_cast_or_null<ClassTemplateSpecializationDecl>(container);
    if (!specialization || !specialization->isInStdNamespace())
      return;
    for (const TemplateArgument &argument :
         specialization->getTemplateArgs().asArray())
      if (argument.getKind() == TemplateArgument::Type &&
          catalogue_.match(class_name(argument.getAsType()),
                           CppApi::Kind::Class)) {
        if (class_name(argument.getAsType()) == copied)
          return;
        add(class_name(argument.getAsType()), CppApi::Kind::Class, expression);
        found.back().element = true;
        return;
      }
  }

  void add(const std::string &name, CppApi::Kind kind, const Expr *expression) {
    if (name.empty())
      return;
    if (const CppApi *api = catalogue_.match(name, kind))
      found.push_back({api, name, expression});
  }

  const CppCatalogue &catalogue_;
  const SourceManager &sources_;
  const std::set<const Stmt *> once_;
  std::set<const Expr *> seen_;
  const DeclStmt *current_statement_ = nullptr;
};

} // namespace

bool is_object_factory(const std::string &name) {
  return name == "std::make_shared" || name == "std::make_unique" ||
         name == "Aws::MakeShared" || name == "Aws::MakeUnique" ||
         name == "Aws::New";
}

std::vector<Construction> find_constructions(const FunctionDecl &function,
                                             const CppCatalogue &catalogue) {
  Finder finder(catalogue, function.getASTContext().getSourceManager(),
                built_once(function.getASTContext(), function.getBody()));
  for (const MemberInit &init : member_inits(function))
    finder.add_member(init);
  finder.TraverseStmt(function.getBody());
  return std::move(finder.found);
}

} // namespace hoist::cpp
