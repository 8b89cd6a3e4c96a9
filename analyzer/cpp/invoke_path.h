#pragma once

#include <map>
#include <vector>

namespace clang {
class ASTContext;
class CXXDefaultArgExpr;
class Expr;
class FunctionDecl;
class SourceManager;
} // namespace clang

namespace hoist::cpp {

/// How a function is reached from a handler: the caller and the call.
struct CallStep {
  const clang::FunctionDecl *caller = nullptr; ///< null for the handler itself
  const clang::Expr *call = nullptr;
};

/// The functions a handler runs on every invocation: itself and what it
/// calls, transitively, among the project's functions: defined in the main
/// file or in a header below the main file's repository (the nearest
/// directory above it with .git; without one, the main file's directory),
/// outside libraries (system headers, namespaces std, Aws and aws).
/// Each maps to how it was first reached, so the shortest call chain can be
/// read back.
using InvokePath = std::map<const clang::FunctionDecl *, CallStep>;

/// A call on the path to a function of no library that the path does not
/// enter: one the translation unit only declares (defined in another one),
/// or one defined in a header outside the project.
struct UnfollowedCall {
  const clang::FunctionDecl *callee = nullptr;
  const clang::Expr *call = nullptr;
  bool outside_project = false; ///< else: not defined here
  /// Declared in the main file or in a header of the project it includes
  /// with quotes (`open_db` of "db.h", defined in db.c): the project's code,
  /// even with C linkage.
  bool declared_in_project = false;
};

/// With `unfollowed`, the calls it does not enter are added to it.
InvokePath find_invoke_path(clang::ASTContext &context,
                            const clang::FunctionDecl *handler,
                            bool follow_calls,
                            std::vector<UnfollowedCall> *unfollowed = nullptr);

/// Whether `function` is a library's: declared in a system header, or in
/// namespace std, Aws or aws.
bool library_function(const clang::FunctionDecl &function,
                      const clang::SourceManager &sources);

/// What a call that leaves `argument` to its default runs there: the
/// default's expression; null for a library function's own
/// (`S3Client(ClientConfiguration = {})`, part of the library's work).
clang::Expr *run_default_argument(clang::CXXDefaultArgExpr &argument,
                                  const clang::SourceManager &sources);

/// The chain from the handler to `function`, handler first.
std::vector<const clang::FunctionDecl *>
call_chain(const InvokePath &path, const clang::FunctionDecl *function);

} // namespace hoist::cpp
