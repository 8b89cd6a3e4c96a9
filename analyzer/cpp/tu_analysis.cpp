#include "cpp/tu_analysis.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMapContext.h>
#include <clang/AST/PrettyPrinter.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Analysis/Analyses/ExprMutationAnalyzer.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Lex/Lexer.h>
#include <llvm/Support/raw_ostream.h>

#include "cpp/call_chain_notes.h"
#include "cpp/construction_finder.h"
#include "cpp/invoke_path.h"
#include "cpp/lambda_handlers.h"
#include "cpp/main_hoist_edits.h"
#include "cpp/main_hoist_fix.h"
#include "cpp/member_inits.h"
#include "cpp/nolint.h"
#include "cpp/strip_temporaries.h"
#include "cpp/unfollowed_call.h"
#include "rules/rule_ids.h"

namespace hoist::cpp {
namespace {

using namespace clang;

std::string function_name(const FunctionDecl *function,
                          const LambdaHandler &handler) {
  if (function == handler.function)
    return handler.name;
  if (const auto *method = dyn_cast<CXXMethodDecl>(function);
      method && method->getParent()->isLambda())
    return "lambda";
  // As the code spells it, and the syntactic mode names it: `enqueue`, not
  // `(anonymous namespace)::enqueue`.
  PrintingPolicy policy(function->getASTContext().getLangOpts());
  policy.SuppressUnwrittenScope = true;
  std::string name;
  llvm::raw_string_ostream out(name);
  function->printQualifiedName(out, policy);
  return out.str();
}

std::string handler_note_of(const LambdaHandler &handler) {
  return handler_note(handler.name, !handler.run_handler
                                        ? HandlerGiven::BySignature
                                    : handler.forwarding_call
                                        ? HandlerGiven::Forwarded
                                        : HandlerGiven::Directly);
}

void handler_signature(ASTContext &context, const LambdaHandler &handler,
                       std::vector<CppFinding> &findings) {
  const FunctionDecl *function = handler.function;
  if (function->getNumParams() != 1)
    return;
  const ParmVarDecl *request = function->getParamDecl(0);
  QualType type = request->getType();
  if (type->isReferenceType() ||
      !function->getReturnType().getNonReferenceType()->getAsCXXRecordDecl())
    return;
  CppFinding finding;
  finding.rule = rules::kHandlerSignature;
  finding.location = request->getLocation().isValid() ? request->getLocation()
                                                      : request->getBeginLoc();
  finding.message = "handler '" + handler.name +
                    "' takes invocation_request by value, which copies the "
                    "payload on every invocation; take it by const reference";
  if (handler.run_handler)
    finding.notes.push_back(
        {handler.run_handler->getBeginLoc(), handler_note_of(handler)});
  // A handler that changes its copy (std::transform over req.payload, a
  // call taking it by reference) would not compile with a const one.
  if (const Stmt *body = function->getBody())
    if (const Stmt *change =
            ExprMutationAnalyzer(*body, context).findMutation(request)) {
      finding.notes.push_back(
          {change->getBeginLoc(),
           "no fix: '" + handler.name +
               "' changes its copy of the request here; copy what it "
               "changes from a const reference instead"});
      findings.push_back(std::move(finding));
      return;
    }
  // Every declaration of the handler changes with its definition, or none
  // does: a forward declaration left by value would declare an overload,
  // and the definition would match no declaration of its namespace.
  const SourceManager &sources = context.getSourceManager();
  for (const FunctionDecl *declaration : function->redecls()) {
    const ParmVarDecl *parameter = declaration->getParamDecl(0);
    SourceLocation type_end =
        parameter->getTypeSourceInfo()
            ? parameter->getTypeSourceInfo()->getTypeLoc().getEndLoc()
            : SourceLocation();
    if (type_end.isInvalid() || type_end.isMacroID() ||
        !sources.isInMainFile(type_end)) {
      finding.fix.clear();
      finding.notes.push_back(
          {finding.location,
           "no fix: '" + handler.name +
               "' is declared in another file too, which the fix would "
               "not change"});
      break;
    }
    // A `const` after the type (`invocation_request const req`) is not in
    // its range: the `&` goes before the name then, after the `const`.
    if (type.isConstQualified() && parameter->getIdentifier() &&
        parameter->getLocation().isFileID())
      finding.fix.push_back(
          FixItHint::CreateInsertion(parameter->getLocation(), "& "));
    else
      finding.fix.push_back(FixItHint::CreateInsertion(
          Lexer::getLocForEndOfToken(type_end, 0, sources,
                                     context.getLangOpts()),
          type.isConstQualified() ? " &" : " const &"));
  }
  findings.push_back(std::move(finding));
}

// NOLINT comments of the main file, where every finding is.
class MainFileNolint {
public:
  explicit MainFileNolint(const SourceManager &sources)
      : sources_(sources),
        directives_(sources.getBufferData(sources.getMainFileID())) {}

  // Whether the finding of `rule` at `location` is silenced: clang-tidy
  // would hide its warning, and a fix must leave the line alone too.
  bool silences(SourceLocation location, const std::string &rule) const {
    std::optional<unsigned> offset = main_file_offset(location);
    return offset && directives_.silences(*offset, rule);
  }

  // Whether a fix must leave the code at `location` alone: NOLINT, or a
  // `hoist: ignore` comment, which hoist check applies to the findings.
  bool leaves(SourceLocation location, const std::string &rule) const {
    std::optional<unsigned> offset = main_file_offset(location);
    return offset && directives_.leaves(*offset, rule);
  }

  // Whether a `hoist: ignore` comment covers the finding, as
  // core/suppressions.h's apply_suppressions decides for hoist check.
  bool ignores(const CppFinding &finding) const {
    auto covered = [&](SourceLocation location) {
      std::optional<unsigned> offset = main_file_offset(location);
      return offset && directives_.ignores(*offset, finding.rule);
    };
    return covered(finding.location) ||
           std::any_of(finding.call_path.begin(), finding.call_path.end(),
                       covered);
  }

private:
  std::optional<unsigned> main_file_offset(SourceLocation location) const {
    auto [file, offset] =
        sources_.getDecomposedLoc(sources_.getExpansionLoc(location));
    if (file != sources_.getMainFileID())
      return std::nullopt;
    return offset;
  }

  const SourceManager &sources_;
  NolintDirectives directives_;
};

// Where a construction's finding points: its variable or member, else the
// expression.
SourceLocation finding_location(const Construction &construction) {
  if (construction.member)
    return member_init_location({construction.member, construction.expr});
  if (construction.field)
    return construction.field->getLocation();
  return construction.variable ? construction.variable->getLocation()
                               : construction.expr->getBeginLoc();
}

// Whether `statement` is one of the statements of `function`'s body, not
// in a block within it (an `if`'s, a loop's).
bool declared_in_body(const Stmt &statement, const FunctionDecl &function) {
  const auto *body = dyn_cast<CompoundStmt>(function.getBody());
  return body && std::find(body->body_begin(), body->body_end(), &statement) !=
                     body->body_end();
}

// The variable an expression is the assigned value of (`client =
// std::make_unique<T>()`, `raw = new T`), through the temporaries around
// it; null when it is no assignment's value.
const VarDecl *assigned_to(ASTContext &context, const Expr &expression) {
  for (DynTypedNode node = DynTypedNode::create(expression);;) {
    DynTypedNodeList parents = context.getParents(node);
    if (parents.size() != 1)
      return nullptr;
    const DynTypedNode &parent = parents[0];
    const auto *outer = parent.get<Expr>();
    if (outer &&
        strip_temporaries(outer) == strip_temporaries(node.get<Expr>())) {
      node = parent;
      continue;
    }
    const Expr *target = nullptr;
    if (const auto *assignment = parent.get<BinaryOperator>();
        assignment && assignment->getOpcode() == BO_Assign &&
        assignment->getRHS() == node.get<Expr>())
      target = assignment->getLHS();
    else if (const auto *call = parent.get<CXXOperatorCallExpr>();
             call && call->getOperator() == OO_Equal &&
             call->getNumArgs() == 2 && call->getArg(1) == node.get<Expr>())
      target = call->getArg(0);
    const auto *reference =
        target ? dyn_cast<DeclRefExpr>(target->IgnoreParenImpCasts()) : nullptr;
    return reference ? dyn_cast<VarDecl>(reference->getDecl()) : nullptr;
  }
}

// Whether a variable is declared in one statement with others (`T a, b;`).
bool declared_with_others(ASTContext &context, const VarDecl &variable) {
  DynTypedNodeList parents = context.getParents(variable);
  const auto *statement =
      parents.size() == 1 ? parents[0].get<DeclStmt>() : nullptr;
  return statement && !statement->isSingleDecl();
}

// The first variable of `handler` that `expression` reads and that holds
// what the invocation brings: a parameter (the request), or a local
// initialized from one, in order (`host` of `v.GetString("hostname")` of
// `json(request.payload)`); empty when it reads none.
std::string first_request_read(const Expr &expression,
                               const FunctionDecl &handler) {
  std::set<const VarDecl *> from_request(handler.param_begin(),
                                         handler.param_end());
  auto first_read = [&](const Stmt &code) -> const VarDecl * {
    struct Reads : RecursiveASTVisitor<Reads> {
      const std::set<const VarDecl *> *of = nullptr;
      const VarDecl *found = nullptr;
      bool VisitDeclRefExpr(DeclRefExpr *reference) {
        if (const auto *read = dyn_cast<VarDecl>(reference->getDecl());
            read && of->count(read))
          found = read;
        return !found;
      }
    } reads;
    reads.of = &from_request;
    reads.TraverseStmt(const_cast<Stmt *>(&code));
    return reads.found;
  };
  struct Locals : RecursiveASTVisitor<Locals> {
    std::vector<const VarDecl *> declared;
    bool VisitVarDecl(VarDecl *local) {
      if (local->hasLocalStorage() && !isa<ParmVarDecl>(local))
        declared.push_back(local);
      return true;
    }
  } locals;
  if (handler.getBody())
    locals.TraverseStmt(handler.getBody());
  for (const VarDecl *local : locals.declared)
    if (local->getInit() && first_read(*local->getInit()))
      from_request.insert(local);
  const VarDecl *read = first_read(expression);
  return read ? read->getNameAsString() : std::string();
}

// Why a construction in the handler's own body cannot move to main() on
// its own terms; empty when it can.
std::string fix_blocker(ASTContext &context, const Construction &construction,
                        const LambdaHandler &handler) {
  ConstructionShape shape = ConstructionShape::Declared;
  const VarDecl *variable = construction.variable;
  const VarDecl *assigned = nullptr;
  if (construction.element)
    shape = ConstructionShape::Element;
  // (A call that returns an object, `auto pg = tao::pq::connection::create(
  // ...)`, moves as a declaration does; one that returns a handle, a pointer
  // or a status with the handle in an argument, is released by hand.)
  else if (construction.api->kind == CppApi::Kind::Function &&
           !construction.expr->getType()->isRecordType())
    shape = ConstructionShape::ReleasedByHand;
  else if (!variable &&
           (assigned = assigned_to(context, *construction.expr)))
    shape = ConstructionShape::Assigned;
  // (A smart pointer that owns the object deletes it.)
  else if (isa<CXXNewExpr>(construction.expr) &&
           (!variable || variable->getType()->isPointerType()))
    shape = ConstructionShape::New;
  // (`auto &&s3 = S3Client();` holds a temporary too, as the syntactic mode
  // says: its type would move as a reference to a reference.)
  else if (!variable || variable->getType()->isReferenceType())
    shape = ConstructionShape::Temporary;
  else if (declared_with_others(context, *variable))
    shape = ConstructionShape::WithOthers;
  else if (!construction.statement ||
           !declared_in_body(*construction.statement, *handler.function))
    shape = ConstructionShape::InBlock;
  const VarDecl *named = assigned ? assigned : variable;
  return construction_blocker(
      shape, named ? named->getNameAsString() : std::string(),
      shape == ConstructionShape::ReleasedByHand
          ? first_request_read(*construction.expr, *handler.function)
          : std::string());
}

// The note on the first call the invoke paths do not enter, and how many
// other functions they do not enter.
CppNote unfollowed_note(const std::vector<UnfollowedCall> &calls,
                        const SourceManager &sources) {
  std::set<const FunctionDecl *> callees;
  for (const UnfollowedCall &call : calls)
    callees.insert(call.callee->getCanonicalDecl());
  const UnfollowedCall &first = calls.front();
  const std::string message = unfollowed_call_message(
      first.callee->getQualifiedNameAsString(),
      first.outside_project         ? Unfollowed::OutsideProject
      : first.callee->isExternC() ? Unfollowed::DeclaredOnlyC
                                    : Unfollowed::DeclaredOnly,
      first.outside_project
          ? sources
                .getFilename(
                    sources.getExpansionLoc(first.callee->getLocation()))
                .str()
          : std::string(),
      callees.size() - 1);
  return {first.call->getBeginLoc(), message};
}

} // namespace

CppAnalysis analyze_translation_unit(ASTContext &context,
                                     const CppCatalogue &catalogue,
                                     const CppSettings &settings) {
  CppAnalysis analysis;
  std::vector<CppFinding> &findings = analysis.findings;
  const SourceManager &sources = context.getSourceManager();
  const MainFileNolint nolint(sources);
  HandlerScan scan = find_lambda_handlers(context);
  std::vector<UnfollowedCall> unfollowed;
  for (const LambdaHandler &handler : scan.handlers) {
    // (A function another translation unit defines; a std::function
    // whose target the file does not show: what it holds is unknown, not
    // the library's code.)
    if (!handler.function->hasBody() ||
        library_function(*handler.function, sources)) {
      if (handler.run_handler)
        analysis.not_analyzed.push_back(
            {handler.run_handler->getBeginLoc(),
             "run_handler is given what hoist cannot resolve to a function, "
             "lambda or functor this translation unit defines: what it runs "
             "was not checked"});
      continue;
    }
    handler_signature(context, handler, findings);
    InvokePath path = find_invoke_path(context, handler.function,
                                       settings.follow_calls, &unfollowed);
    // Constructions in the handler's own body, by rule: fixed together.
    std::map<std::string, std::vector<const Construction *>> own;
    std::vector<std::pair<const FunctionDecl *, Construction>> all;
    // Where the project's functions build them: in the main file or in a
    // project header (not in a system header's macro).
    for (const auto &[function, step] : path)
      for (Construction &construction :
           find_constructions(*function, catalogue))
        if (!sources.isInSystemHeader(
                sources.getExpansionLoc(construction.expr->getBeginLoc())))
          all.emplace_back(function, std::move(construction));
    std::sort(all.begin(), all.end(), [&](const auto &a, const auto &b) {
      return sources.isBeforeInTranslationUnit(a.second.expr->getBeginLoc(),
                                               b.second.expr->getBeginLoc());
    });
    for (const auto &[function, construction] : all)
      if (function == handler.function &&
          fix_blocker(context, construction, handler).empty() &&
          !nolint.leaves(finding_location(construction),
                         construction.api->rule))
        own[construction.api->rule].push_back(&construction);
    std::map<std::string, MainHoist> fixes;
    for (const auto &[rule, constructions] : own)
      fixes[rule] = hoist_to_main(context, handler, scan, constructions);

    for (const auto &[function, construction] : all) {
      const CppApi &api = *construction.api;
      CppFinding finding;
      finding.rule = api.rule;
      finding.location = finding_location(construction);
      finding.message =
          construction_message(api, construction.name, handler.name);
      finding.subject = construction_subject(api, construction.name);
      finding.notes.push_back({handler.run_handler
                                   ? handler.run_handler->getBeginLoc()
                                   : handler.function->getLocation(),
                               handler_note_of(handler)});
      std::vector<const FunctionDecl *> chain = call_chain(path, function);
      for (std::size_t i = 1; i < chain.size(); ++i) {
        finding.call_path.push_back(path.at(chain[i]).call->getBeginLoc());
        if (std::optional<std::string> note =
                call_note(i - 1, chain.size() - 1,
                          function_name(chain[i - 1], handler),
                          function_name(chain[i], handler)))
          finding.notes.push_back({finding.call_path.back(), *note});
      }
      if (api.rule == rules::kSdkInitInHandler) {
        // No fix: where InitAPI belongs is main()'s structure, not a move.
      } else if (function != handler.function) {
        finding.notes.push_back(
            {finding.location,
             built_elsewhere_note(function_name(function, handler))});
      } else if (std::string blocker = fix_blocker(context, construction, handler);
                 !blocker.empty()) {
        finding.notes.push_back({finding.location, "no fix: " + blocker});
      } else if (const auto &group = own[api.rule];
                 std::find(group.begin(), group.end(), &construction) !=
                 group.end()) {
        // (Not in the group: its line says NOLINT or 'hoist: ignore', and
        // the fix leaves it.)
        const MainHoist &fix = fixes[api.rule];
        std::vector<const Construction *> moved;
        for (const Construction *member : group)
          if (!fix.left.count(member))
            moved.push_back(member);
        if (auto left = fix.left.find(&construction); left != fix.left.end())
          finding.notes.push_back({finding.location, "no fix: " + left->second});
        else if (fix.edits.empty())
          finding.notes.push_back({finding.location, "no fix: " + fix.why_not});
        else {
          // The fix moves them together: as safe as the least safe one,
          // and unsafe when what it moves computes a per-invocation value.
          std::string group_risk = fix.risk;
          for (const Construction *member : moved)
            if (std::string risk = member->api->move_risk();
                !risk.empty() && group_risk.empty())
              group_risk = "'" + member->name + "': " + risk;
          finding.subject->hoistability = moved_to_main(group_risk);
          if (moved.front() == &construction) {
            finding.fix = fix.edits;
            finding.fix_resolves = moved.size();
            for (const auto &[call, note] : fix.left_behind)
              finding.notes.push_back({call, note});
            finding.fix_risk = group_risk;
          } else {
            finding.notes.push_back(
                {finding_location(*moved.front()), kMovedByFirstNote});
          }
        }
      }
      findings.push_back(std::move(finding));
    }
  }
  // Silenced by NOLINT, whether the list names clang-tidy's check or hoist's
  // rule (clang-tidy itself would only know the first), or by a
  // `hoist: ignore` comment.
  findings.erase(std::remove_if(findings.begin(), findings.end(),
                                [&](const CppFinding &finding) {
                                  return nolint.silences(finding.location,
                                                         finding.rule) ||
                                         (settings.ignore_comments &&
                                          nolint.ignores(finding));
                                }),
                 findings.end());
  std::stable_sort(
      findings.begin(), findings.end(), [&](const auto &a, const auto &b) {
        return sources.isBeforeInTranslationUnit(a.location, b.location);
      });
  // (A C API, or one of a catalogued library's namespace, `pqxx::`, is a
  // library's however its header is found; a C function the project
  // declares, `extern "C"` in its own header, is the project's.)
  unfollowed.erase(
      std::remove_if(unfollowed.begin(), unfollowed.end(),
                     [&](const UnfollowedCall &call) {
                       const DeclContext *outermost =
                           call.callee->getEnclosingNamespaceContext();
                       for (const DeclContext *at = outermost; at;
                            at = at->getParent())
                         if (isa<NamespaceDecl>(at))
                           outermost = at;
                       const auto *space = dyn_cast<NamespaceDecl>(outermost);
                       return (call.callee->isExternC() &&
                               !call.declared_in_project) ||
                              (space && catalogue.names_namespace(
                                            space->getNameAsString()));
                     }),
      unfollowed.end());
  if (!unfollowed.empty())
    analysis.not_analyzed.push_back(unfollowed_note(unfollowed, sources));
  return analysis;
}

} // namespace hoist::cpp
