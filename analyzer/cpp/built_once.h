#pragma once

#include <set>

namespace clang {
class ASTContext;
class Stmt;
} // namespace clang

namespace hoist::cpp {

/// The code in a body that runs once per process although the body runs on
/// every invocation: the branch of `if (!client)` (or `client == nullptr`)
/// that sets `client`, a static or namespace-scope object, and what
/// `std::call_once` is given to run with a static or namespace-scope flag.
/// What it builds is built once, as a function-local static's initializer
/// is; the constructions and calls in it are not per-invocation.
std::set<const clang::Stmt *> built_once(clang::ASTContext &context,
                                         const clang::Stmt *body);

} // namespace hoist::cpp
