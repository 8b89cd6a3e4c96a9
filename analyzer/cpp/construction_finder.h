#pragma once

#include <string>
#include <vector>

#include "cpp/cpp_catalogue.h"

namespace clang {
class CXXCtorInitializer;
class Expr;
class FieldDecl;
class FunctionDecl;
class QualType;
class VarDecl;
class DeclStmt;
} // namespace clang

namespace hoist::cpp {

/// A catalogued object built, or catalogued function called, in a body.
struct Construction {
  const CppApi *api = nullptr;
  std::string name;                  ///< the class or function, qualified
  const clang::Expr *expr = nullptr; ///< the construction, new, or call
  /// The variable it initializes (`Aws::S3::S3Client client(config);`), and
  /// its declaration statement, when that is all the statement declares.
  const clang::VarDecl *variable = nullptr;
  const clang::DeclStmt *statement = nullptr;
  /// The member it is, built by the constructor `find_constructions` was
  /// given (`Repo() : client_() {}`), else null.
  const clang::CXXCtorInitializer *member = nullptr;
  /// The member aggregate initialization builds it as, when the list leaves
  /// that member out (`Settings s{};`): no code but its declaration says so.
  const clang::FieldDecl *field = nullptr;
  /// Built by a standard container as an element (`std::vector<S3Client>
  /// clients(3)`, `by_region.emplace(region, config)`).
  bool element = false;
};

/// Whether `name` (qualified) is an object factory whose first template
/// argument is what it builds: std::make_shared / std::make_unique /
/// Aws::MakeShared / Aws::MakeUnique / Aws::New.
bool is_object_factory(const std::string &name);

/// The constructions in `function`'s own body (lambdas written inside it
/// included) and, for a constructor the user wrote, in what it builds of
/// its members (member_inits.h): by declaration, temporary, `new`,
/// std::make_shared / std::make_unique / Aws::MakeShared / Aws::New, and
/// catalogued calls.
/// Copies and moves of existing objects are not constructions.
std::vector<Construction>
find_constructions(const clang::FunctionDecl &function,
                   const CppCatalogue &catalogue);

} // namespace hoist::cpp
