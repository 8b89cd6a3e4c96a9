#pragma once

#include <optional>
#include <string>
#include <vector>

#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/SourceLocation.h>

#include "cpp/cpp_catalogue.h"

namespace clang {
class ASTContext;
}

namespace hoist::cpp {

struct CppNote {
  clang::SourceLocation location;
  std::string message;
};

/// One finding of a C++ rule, in Clang's terms: both the clang-tidy checks
/// and the standalone `hoist check` report these.
struct CppFinding {
  std::string rule;
  clang::SourceLocation location;
  std::string message;
  std::optional<Subject> subject; ///< for constructions only
  std::vector<CppNote> notes;
  /// The calls from the handler to it, first to last: a `hoist: ignore` on
  /// a call's line covers what the call reaches.
  std::vector<clang::SourceLocation> call_path;
  std::vector<clang::FixItHint> fix; ///< empty: no fix (a note says why)
  /// Why `fix` can change behaviour; empty when it is safe.
  std::string fix_risk;
  std::size_t fix_resolves = 1; ///< the findings `fix` fixes
};

struct CppSettings {
  /// Follow the handler's calls into the functions it calls (the invoke
  /// path), not only its own body.
  bool follow_calls = true;
  /// Drop the findings a `hoist: ignore` comment covers, as hoist check
  /// does (clang-tidy); off where hoist check applies the comments itself,
  /// to report the ones that silence nothing.
  bool ignore_comments = true;
};

struct CppAnalysis {
  std::vector<CppFinding> findings; ///< every rule's, in source order
  /// What a handler runs that the analysis did not enter, one per kind
  /// (a run_handler argument it cannot resolve, a call it does not follow):
  /// what is there was not checked.
  std::vector<CppNote> not_analyzed;
};

/// Every C++ rule's findings in the main file of `context`'s translation
/// unit, and what was not analyzed.
CppAnalysis analyze_translation_unit(clang::ASTContext &context,
                                     const CppCatalogue &catalogue,
                                     const CppSettings &settings);

} // namespace hoist::cpp
