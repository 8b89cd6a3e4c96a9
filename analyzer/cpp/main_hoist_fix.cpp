#include "cpp/main_hoist_fix.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMapContext.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Lex/Lexer.h>
#include <llvm/Support/Path.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/identifier_words.h"
#include "cpp/enclosing_conditional.h"
#include "cpp/frozen_values.h"
#include "cpp/frozen_values_in_ast.h"
#include "cpp/invoke_path.h"
#include "cpp/main_hoist_edits.h"

namespace hoist::cpp {
namespace {

using namespace clang;

std::string text_of(ASTContext &context, SourceRange range) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(range),
                              context.getSourceManager(), context.getLangOpts())
      .str();
}

// Whether an initializer only uses what main() can see too, where the
// moved code goes (`place`): globals, functions and enumerators declared
// before it, and the variables moved before it; not a macro the file
// defines after it. An invalid `place` asks nothing of positions (code
// that stays in the handler).
class VisibleFromMain : public RecursiveASTVisitor<VisibleFromMain> {
public:
  VisibleFromMain(const std::set<const VarDecl *> &moved, ASTContext &context,
                  SourceLocation place)
      : moved_(moved), context_(context), place_(place) {}

  bool VisitDeclRefExpr(DeclRefExpr *reference) {
    const ValueDecl *decl = reference->getDecl();
    if (const auto *variable = dyn_cast<VarDecl>(decl);
        variable && moved_.count(variable))
      return true;
    const auto *variable = dyn_cast<VarDecl>(decl);
    if (!(isa<FunctionDecl>(decl) || isa<EnumConstantDecl>(decl) ||
          (variable && variable->hasGlobalStorage() &&
           !variable->isStaticLocal())) ||
        !declared_before_place(*decl)) {
      blocker = decl->getNameAsString();
      return false;
    }
    // Moved, a call runs once: what it does must be seen to be the same
    // (but for the catalogued call that builds the object, which the fix
    // means to run once).
    if (const auto *function = dyn_cast<FunctionDecl>(decl);
        function && place_.isValid() && !function->hasBody() &&
        !library_function(*function, context_.getSourceManager()) &&
        !(built_by && function->getCanonicalDecl() ==
                          built_by->getCanonicalDecl())) {
      blocker = function->getQualifiedNameAsString();
      unseen_call = true;
      return false;
    }
    return true;
  }
  bool VisitStmt(Stmt *statement) {
    // A token of a macro's body is spelled where the macro is defined.
    const SourceManager &sources = context_.getSourceManager();
    SourceLocation at = statement->getBeginLoc();
    if (place_.isInvalid() || !at.isMacroID() ||
        !sources.isMacroBodyExpansion(at))
      return true;
    SourceLocation defined = sources.getSpellingLoc(at);
    if (!sources.isInMainFile(defined) ||
        sources.isBeforeInTranslationUnit(defined, place_))
      return true;
    blocker = Lexer::getImmediateMacroName(at, sources, context_.getLangOpts())
                  .str();
    return false;
  }
  bool VisitCXXThisExpr(CXXThisExpr *) {
    blocker = "this";
    return false;
  }
  // The types the moved declaration spells (`OrdersConfig config;`): an
  // alias or a class the file declares only after main() is not seen there.
  bool VisitTypedefTypeLoc(TypedefTypeLoc type) {
    return type_seen(type.getTypedefNameDecl());
  }
  bool VisitTagTypeLoc(TagTypeLoc type) { return type_seen(type.getDecl()); }
  std::string blocker;
  /// `blocker` is a function whose definition hoist cannot see.
  bool unseen_call = false;
  /// The catalogued function whose call builds the object, if one does.
  const FunctionDecl *built_by = nullptr;

private:
  bool type_seen(const NamedDecl *decl) {
    if (!decl || declared_before_place(*decl))
      return true;
    blocker = decl->getNameAsString();
    return false;
  }
  // Whether main() sees `decl` at the place: declared in a header, or in
  // the main file before it (`static Config make_config();` above main()).
  bool declared_before_place(const Decl &decl) const {
    const SourceManager &sources = context_.getSourceManager();
    if (place_.isInvalid())
      return true;
    for (const Decl *declaration : decl.redecls())
      if (SourceLocation at = sources.getExpansionLoc(declaration->getLocation());
          !sources.isInMainFile(at) ||
          sources.isBeforeInTranslationUnit(at, place_))
        return true;
    return false;
  }
  const std::set<const VarDecl *> &moved_;
  ASTContext &context_;
  SourceLocation place_;
};

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

// Just past the ';' of an expression statement; nullopt when no ';' follows
// its expression (a macro's).
std::optional<std::size_t> end_of_statement(ASTContext &context,
                                            const Stmt &statement) {
  const SourceManager &sources = context.getSourceManager();
  SourceLocation after = Lexer::findLocationAfterToken(
      sources.getExpansionLoc(statement.getEndLoc()), tok::semi, sources,
      context.getLangOpts(), /*SkipTrailingWhitespaceAndNewLine=*/false);
  if (after.isInvalid())
    return std::nullopt;
  return offset_of(sources, after);
}

// The variables a statement names, and whether it calls anything (a call
// may write any global).
class NamedVariables : public RecursiveASTVisitor<NamedVariables> {
public:
  bool VisitDeclRefExpr(DeclRefExpr *reference) {
    if (const auto *variable = dyn_cast<VarDecl>(reference->getDecl()))
      variables.insert(variable);
    return true;
  }
  bool VisitCallExpr(CallExpr *) {
    calls = true;
    return true;
  }
  std::set<const VarDecl *> variables;
  bool calls = false;
};

// The variable a plain assignment statement sets, itself or a member of it
// (`config.region = value;`), and the value; null when it is anything else.
const VarDecl *assigned_variable(const Stmt *statement, const Expr *&value) {
  const Expr *target = nullptr;
  // (`config.region = env_or(...);` assigns a temporary, destroyed after.)
  if (const auto *cleanups = dyn_cast<ExprWithCleanups>(statement))
    statement = cleanups->getSubExpr();
  if (const auto *assignment = dyn_cast<BinaryOperator>(statement);
      assignment && assignment->isAssignmentOp()) {
    target = assignment->getLHS();
    value = assignment->getRHS();
  } else if (const auto *call = dyn_cast<CXXOperatorCallExpr>(statement);
             call && call->isAssignmentOp() && call->getNumArgs() == 2) {
    target = call->getArg(0);
    value = call->getArg(1);
  }
  if (!target)
    return nullptr;
  target = target->IgnoreParenImpCasts();
  while (const auto *member = dyn_cast<MemberExpr>(target)) {
    if (member->isArrow()) // another object, which others may share
      return nullptr;
    target = member->getBase()->IgnoreParenImpCasts();
  }
  const auto *reference = dyn_cast<DeclRefExpr>(target);
  return reference ? dyn_cast<VarDecl>(reference->getDecl()) : nullptr;
}

// What a moved declaration's initializer (or a moved set-up statement's
// value) reads that a statement before it could change: the variables the
// fix moves, and globals that are not const; each with the moved variable
// that reads it (`reader`), the earliest.
void add_read_objects(const Stmt *code, const std::set<const VarDecl *> &moved,
                      const VarDecl *reader,
                      std::map<const VarDecl *, const VarDecl *> &read) {
  NamedVariables named;
  named.TraverseStmt(const_cast<Stmt *>(code));
  for (const VarDecl *variable : named.variables)
    if (moved.count(variable) ||
        (variable->hasGlobalStorage() && !variable->isStaticLocal() &&
         !variable->getType().isConstQualified()))
      read[variable] = reader;
}

// The statements of the handler's body before the moved declarations that
// write, or may write, what a later one reads: the plain assignments to a
// moved variable that main() can make move along (into `set_up`); any other
// blocks the fix (`facts.set_up_in_handler`).
void find_set_up(ASTContext &context, const FunctionDecl &function,
                 const std::vector<const Construction *> &constructions,
                 const std::set<const VarDecl *> &moved, SourceLocation place,
                 MainHoistFacts &facts,
                 std::vector<MovedDeclaration> &set_up,
                 std::vector<const Stmt *> &set_up_statements) {
  const SourceManager &sources = context.getSourceManager();
  const auto *body = dyn_cast<CompoundStmt>(function.getBody());
  if (!body)
    return;
  std::map<const Stmt *, const VarDecl *> declarations;
  for (const Construction *construction : constructions)
    declarations[construction->statement] = construction->variable;
  std::map<const VarDecl *, const VarDecl *> read_later; // by whom
  std::vector<const Stmt *> statements(body->body_begin(), body->body_end());
  for (auto at = statements.rbegin(); at != statements.rend(); ++at) {
    const Stmt *statement = *at;
    if (auto declared = declarations.find(statement);
        declared != declarations.end()) {
      add_read_objects(declared->second->getInit(), moved, declared->second,
                       read_later);
      continue;
    }
    if (read_later.empty())
      continue;
    NamedVariables named;
    named.TraverseStmt(const_cast<Stmt *>(statement));
    const VarDecl *written = nullptr;
    for (const auto &[object, reader] : read_later)
      if (named.variables.count(object) ||
          (named.calls && object->hasGlobalStorage()))
        written = object;
    if (!written)
      continue;
    // Movable: a plain assignment to a variable moved before it, of a value
    // main() can compute there.
    const Expr *value = nullptr;
    const VarDecl *assigned = assigned_variable(statement, value);
    std::set<const VarDecl *> moved_before;
    for (const VarDecl *variable : moved)
      if (sources.isBeforeInTranslationUnit(variable->getLocation(),
                                            statement->getBeginLoc()))
        moved_before.insert(variable);
    VisibleFromMain visible(moved_before, context, place);
    std::optional<std::size_t> end = end_of_statement(context, *statement);
    if (assigned && moved_before.count(assigned) && end &&
        visible.TraverseStmt(const_cast<Expr *>(value))) {
      set_up.push_back(
          {{offset_of(sources, statement->getBeginLoc()), *end}, "", ""});
      set_up_statements.push_back(statement);
      add_read_objects(value, moved, assigned, read_later);
    } else { // the earliest
      const std::size_t begin = offset_of(sources, statement->getBeginLoc());
      facts.set_up_statement = quoted_code(
          end ? sources.getBufferData(sources.getMainFileID())
                    .substr(begin, *end - begin)
                    .str()
              : text_of(context, statement->getSourceRange()));
      facts.set_up_why = visible.blocker.empty() ? kNotPlainAssignment
                         : visible.unseen_call   ? set_up_calls(visible.blocker)
                                                 : set_up_uses(visible.blocker);
      facts.set_up_in_handler = written->getNameAsString();
      facts.set_up_object = (moved.count(written) ? written
                                                  : read_later.at(written))
                                ->getNameAsString();
    }
  }
}

// Whether a using directive for aws::lambda_runtime, at namespace scope or
// in main()'s body, lets main() name run_handler unqualified.
bool using_lambda_runtime(ASTContext &context, const FunctionDecl *main) {
  auto nominates = [](const Decl *decl) {
    const auto *directive = dyn_cast<UsingDirectiveDecl>(decl);
    return directive && directive->getNominatedNamespace()
                                ->getQualifiedNameAsString() ==
                            "aws::lambda_runtime";
  };
  for (const Decl *decl : context.getTranslationUnitDecl()->decls())
    if (nominates(decl))
      return true;
  if (const auto *body = main ? dyn_cast<CompoundStmt>(main->getBody())
                              : nullptr)
    for (const Stmt *statement : body->body())
      if (const auto *declaration = dyn_cast<DeclStmt>(statement))
        for (const Decl *decl : declaration->decls())
          if (nominates(decl))
            return true;
  return false;
}

// Whether run_handler is called by its bare name, found only through its
// argument's type (ADL), which the fix's lambda would not give it.
bool found_by_argument_type(ASTContext &context, const CallExpr &call,
                            const FunctionDecl *main) {
  const auto *callee =
      dyn_cast<DeclRefExpr>(call.getCallee()->IgnoreParenImpCasts());
  return callee && !callee->hasQualifier() &&
         !isa<UsingShadowDecl>(callee->getFoundDecl()) &&
         !using_lambda_runtime(context, main);
}

// What main() holds that the fix must respect.
class MainBody : public RecursiveASTVisitor<MainBody> {
public:
  bool VisitCallExpr(CallExpr *call) {
    const FunctionDecl *callee = call->getDirectCallee();
    if (callee && callee->getQualifiedNameAsString() == "Aws::InitAPI")
      init_calls.push_back(call->getBeginLoc());
    else if (callee && call->getNumArgs() > 0 &&
             callee->getQualifiedNameAsString() ==
                 "aws::lambda_runtime::run_handler")
      run_handler_arguments.push_back(call->getArg(0));
    else if (callee && callee->getQualifiedNameAsString() == "Aws::ShutdownAPI")
      shutdown_calls.push_back(call->getBeginLoc());
    return true;
  }
  bool VisitVarDecl(VarDecl *variable) {
    names.push_back(variable->getNameAsString());
    return true;
  }
  bool VisitNamedDecl(NamedDecl *decl) {
    declared.push_back(decl);
    return true;
  }
  std::vector<SourceLocation> init_calls, shutdown_calls;
  std::vector<const Expr *> run_handler_arguments;
  std::vector<std::string> names; ///< its variables'
  std::vector<const NamedDecl *> declared; ///< everything it names
};

// The outermost macro whose expansion `at` is in, or "" when it is in the
// file's own text.
std::string macro_at(ASTContext &context, SourceLocation at) {
  const SourceManager &sources = context.getSourceManager();
  std::string name;
  while (at.isMacroID()) {
    name = Lexer::getImmediateMacroName(at, sources, context.getLangOpts())
               .str();
    at = sources.getImmediateMacroCallerLoc(at);
  }
  return name;
}

// The variable's type as the new parameter spells it: as written, unless it
// is deduced (`auto`), then the canonical type without default template
// arguments (std::unique_ptr<Aws::S3::S3Client>, not the library's aliases).
std::string spelled_type(ASTContext &context, const VarDecl &variable,
                         PrintingPolicy policy) {
  const TypeSourceInfo *written = variable.getTypeSourceInfo();
  if (written && !written->getType()->getContainedAutoType()) {
    // The written range leaves out the declaration's own cv-qualifiers
    // (`const S3Client c;`), which the reference must keep to bind it.
    std::string qualifiers;
    if (written->getType().isLocalConstQualified())
      qualifiers += "const ";
    if (written->getType().isLocalVolatileQualified())
      qualifiers += "volatile ";
    return qualifiers +
           text_of(context, written->getTypeLoc().getUnqualifiedLoc()
                                .getSourceRange());
  }
  policy.SuppressDefaultTemplateArgs = true;
  policy.FullyQualifiedName = true;
  policy.SuppressScope = false;
  // `(anonymous namespace)::Release` is spelled `Release`, as main() can.
  policy.SuppressUnwrittenScope = true;
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

// The statement of a block that names the handler: run_handler's call, or
// the declaration of the variable that holds it (`std::function<...> f =
// my_handler;`), found up from the name (or the forwarding lambda); null
// when the expression is part of another statement (the branch of a
// braceless `if`, a loop's body), where no declaration can go before it.
const Stmt *statement_in_block(ASTContext &context, DynTypedNode node) {
  for (;;) {
    DynTypedNodeList parents = context.getParents(node);
    if (parents.size() != 1)
      return nullptr;
    const DynTypedNode &parent = parents[0];
    if (parent.get<CompoundStmt>()) {
      // A switch's body: a declaration there is jumped over by the case
      // labels after it, which does not compile.
      DynTypedNodeList above = context.getParents(parent);
      if (above.size() == 1 && above[0].get<SwitchStmt>())
        return nullptr;
      return node.get<Stmt>();
    }
    // Up through the expression and the declaration that holds it.
    const bool holds = parent.get<Expr>() || parent.get<VarDecl>() ||
                       parent.get<DeclStmt>();
    if (!holds || (node.get<Stmt>() && !node.get<Expr>() &&
                   !node.get<DeclStmt>()))
      return nullptr;
    node = parent;
  }
}

// Where the moved objects' block must close, as MainHoistPlace::block_end
// says: past the statement of `names_handler`'s block that holds the
// run_handler call, when that block calls Aws::ShutdownAPI after it.
std::optional<std::size_t> block_end(ASTContext &context,
                                     const Stmt &names_handler,
                                     const CallExpr &run_handler,
                                     const std::vector<SourceLocation> &shutdowns) {
  const SourceManager &sources = context.getSourceManager();
  DynTypedNodeList parents = context.getParents(names_handler);
  const auto *block = parents.size() == 1 ? parents[0].get<CompoundStmt>() : nullptr;
  if (!block)
    return std::nullopt;
  const Stmt *calls = nullptr;
  for (const Stmt *statement : block->body())
    if (contains(sources, statement->getSourceRange(), run_handler.getBeginLoc()))
      calls = statement;
  if (!calls || std::none_of(shutdowns.begin(), shutdowns.end(), [&](SourceLocation at) {
        return contains(sources, block->getSourceRange(), at) &&
               sources.isBeforeInTranslationUnit(calls->getEndLoc(), at);
      }))
    return std::nullopt;
  // (An `if` whose last branch is an expression ends before its ';'.)
  if (std::optional<std::size_t> end = end_of_statement(context, *calls))
    return end;
  return end_of_token(context, calls->getEndLoc());
}

// Whether the function's body declares names for what follows it: a using
// declaration or directive, a type, a namespace alias.
bool declares_names(const FunctionDecl &function) {
  const auto *body = dyn_cast<CompoundStmt>(function.getBody());
  if (!body)
    return false;
  for (const Stmt *statement : body->body())
    if (const auto *declaration = dyn_cast<DeclStmt>(statement))
      for (const Decl *decl : declaration->decls())
        if (!isa<VarDecl>(decl))
          return true;
  return false;
}

// What the names in `code` (statements that move to main(), the request's
// type) spelled without a qualifier are found to be: the first name of
// `s3::S3Client` or `detail::make()` too. main() looks them up anew, from
// another scope, and may find them elsewhere or not at all.
class UnqualifiedNames : public RecursiveASTVisitor<UnqualifiedNames> {
public:
  explicit UnqualifiedNames(const std::set<const VarDecl *> &moved)
      : moved_(moved) {}

  bool VisitDeclRefExpr(DeclRefExpr *reference) {
    if (!reference->hasQualifier())
      add(reference->getFoundDecl());
    return true;
  }
  bool TraverseElaboratedTypeLoc(ElaboratedTypeLoc type) {
    // Qualified: `Aws::S3::S3Client` is found through its first name only.
    if (type.getQualifierLoc())
      return TraverseNestedNameSpecifierLoc(type.getQualifierLoc());
    return RecursiveASTVisitor::TraverseElaboratedTypeLoc(type);
  }
  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc qualifier) {
    const NestedNameSpecifier *first = qualifier.getNestedNameSpecifier();
    while (first && first->getPrefix())
      first = first->getPrefix();
    if (!first)
      return true;
    if (const NamespaceAliasDecl *alias = first->getAsNamespaceAlias())
      add(alias);
    else if (const NamespaceDecl *space = first->getAsNamespace())
      add(space);
    else if (const Type *type = first->getAsType())
      add(type->getAsTagDecl());
    return true;
  }
  bool VisitTagTypeLoc(TagTypeLoc type) {
    add(type.getDecl());
    return true;
  }
  bool VisitUsingTypeLoc(UsingTypeLoc type) {
    // Found through a using declaration: where that declaration is.
    add(type.getFoundDecl());
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc type) {
    add(type.getTypedefNameDecl());
    return true;
  }
  bool VisitTemplateSpecializationTypeLoc(TemplateSpecializationTypeLoc type) {
    if (const TemplateDecl *decl =
            type.getTypePtr()->getTemplateName().getAsTemplateDecl())
      add(decl);
    return true;
  }
  /// In the order spelled; not the moved variables nor the handler's own
  /// locals and parameters (VisibleFromMain judges those).
  std::vector<const NamedDecl *> found;

private:
  void add(const NamedDecl *decl) {
    if (!decl)
      return;
    if (const auto *variable = dyn_cast<VarDecl>(decl);
        variable && (moved_.count(variable) || variable->isLocalVarDecl() ||
                     isa<ParmVarDecl>(variable)))
      return;
    found.push_back(decl);
  }
  const std::set<const VarDecl *> &moved_;
};

// The using declarations and directives at file scope that let an
// unqualified name find `decl`, a name of another namespace.
std::vector<const Decl *> file_scope_usings(ASTContext &context,
                                            const NamedDecl &decl) {
  std::vector<const Decl *> usings;
  const DeclContext *scope = decl.getDeclContext()->getRedeclContext();
  for (const Decl *top : context.getTranslationUnitDecl()->decls())
    if (const auto *declaration = dyn_cast<UsingDecl>(top)) {
      for (const UsingShadowDecl *shadow : declaration->shadows())
        if (shadow->getTargetDecl()->getCanonicalDecl() ==
            decl.getCanonicalDecl())
          usings.push_back(top);
    } else if (const auto *directive = dyn_cast<UsingDirectiveDecl>(top)) {
      if (directive->getNominatedNamespace()->Encloses(scope))
        usings.push_back(top);
    }
  return usings;
}

// Why main() would not find what the moved code names unqualified (`found`,
// UnqualifiedNames) as the handler does, into `facts`: a name of another
// namespace found through the handler's namespace or a declaration in its
// body (asked only of such a handler), or through a file-scope using
// declaration that comes after main(); a name main() declares a thing of
// its own by, before `place`.
void judge_unqualified_names(ASTContext &context,
                             const std::vector<const NamedDecl *> &found,
                             bool through_handler_scope,
                             const std::vector<const NamedDecl *> &in_main,
                             SourceLocation place, MainHoistFacts &facts) {
  const SourceManager &sources = context.getSourceManager();
  auto before_place = [&](const Decl &decl) {
    if (place.isInvalid())
      return true;
    for (const Decl *declaration : decl.redecls())
      if (SourceLocation at =
              sources.getExpansionLoc(declaration->getLocation());
          !sources.isInMainFile(at) ||
          sources.isBeforeInTranslationUnit(at, place))
        return true;
    return false;
  };
  for (const NamedDecl *decl : found) {
    const std::string name = decl->getNameAsString();
    for (const NamedDecl *own : in_main)
      if (facts.hidden.empty() && own->getNameAsString() == name &&
          before_place(*own))
        facts.hidden = name;
    const DeclContext *scope = decl->getDeclContext()->getRedeclContext();
    if (isa<UsingShadowDecl>(decl)) { // found through that using declaration
      if (!scope->isTranslationUnit()) {
        if (through_handler_scope && facts.namespace_name.empty())
          facts.namespace_name = name;
      } else if (!before_place(*decl) && facts.declared_after_main.empty())
        facts.declared_after_main = name;
      continue;
    }
    if (scope->isTranslationUnit()) {
      if (!before_place(*decl) && facts.declared_after_main.empty())
        facts.declared_after_main = name;
      continue;
    }
    std::vector<const Decl *> usings = file_scope_usings(context, *decl);
    if (usings.empty()) {
      if (through_handler_scope && facts.namespace_name.empty())
        facts.namespace_name = name;
    } else if (std::none_of(usings.begin(), usings.end(),
                            [&](const Decl *at) { return before_place(*at); }) &&
               facts.declared_after_main.empty())
      facts.declared_after_main = name;
  }
}

// A using directive or declaration that main() sees at `place` and the
// handler's code (`from` to `until`) does not, at file scope or in main()'s
// body (`in_main`), by which a name the moved code finds unqualified
// (`found`) finds another thing at `place` (`using namespace app;`, whose
// namespace declares a `kBucketRegion` of its own): into `facts`.
void judge_usings_between(ASTContext &context,
                          const std::vector<const NamedDecl *> &found,
                          const std::vector<const NamedDecl *> &in_main,
                          SourceLocation from, SourceLocation until,
                          SourceLocation place, MainHoistFacts &facts) {
  const SourceManager &sources = context.getSourceManager();
  auto before = [&](SourceLocation a, SourceLocation b) {
    return sources.isBeforeInTranslationUnit(a, b);
  };
  std::vector<const NamedDecl *> usings;
  for (const Decl *top : context.getTranslationUnitDecl()->decls())
    if (SourceLocation at = sources.getExpansionLoc(top->getLocation());
        (isa<UsingDirectiveDecl>(top) || isa<UsingDecl>(top)) &&
        sources.isInMainFile(at) &&
        (before(place, from) ? before(place, at) && before(at, from)
                             : before(until, at) && before(at, place)))
      usings.push_back(cast<NamedDecl>(top));
  for (const NamedDecl *own : in_main)
    if ((isa<UsingDirectiveDecl>(own) || isa<UsingDecl>(own)) &&
        before(own->getLocation(), place))
      usings.push_back(own);
  auto target = [](const NamedDecl *decl) {
    if (const auto *shadow = dyn_cast<UsingShadowDecl>(decl))
      decl = shadow->getTargetDecl();
    return decl->getCanonicalDecl();
  };
  for (const NamedDecl *decl : found)
    for (const NamedDecl *in_between : usings) {
      bool other = false;
      if (const auto *directive = dyn_cast<UsingDirectiveDecl>(in_between)) {
        for (const NamedDecl *there :
             directive->getNominatedNamespace()->lookup(decl->getDeclName()))
          other = other || target(there) != target(decl);
      } else {
        for (const UsingShadowDecl *shadow :
             cast<UsingDecl>(in_between)->shadows())
          other = other || (shadow->getDeclName() == decl->getDeclName() &&
                            target(shadow) != target(decl));
      }
      if (other && facts.redefined.empty()) {
        facts.redefined = decl->getNameAsString();
        facts.redefined_by =
            quoted_code(text_of(context, in_between->getSourceRange()));
      }
    }
}

// The calls on a moved object, as the first use of it in the handler's body
// after its declaration, whose arguments main() could compute
// (`client.OverrideEndpoint("http://localhost:4566");`): they stay behind.
std::vector<std::pair<SourceLocation, std::string>>
configuring_calls(ASTContext &context, const FunctionDecl &function,
                  const std::set<const VarDecl *> &moved,
                  const std::set<const Stmt *> &moving) {
  std::vector<std::pair<SourceLocation, std::string>> found;
  const auto *body = dyn_cast<CompoundStmt>(function.getBody());
  if (!body)
    return found;
  std::set<const VarDecl *> used;
  for (const Stmt *statement : body->body()) {
    if (moving.count(statement))
      continue;
    const auto *expression = dyn_cast<Expr>(statement);
    const auto *call = expression ? dyn_cast<CXXMemberCallExpr>(
                                        expression->IgnoreImplicit())
                                  : nullptr;
    const auto *member =
        call ? dyn_cast<MemberExpr>(call->getCallee()->IgnoreParenImpCasts())
             : nullptr;
    const auto *object =
        member && !member->isArrow()
            ? dyn_cast<DeclRefExpr>(member->getBase()->IgnoreParenImpCasts())
            : nullptr;
    const auto *variable =
        object ? dyn_cast<VarDecl>(object->getDecl()) : nullptr;
    if (variable && moved.count(variable) && !used.count(variable)) {
      bool visible = true;
      for (const Expr *argument : call->arguments()) {
        VisibleFromMain seen(moved, context, SourceLocation());
        visible = visible && seen.TraverseStmt(const_cast<Expr *>(argument));
      }
      if (visible)
        found.push_back({call->getBeginLoc(),
                         left_in_handler_note(
                             text_of(context, member->getSourceRange()))});
    }
    NamedVariables named;
    named.TraverseStmt(const_cast<Stmt *>(statement));
    used.insert(named.variables.begin(), named.variables.end());
  }
  return found;
}

// The first call in the handler's body, outside the statements that move
// and the calls left behind, of a method that is not const on a moved
// object (`if (...) s3.OverrideEndpoint(req.payload);`), as
// changed_per_invocation_risk says; "" when none.
class ChangingCalls : public RecursiveASTVisitor<ChangingCalls> {
public:
  ChangingCalls(ASTContext &context, const std::set<const VarDecl *> &moved,
                const std::set<const Stmt *> &moving,
                const std::set<SourceLocation> &left_behind)
      : context_(context), moved_(moved), moving_(moving),
        left_behind_(left_behind) {}
  bool TraverseStmt(Stmt *statement) {
    if (statement && moving_.count(statement))
      return true;
    return RecursiveASTVisitor::TraverseStmt(statement);
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *call) {
    const CXXMethodDecl *method = call->getMethodDecl();
    if (!risk.empty() || !method || method->isConst() || method->isStatic() ||
        left_behind_.count(call->getBeginLoc()))
      return true;
    const Expr *object = call->getImplicitObjectArgument();
    object = object ? object->IgnoreParenImpCasts() : nullptr;
    // `client->Configure(...)` on a smart pointer: the object it points to.
    if (const auto *arrow = dyn_cast_or_null<CXXOperatorCallExpr>(object);
        arrow && arrow->getOperator() == OO_Arrow)
      object = arrow->getArg(0)->IgnoreParenImpCasts();
    const auto *reference = dyn_cast_or_null<DeclRefExpr>(object);
    const auto *variable =
        reference ? dyn_cast<VarDecl>(reference->getDecl()) : nullptr;
    if (variable && moved_.count(variable))
      risk = changed_per_invocation_risk(
          text_of(context_, call->getCallee()->getSourceRange()),
          variable->getNameAsString());
    return true;
  }
  std::string risk;

private:
  ASTContext &context_;
  const std::set<const VarDecl *> &moved_;
  const std::set<const Stmt *> &moving_;
  const std::set<SourceLocation> &left_behind_;
};

// Whether the main file names `function` inside a preprocessor conditional:
// a branch another build compiles (`#ifdef LOCAL_RUN handler(r); #endif`)
// calls it where this build's AST cannot see, and a new parameter would
// break that build. (One in this build's branch is a reference the AST
// counts already; the handler or its run_handler call in one is refused for
// that.)
bool named_in_conditional(const ASTContext &context,
                          const FunctionDecl &function) {
  const SourceManager &sources = context.getSourceManager();
  const FileID file = sources.getMainFileID();
  const StringRef text = sources.getBufferData(file);
  const std::string name = function.getNameAsString();
  if (name.empty())
    return false;
  Lexer lexer(sources.getLocForStartOfFile(file), context.getLangOpts(),
              text.begin(), text.begin(), text.end());
  Token token;
  for (bool end = false; !end;) {
    end = lexer.LexFromRawLexer(token);
    if (token.is(tok::raw_identifier) && token.getRawIdentifier() == name &&
        !enclosing_conditional(std::string_view(text.data(), text.size()),
                               sources.getFileOffset(token.getLocation()))
             .empty())
      return true;
  }
  return false;
}

// What the main file gives `name` (process_change_risk): the text of the
// functions and classes it defines so named (a class's out-of-line
// constructors with it), or a function it declares that nothing defines.
CalleeText callee_text(ASTContext &context, const std::string &name) {
  const SourceManager &sources = context.getSourceManager();
  const StringRef file = sources.getBufferData(sources.getMainFileID());
  CalleeText found;
  bool declared = false;
  std::vector<const DeclContext *> scopes{context.getTranslationUnitDecl()};
  while (!scopes.empty()) {
    const DeclContext *scope = scopes.back();
    scopes.pop_back();
    for (const Decl *decl : scope->decls()) {
      if (isa<NamespaceDecl>(decl) || isa<LinkageSpecDecl>(decl))
        scopes.push_back(cast<DeclContext>(decl));
      if (!sources.isInMainFile(sources.getExpansionLoc(decl->getLocation())))
        continue;
      const auto *named = dyn_cast<NamedDecl>(decl);
      const auto *function = dyn_cast<FunctionDecl>(decl);
      const auto *record = dyn_cast<CXXRecordDecl>(decl);
      const auto *constructor = dyn_cast<CXXConstructorDecl>(decl);
      const bool so_named =
          constructor ? constructor->getParent()->getName() == name
                      : named && named->getDeclName().isIdentifier() &&
                            named->getName() == name;
      if (!so_named)
        continue;
      const bool defines =
          function ? function->doesThisDeclarationHaveABody()
                   : record && record->isThisDeclarationADefinition();
      if (defines) {
        const std::size_t begin = offset_of(sources, decl->getBeginLoc());
        const std::size_t end = end_of_token(context, decl->getEndLoc());
        found.definitions.emplace_back(file.data() + begin, end - begin);
      } else if (function && !function->getDefinition()) {
        declared = true;
      }
    }
  }
  found.declared_only = declared && found.definitions.empty();
  return found;
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
  facts.compile_errors = context.getDiagnostics().hasErrorOccurred();
  const FunctionDecl *main = find_main(context);
  // The statement that names the handler, where the objects go before.
  const Stmt *names_handler = nullptr;
  if (handler.named_argument)
    names_handler = statement_in_block(
        context, DynTypedNode::create(*handler.named_argument));
  else if (handler.forwarding_lambda)
    names_handler = statement_in_block(
        context, DynTypedNode::create(*handler.forwarding_lambda));
  else if (handler.run_handler)
    names_handler = statement_in_block(
        context, DynTypedNode::create(*handler.run_handler));
  if (const auto *holder =
          names_handler && handler.named_argument
              ? dyn_cast<DeclStmt>(names_handler)
              : nullptr;
      holder && holder->isSingleDecl())
    if (const auto *variable = dyn_cast<VarDecl>(holder->getSingleDecl());
        variable && variable->getTypeSourceInfo() &&
        !isa<AutoType>(variable->getTypeSourceInfo()->getType()) &&
        (variable->getType()->isPointerType() ||
         variable->getType()->isReferenceType()))
      facts.held_by_pointer = variable->getNameAsString();
  // Where the moved code goes: before that statement.
  const SourceLocation moved_to =
      names_handler ? sources.getExpansionLoc(names_handler->getBeginLoc())
                    : SourceLocation();
  facts.run_handler_in_main =
      handler.run_handler && main &&
      contains(sources, main->getBody()->getSourceRange(),
               handler.run_handler->getBeginLoc());
  facts.run_handler_alone =
      names_handler && main &&
      contains(sources, main->getBody()->getSourceRange(),
               names_handler->getBeginLoc());
  if (SourceLocation defined = sources.getExpansionLoc(function->getLocation());
      !sources.isInMainFile(defined))
    facts.defined_in_included =
        llvm::sys::path::filename(sources.getFilename(defined)).str();
  if (const auto *method = dyn_cast<CXXMethodDecl>(function)) {
    facts.handler_is_method = !method->getParent()->isLambda();
    facts.handler_is_static_member = method->isStatic();
    // (Made in a lambda made in main() is made in main().)
    const DeclContext *made_in = method->getParent()->getDeclContext();
    while (const auto *outer = dyn_cast<CXXMethodDecl>(made_in))
      if (outer->getParent()->isLambda())
        made_in = outer->getParent()->getDeclContext();
      else
        break;
    if (const auto *maker = dyn_cast<FunctionDecl>(made_in);
        maker && method->getParent()->isLambda() && !maker->isMain())
      facts.lambda_made_in = maker->getNameAsString();
  }
  facts.handler_bound = handler.bound;
  facts.passed_by_name =
      !isa<CXXMethodDecl>(function) &&
      (handler.named_argument || handler.forwarding_lambda);
  {
    const FileID file = sources.getMainFileID();
    const StringRef text = sources.getBufferData(file);
    // The handler, its run_handler call, and what would move: a client
    // built in an `#ifdef` branch of the handler's body is that build's
    // only (the other builds another, or none).
    std::vector<SourceLocation> places = {
        function->getBeginLoc(),
        names_handler ? names_handler->getBeginLoc() : SourceLocation()};
    for (const Construction *construction : constructions)
      places.push_back(construction->expr->getBeginLoc());
    for (SourceLocation at : places) {
      SourceLocation spelled = sources.getExpansionLoc(at);
      if (spelled.isValid() && sources.getFileID(spelled) == file &&
          facts.conditional.empty())
        facts.conditional = enclosing_conditional(
            std::string_view(text.data(), text.size()),
            sources.getFileOffset(spelled));
    }
  }
  {
    // The places the edits go, which must be the file's own text.
    std::vector<SourceLocation> places = {function->getLocation(),
                                          function->getBody()->getBeginLoc(),
                                          function->getBody()->getEndLoc()};
    for (const ParmVarDecl *parameter : function->parameters())
      places.push_back(parameter->getEndLoc());
    for (const Stmt *statement :
         {static_cast<const Stmt *>(names_handler),
          static_cast<const Stmt *>(handler.run_handler),
          static_cast<const Stmt *>(handler.named_argument),
          static_cast<const Stmt *>(handler.forwarding_lambda)})
      if (statement)
        places.push_back(statement->getBeginLoc());
    for (SourceLocation at : places)
      if (facts.handler_macro.empty())
        facts.handler_macro = macro_at(context, at);
  }
  if (function->isTemplateInstantiation()) {
    llvm::raw_string_ostream out(facts.template_specialization);
    function->getNameForDiagnostic(out, context.getPrintingPolicy(),
                                   /*Qualified=*/false);
  }
  auto references = scan.references.find(function->getCanonicalDecl());
  facts.defaulted_parameter =
      std::any_of(function->param_begin(), function->param_end(),
                  [](const ParmVarDecl *parameter) {
                    return parameter->hasDefaultArg();
                  });
  const bool referenced_again =
      references != scan.references.end() && references->second > 1;
  facts.named_elsewhere =
      referenced_again || named_in_conditional(context, *function);
  auto passed = scan.passed.find(function->getCanonicalDecl());
  facts.passed_again = referenced_again && passed != scan.passed.end() &&
                       passed->second == references->second;
  // Its other declarations take the new parameters too: those in this file.
  std::vector<const FunctionDecl *> other_declarations;
  for (const FunctionDecl *declaration : function->redecls())
    if (declaration != function) {
      if (sources.isInMainFile(sources.getExpansionLoc(declaration->getLocation())))
        other_declarations.push_back(declaration);
      else
        facts.declared_in_other_file = true;
    }
  MainBody main_body;
  if (main) {
    main_body.TraverseStmt(main->getBody());
    for (const ParmVarDecl *parameter : main->parameters())
      main_body.declared.push_back(parameter);
  }
  // Not passed in a form hoist follows, but main() names it.
  if (!handler.run_handler && main && !main_body.run_handler_arguments.empty() &&
      spells_word(text_of(context, main->getBody()->getSourceRange()),
                  function->getNameAsString()))
    facts.passed_as = quoted_code(text_of(
        context, main_body.run_handler_arguments.front()->getSourceRange()));
  for (SourceLocation call : main_body.init_calls)
    facts.sdk_initialized =
        facts.sdk_initialized ||
        (names_handler &&
         sources.isBeforeInTranslationUnit(call, names_handler->getBeginLoc()));
  // A function of the file that may change what a reference or pointer
  // parameter is given (`tune(cfg);`, changed_after).
  const StringRef file_text = sources.getBufferData(sources.getMainFileID());
  auto changeable_parameter = [&](std::string_view callee, std::size_t index)
      -> std::optional<ChangeableParameter> {
    for (const Decl *decl : context.getTranslationUnitDecl()->decls()) {
      const auto *helper = dyn_cast<FunctionDecl>(decl);
      if (!helper || !helper->getDeclName().isIdentifier() ||
          helper->getName() != llvm::StringRef(callee.data(), callee.size()) ||
          !helper->doesThisDeclarationHaveABody() ||
          index >= helper->getNumParams() ||
          !sources.isInMainFile(sources.getExpansionLoc(helper->getLocation())))
        continue;
      const ParmVarDecl *given = helper->getParamDecl(index);
      const QualType type = given->getType();
      const QualType target = type->isReferenceType() ? type.getNonReferenceType()
                              : type->isPointerType() ? type->getPointeeType()
                                                      : QualType();
      if (target.isNull() || target.isConstQualified())
        return std::nullopt;
      const std::size_t begin =
          offset_of(sources, helper->getBody()->getBeginLoc());
      const std::size_t end =
          end_of_token(context, helper->getBody()->getEndLoc());
      return ChangeableParameter{
          given->getNameAsString(),
          std::string_view(file_text.data() + begin, end - begin)};
    }
    return std::nullopt;
  };
  // What cannot move for a reason of its own stays, with that reason; the
  // others move without it.
  std::vector<const Construction *> group = constructions;
  std::vector<MovedDeclaration> set_up;
  std::set<const VarDecl *> moved;
  std::vector<const Stmt *> set_up_statements;
  for (;;) {
    MainHoistFacts moving = facts;
    moved.clear();
    for (const Construction *construction : group) {
      VisibleFromMain visible(moved, context, moved_to);
      if (const auto *call = dyn_cast<CallExpr>(construction->expr);
          call && construction->api->kind == CppApi::Kind::Function)
        visible.built_by = call->getDirectCallee();
      // (Its type too, not only the initializer.)
      visible.TraverseStmt(const_cast<DeclStmt *>(construction->statement));
      if (moving.unseen.empty() && !visible.blocker.empty()) {
        moving.unseen = visible.blocker;
        moving.unseen_is_call = visible.unseen_call;
        moving.unseen_stays = std::any_of(
            result.left.begin(), result.left.end(), [&](const auto &left) {
              return left.first->variable->getNameAsString() == visible.blocker;
            });
        moving.unseen_by = construction->variable->getNameAsString();
      }
      const std::string name = construction->variable->getNameAsString();
      {
        UnqualifiedNames spelled(moved);
        spelled.TraverseStmt(const_cast<DeclStmt *>(construction->statement));
        MainHoistFacts own;
        judge_unqualified_names(context, spelled.found, false,
                                main_body.declared, moved_to, own);
        if (moving.unseen.empty() && !own.declared_after_main.empty()) {
          moving.unseen = own.declared_after_main;
          moving.unseen_by = name;
        }
        if (moving.hidden.empty() && !own.hidden.empty()) {
          moving.hidden = own.hidden;
          moving.hidden_by = name;
        }
      }
      for (SourceLocation at : {construction->statement->getBeginLoc(),
                                construction->variable->getLocation()})
        if (std::string macro = macro_at(context, at);
            moving.object_macro.empty() && !macro.empty()) {
          moving.object_macro = macro;
          moving.object_macro_by = name;
        }
      for (const std::string &taken : main_body.names)
        if (taken == name && moving.taken.empty())
          moving.taken = name;
      for (const Stmt *statement : function->getBody()->children()) {
        if (statement == construction->statement)
          break;
        if (isa<ReturnStmt>(statement) && moving.unreached.empty())
          moving.unreached = name;
      }
      const std::string body =
          text_of(context, function->getBody()->getSourceRange());
      if (std::string how = given_away(body, name);
          moving.given_away.empty() && !how.empty()) {
        moving.given_away = name;
        moving.given_away_by = how;
      }
      if (std::string how = declared_type_use(body, name);
          moving.type_used.empty() && !how.empty()) {
        moving.type_used = name;
        moving.type_used_by = how;
      }
      moving.needs_sdk = moving.needs_sdk || construction->api->sdk_object;
      moved.insert(construction->variable);
    }
    set_up.clear();
    set_up_statements.clear();
    find_set_up(context, *function, group, moved, moved_to, moving, set_up,
                set_up_statements);
    // What the handler does after the last statement that moves, and what
    // lies between the first and the last.
    const SourceManager &sources = context.getSourceManager();
    SourceLocation first = function->getBody()->getEndLoc();
    SourceLocation last = function->getBody()->getBeginLoc();
    auto spans = [&](const Stmt *statement) {
      SourceLocation begin =
          sources.getExpansionRange(statement->getBeginLoc()).getBegin();
      SourceLocation end =
          sources.getExpansionRange(statement->getEndLoc()).getEnd();
      if (sources.isBeforeInTranslationUnit(begin, first))
        first = begin;
      if (sources.isBeforeInTranslationUnit(last, end))
        last = end;
    };
    for (const Construction *construction : group)
      spans(construction->statement);
    for (const Stmt *statement : set_up_statements)
      spans(statement);
    if (moving.conditional.empty() &&
        sources.isBeforeInTranslationUnit(first, last))
      moving.conditional =
          conditional_directive_in(text_of(context, SourceRange(first, last)));
    if (moved_to.isValid() && moving.redefined.empty()) {
      std::string moved_text;
      for (const Construction *construction : group)
        moved_text += text_of(context, construction->statement->getSourceRange());
      for (const Stmt *statement : set_up_statements)
        moved_text += " " + text_of(context, statement->getSourceRange());
      const std::size_t to = offset_of(sources, moved_to);
      const std::size_t from = offset_of(sources, first);
      const std::size_t until = end_of_token(context, last);
      const StringRef text = sources.getBufferData(sources.getMainFileID());
      // (A lambda handler in main() is not fixed: nothing between.)
      MacroChange change = macro_changed_between(
          to < from     ? std::string_view(text.data() + to, from - to)
          : until <= to ? std::string_view(text.data() + until, to - until)
                        : std::string_view(),
          moved_text);
      moving.redefined = change.macro;
      moving.redefined_by = change.directive;
    }
    std::string rest =
        text_of(context, SourceRange(last, function->getBody()->getEndLoc()));
    for (const Construction *construction : group)
      if (std::string how =
              changed_after(rest, construction->variable->getNameAsString(),
                            changeable_parameter);
          moving.changed.empty() && !how.empty()) {
        moving.changed = construction->variable->getNameAsString();
        moving.changed_by = how;
      }
    // What outlives an invocation: globals, static members and locals.
    NamedVariables named_in_handler;
    named_in_handler.TraverseStmt(function->getBody());
    auto persists = [&](std::string_view name) {
      return std::any_of(
          named_in_handler.variables.begin(), named_in_handler.variables.end(),
          [&](const VarDecl *variable) {
            return variable->getName() ==
                       llvm::StringRef(name.data(), name.size()) &&
                   variable->hasGlobalStorage();
          });
    };
    for (const Construction *construction : group)
      if (std::string how = kept_beyond(
              rest, construction->variable->getNameAsString(), persists);
          moving.kept.empty() && !how.empty()) {
        moving.kept = construction->variable->getNameAsString();
        moving.kept_by = how;
      }
    UnqualifiedNames spelled(moved);
    for (const Construction *construction : group)
      spelled.TraverseStmt(const_cast<DeclStmt *>(construction->statement));
    for (const Stmt *statement : set_up_statements)
      spelled.TraverseStmt(const_cast<Stmt *>(statement));
    if (function->getNumParams() > 0)
      if (const TypeSourceInfo *request =
              function->getParamDecl(0)->getTypeSourceInfo())
        spelled.TraverseTypeLoc(request->getTypeLoc());
    judge_unqualified_names(
        context, spelled.found,
        !function->getDeclContext()->getRedeclContext()->isTranslationUnit() ||
            declares_names(*function),
        main_body.declared, moved_to, moving);
    if (moved_to.isValid())
      judge_usings_between(context, spelled.found, main_body.declared, first,
                           last, moved_to, moving);
    MainHoistBlocker blocker = main_hoist_blocker(moving);
    if (blocker.why.empty())
      break;
    auto stays = std::find_if(group.begin(), group.end(), [&](const auto *c) {
      return c->variable->getNameAsString() == blocker.object;
    });
    if (blocker.object.empty() || stays == group.end()) {
      result.why_not = blocker.why;
      return result;
    }
    result.left.emplace(*stays, blocker.why);
    group.erase(stays);
    if (group.empty())
      return result;
  }

  MainHoistPlace place;
  place.run_handler = offset_of(sources, handler.run_handler->getBeginLoc());
  place.names_handler = offset_of(sources, names_handler->getBeginLoc());
  place.block_end = block_end(context, *names_handler, *handler.run_handler,
                              main_body.shutdown_calls);
  place.qualify_run_handler =
      found_by_argument_type(context, *handler.run_handler, main);
  for (const FunctionDecl *declaration : other_declarations)
    if (declaration->getNumParams() == function->getNumParams())
      place.other_declarations_end.push_back(end_of_token(
          context,
          declaration->getParamDecl(declaration->getNumParams() - 1)
              ->getEndLoc()));
  place.parameters_end = end_of_token(
      context,
      function->getParamDecl(function->getNumParams() - 1)->getEndLoc());
  if (handler.named_argument) {
    const ParmVarDecl *first = function->getParamDecl(0);
    // `&my_handler` is replaced whole: the lambda takes no address.
    SourceLocation begin = handler.named_argument->getBeginLoc();
    for (DynTypedNode node = DynTypedNode::create(*handler.named_argument);;) {
      DynTypedNodeList parents = context.getParents(node);
      if (parents.size() != 1)
        break;
      const auto *address = parents[0].get<UnaryOperator>();
      if (parents[0].get<ImplicitCastExpr>()) {
        node = parents[0];
        continue;
      }
      if (address && address->getOpcode() == UO_AddrOf)
        begin = address->getBeginLoc();
      break;
    }
    place.named_argument =
        TextRange{offset_of(sources, begin),
                  end_of_token(context, handler.named_argument->getEndLoc())};
    // As main() names it: `svc::handle`.
    place.handler_name =
        text_of(context, handler.named_argument->getSourceRange());
    place.request_name = first->getNameAsString();
    // From the declaration's start: a type's range leaves out a `const`
    // written before it (`const invocation_request &`).
    place.request_type = text_of(
        context,
        SourceRange(first->getBeginLoc(),
                    first->getTypeSourceInfo()->getTypeLoc().getEndLoc()));
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
  for (const Construction *construction : group) {
    const Stmt &statement = *construction->statement;
    declarations.push_back(
        {{offset_of(sources, statement.getBeginLoc()),
          end_of_token(context, statement.getEndLoc())},
         construction->variable->getNameAsString(),
         spelled_type(context, *construction->variable, policy)});
  }
  declarations.insert(declarations.end(), set_up.begin(), set_up.end());
  std::sort(declarations.begin(), declarations.end(),
            [](const MovedDeclaration &a, const MovedDeclaration &b) {
              return a.statement.begin < b.statement.begin;
            });
  std::set<const Stmt *> moving(set_up_statements.begin(),
                                set_up_statements.end());
  for (const Construction *construction : group)
    moving.insert(construction->statement);
  result.left_behind =
      configuring_calls(context, *function, moved, moving);
  std::set<const Expr *> catalogued;
  for (const Construction *construction : group)
    catalogued.insert(construction->expr);
  std::vector<const Stmt *> in_order(moving.begin(), moving.end());
  std::sort(in_order.begin(), in_order.end(), [&](const Stmt *a, const Stmt *b) {
    return sources.isBeforeInTranslationUnit(a->getBeginLoc(), b->getBeginLoc());
  });
  if (!in_order.empty())
    result.risk = process_change_risk(
        text_of(context, SourceRange(function->getBody()->getBeginLoc(),
                                     in_order.front()->getBeginLoc())),
        [&](const std::string &name) { return callee_text(context, name); });
  for (const Stmt *statement : in_order)
    if (std::string what = frozen_value_in(context, *statement, catalogued);
        result.risk.empty() && !what.empty())
      result.risk = frozen_value_risk(what);
  if (result.risk.empty()) {
    std::set<SourceLocation> left_behind;
    for (const auto &[call, note] : result.left_behind)
      left_behind.insert(call);
    ChangingCalls changing(context, moved, moving, left_behind);
    changing.TraverseStmt(function->getBody());
    result.risk = changing.risk;
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
