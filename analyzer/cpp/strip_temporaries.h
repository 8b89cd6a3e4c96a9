#pragma once

namespace clang {
class Expr;
}

namespace hoist::cpp {

/// `expression` without the parentheses, implicit casts and temporary
/// wrappers (cleanups, bindings, materializations, the elidable copies of
/// C++11 and C++14) Clang puts around a value.
const clang::Expr *strip_temporaries(const clang::Expr *expression);

} // namespace hoist::cpp
