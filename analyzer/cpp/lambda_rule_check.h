#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <clang-tidy/ClangTidyCheck.h>

#include "cpp/cpp_catalogue.h"
#include "cpp/tu_analysis.h"

namespace hoist::cpp {

/// One C++ rule as a clang-tidy check, `awslambda-<rule>`. The clang-tidy
/// plugin and the standalone `hoist check` register the same class.
///
/// Options (.clang-tidy CheckOptions, `awslambda-<rule>.<Option>`):
///   FollowCalls   follow the handler into the functions it calls (true)
///   ExtraClasses  ';'-separated qualified names to report as well
///                 (client-in-handler and connection-in-handler)
///   HoistIgnoreComments  drop the findings `// hoist: ignore[...]` comments
///                 cover, as hoist check does (true; hoist check runs its
///                 checks with false and applies the comments itself)
class LambdaRuleCheck : public clang::tidy::ClangTidyCheck {
public:
  LambdaRuleCheck(llvm::StringRef name, clang::tidy::ClangTidyContext *context,
                  std::string rule);

  bool
  isLanguageVersionSupported(const clang::LangOptions &options) const override {
    return options.CPlusPlus;
  }
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &options) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &result) override;
  void onStartOfTranslationUnit() override;

private:
  std::string rule_;
  /// This check says what the analysis did not enter: the first of the
  /// unit's enabled awslambda checks in kCppRules' order, so that it is
  /// said once, under the same name whatever order the checks run in.
  bool tells_not_analyzed_;
  bool follow_calls_;
  std::string extra_classes_;
  bool ignore_comments_;
  CppCatalogue catalogue_;
};

/// A place as clang-tidy's errors give it: a file and a byte offset in it.
using FilePlace = std::pair<std::string, unsigned>;

/// What a finding's clang-tidy diagnostic, which carries only text, cannot.
struct FindingDetails {
  std::optional<Subject> subject;
  std::vector<FilePlace> call_path; ///< the calls from the handler to it
  std::size_t fix_resolves = 1;     ///< the findings its fix fixes
  /// Not a finding: what the analysis did not enter (CppAnalysis::
  /// not_analyzed), a warning of clang-tidy's, a notice of hoist check's.
  bool not_analyzed = false;
};

/// The details of the findings this thread's checks reported in their last
/// translation unit, by rule and by the place clang-tidy's error gives.
const std::map<std::pair<std::string, FilePlace>, FindingDetails> &
reported_details();

} // namespace hoist::cpp
