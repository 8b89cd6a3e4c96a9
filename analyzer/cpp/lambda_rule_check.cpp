#include "cpp/lambda_rule_check.h"

#include <cstdlib>
#include <sstream>

#include <clang/AST/ASTContext.h>
#include <clang/ASTMatchers/ASTMatchFinder.h>
#include <clang/ASTMatchers/ASTMatchers.h>

#include "core/data_dir.h"
#include "rules/rule_ids.h"

namespace hoist::cpp {
namespace {

// Read once per process: each check of each translation unit would
// otherwise parse the same catalogue.json again.
const CppCatalogue &installed_catalogue() {
  static const CppCatalogue catalogue =
      CppCatalogue::load(find_data_dir() / "rules" / "catalogue.json");
  return catalogue;
}

bool first_enabled_rule(clang::tidy::ClangTidyContext &context,
                        const std::string &rule) {
  for (const char *each : rules::kCppRules)
    if (context.isCheckEnabled(std::string("awslambda-") + each))
      return each == rule;
  return false;
}

} // namespace

LambdaRuleCheck::LambdaRuleCheck(llvm::StringRef name,
                                 clang::tidy::ClangTidyContext *context,
                                 std::string rule)
    : ClangTidyCheck(name, context), rule_(std::move(rule)),
      tells_not_analyzed_(first_enabled_rule(*context, rule_)),
      // Read as text: the template accessors are not exported the same way
      // by every compiler's name mangling, and the plugin must link with
      // Debian's clang-tidy however it was built.
      follow_calls_(Options.get("FollowCalls", "true") != "false"),
      extra_classes_(Options.get("ExtraClasses", "")),
      ignore_comments_(Options.get("HoistIgnoreComments", "true") != "false"),
      catalogue_(installed_catalogue()) {
  std::stringstream classes(extra_classes_);
  std::string name_of_class;
  while (std::getline(classes, name_of_class, ';'))
    if (!name_of_class.empty())
      catalogue_.add_class(name_of_class, rule_);
}

void LambdaRuleCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &options) {
  Options.store(options, "FollowCalls", follow_calls_ ? "true" : "false");
  Options.store(options, "ExtraClasses", extra_classes_);
  Options.store(options, "HoistIgnoreComments",
                ignore_comments_ ? "true" : "false");
}

void LambdaRuleCheck::registerMatchers(
    clang::ast_matchers::MatchFinder *finder) {
  // One match per translation unit: the analysis walks only the handlers
  // and what they call, not every node.
  finder->addMatcher(clang::ast_matchers::translationUnitDecl().bind("unit"),
                     this);
}

namespace {

// The checks of one translation unit share one analysis when their options
// agree (the usual case): each rule's check only picks its own findings.
struct SharedAnalysis {
  const clang::ASTContext *context = nullptr;
  std::string key; ///< the options it was made with
  CppAnalysis analysis;
};

SharedAnalysis &shared_analysis() {
  thread_local SharedAnalysis shared;
  return shared;
}

std::map<std::pair<std::string, FilePlace>, FindingDetails> &details() {
  thread_local std::map<std::pair<std::string, FilePlace>, FindingDetails>
      reported;
  return reported;
}

// As clang-tidy's errors place a diagnostic: at the file location its
// macros expand to.
FilePlace place_of(clang::SourceLocation location,
                   const clang::SourceManager &sources) {
  clang::SourceLocation at = sources.getFileLoc(location);
  return {sources.getFilename(at).str(), sources.getFileOffset(at)};
}

} // namespace

const std::map<std::pair<std::string, FilePlace>, FindingDetails> &
reported_details() {
  return details();
}

void LambdaRuleCheck::onStartOfTranslationUnit() {
  // A new unit's ASTContext may reuse the last one's address.
  shared_analysis() = {};
  details().clear();
}

void LambdaRuleCheck::check(
    const clang::ast_matchers::MatchFinder::MatchResult &result) {
  CppSettings settings;
  settings.follow_calls = follow_calls_;
  settings.ignore_comments = ignore_comments_;
  SharedAnalysis &shared = shared_analysis();
  // ExtraClasses adds to this check's own catalogue: not shareable then.
  const std::string key =
      std::string(follow_calls_ ? "1" : "0") + (ignore_comments_ ? "1" : "0") +
      (extra_classes_.empty() ? "" : rule_ + ":" + extra_classes_);
  if (shared.context != result.Context || shared.key != key)
    shared = {result.Context, key,
              analyze_translation_unit(*result.Context, catalogue_, settings)};
  const clang::SourceManager &sources = result.Context->getSourceManager();
  if (tells_not_analyzed_) {
    for (const CppNote &note : shared.analysis.not_analyzed) {
      details()[{rule_, place_of(note.location, sources)}].not_analyzed = true;
      // A remark, not a warning: what the analysis did not enter is no
      // finding, so WarningsAsErrors must not turn it into an error.
      diag(note.location, "%0", clang::DiagnosticIDs::Remark) << note.message;
    }
  }
  for (const CppFinding &finding : shared.analysis.findings) {
    if (finding.rule != rule_)
      continue;
    FindingDetails &reported =
        details()[{rule_, place_of(finding.location, sources)}];
    reported.subject = finding.subject;
    reported.fix_resolves = finding.fix_resolves;
    for (clang::SourceLocation call : finding.call_path)
      reported.call_path.push_back(place_of(call, sources));
    {
      auto warning = diag(finding.location, "%0") << finding.message;
      if (finding.fix_risk.empty())
        for (const clang::FixItHint &edit : finding.fix)
          warning << edit;
    }
    for (const CppNote &note : finding.notes)
      diag(note.location, "%0", clang::DiagnosticIDs::Note) << note.message;
    // clang-tidy's way to offer a fix that needs review: on a note, applied
    // only with --fix-notes (hoist check: --unsafe-fixes).
    if (!finding.fix_risk.empty() && !finding.fix.empty()) {
      auto note = diag(finding.location, "%0", clang::DiagnosticIDs::Note)
                  << "unsafe fix: " + finding.fix_risk;
      for (const clang::FixItHint &edit : finding.fix)
        note << edit;
    }
  }
}

} // namespace hoist::cpp
