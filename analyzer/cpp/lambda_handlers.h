#pragma once

#include <map>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class DeclRefExpr;
class FunctionDecl;
class LambdaExpr;
} // namespace clang

namespace hoist::cpp {

/// A C++ Lambda handler in a translation unit.
struct LambdaHandler {
  /// The code that runs per invocation: the function, the lambda's call
  /// operator, or the functor's operator().
  const clang::FunctionDecl *function = nullptr;
  std::string name; ///< how messages name it
  /// The run_handler(...) call it is passed to; null when it is a handler
  /// by its signature only.
  const clang::CallExpr *run_handler = nullptr;
  /// run_handler's argument when it names the function directly
  /// (`run_handler(my_handler)`), the form the main() fix rewrites.
  const clang::DeclRefExpr *named_argument = nullptr;
  /// run_handler's argument when it is a lambda that forwards to the
  /// function (`[&client](auto const& r) { return my_handler(r, client); }`),
  /// the form an earlier main() fix leaves.
  const clang::LambdaExpr *forwarding_lambda = nullptr;
  const clang::CallExpr *forwarding_call = nullptr;
  /// Given to run_handler through std::bind (`std::bind(&handle, _1, t)`).
  bool bound = false;
};

struct HandlerScan {
  std::vector<LambdaHandler> handlers;
  /// How many times each function is named in the main file: a handler that
  /// is only named by run_handler can take new parameters.
  std::map<const clang::FunctionDecl *, unsigned> references;
  /// How many run_handler calls name each function (canonical declaration).
  std::map<const clang::FunctionDecl *, unsigned> passed;
};

/// Finds the handlers of the main file: callables passed to
/// aws::lambda_runtime::run_handler (a function, a lambda inline or in a
/// variable, a std::function, a functor), and functions with the signature
/// invocation_response(invocation_request const&).
HandlerScan find_lambda_handlers(clang::ASTContext &context);

/// Whether `function` is invocation_response(invocation_request [const&]).
bool has_handler_signature(const clang::FunctionDecl &function);

} // namespace hoist::cpp
