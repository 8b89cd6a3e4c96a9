#pragma once

#include <set>
#include <string>

namespace clang {
class ASTContext;
class Expr;
class Stmt;
} // namespace clang

namespace hoist::cpp {

/// What `code` (a statement the main() fix moves) does that may give
/// another value on each invocation (frozen_values.h), as a phrase after
/// "the moved code"; "" when nothing. It follows the calls into the
/// project's functions and constructors; `constructions` (the catalogue's,
/// which the fix moves on purpose) count only by their arguments.
std::string frozen_value_in(clang::ASTContext &context, const clang::Stmt &code,
                            const std::set<const clang::Expr *> &constructions);

} // namespace hoist::cpp
