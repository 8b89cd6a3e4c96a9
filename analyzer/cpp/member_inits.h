#pragma once

#include <vector>

#include <clang/Basic/SourceLocation.h>

namespace clang {
class CXXCtorInitializer;
class Expr;
class FunctionDecl;
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

} // namespace hoist::cpp
