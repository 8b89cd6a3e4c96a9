#pragma once

#include <vector>

#include <clang/Basic/SourceLocation.h>

namespace clang {
class CXXCtorInitializer;
class Expr;
class FieldDecl;
class FunctionDecl;
class InitListExpr;
} // namespace clang

namespace hoist::cpp {

/// A member a constructor builds before its body runs, and the expression
/// that builds it.
struct MemberInit {
  const clang::CXXCtorInitializer *initializer = nullptr;
  const clang::Expr *expression = nullptr;
};

/// What a constructor the user wrote (`Repo() : client_() {}`, `Repo() {}`)
/// builds of its members: from its initializer list, or, for the members
/// the list leaves out, their own initializers (`Aws::S3::S3Client s3_{cfg};`)
/// or default constructors. Empty for any other function (an implicit or
/// defaulted constructor is not followed, in either mode).
std::vector<MemberInit> member_inits(const clang::FunctionDecl &function);

/// Where a finding about what `init` builds points: the initializer when
/// the list names it, else the member's declaration.
clang::SourceLocation member_init_location(const MemberInit &init);

/// A member aggregate initialization builds (`Settings s{cfg, "eu"};`), and
/// the expression that builds it: the list's element, or, for a member the
/// list leaves out (`Settings s{};`, `{.region = "eu"}`), its own
/// initializer or its default construction, which the list does not write.
struct AggregateInit {
  const clang::FieldDecl *field = nullptr;
  const clang::Expr *expression = nullptr;
  bool written = false; ///< an element of the list as the code spells it
};

/// What aggregate initialization with `list` (as written: a traversal that
/// skips implicit code sees only that form) builds of each member of its
/// class, through the members it leaves out that are aggregates in turn.
/// Empty for a list that initializes no class (an array's, a scalar's).
std::vector<AggregateInit> aggregate_inits(const clang::InitListExpr &list);

} // namespace hoist::cpp
