#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace hoist {

/// A rule's metadata, read from rules/<id>/rule.json.
struct RuleInfo {
  std::string id;
  std::string summary;     ///< one line, used as SARIF shortDescription
  std::string description; ///< a paragraph, used as SARIF fullDescription
  Severity severity = Severity::Warning;
  std::vector<std::string> languages;
  bool enabled_by_default = true;
  /// The best fix the rule can offer: "safe", "unsafe", "display" or "none".
  std::string fix;
  /// Its page, rules/<id>/doc.md beside its rule.json, relative to the
  /// data directory.
  std::string doc;
  /// The clang-tidy plugin registers it as the check `awslambda-<id>`.
  bool clang_tidy_check = false;
  /// Its findings are constructions of the catalogue (rules/catalogue.json).
  bool catalogued = false;
};

/// What clang-tidy's plugin puts before a rule id: `awslambda-<id>` is the
/// check of rule <id>.
inline constexpr std::string_view kClangTidyPrefix = "awslambda-";

/// `id` as hoist names its rules: `awslambda-<rule>` (clang-tidy's name,
/// accepted wherever a rule id is) is <rule>; any other id is itself.
std::string canonical_rule_id(std::string_view id);

/// Why `name` is not one of the rule ids `ids`, for an error message:
/// "unknown rule 'x'; did you mean 'y'?", or with the list of the rules when
/// none is close.
std::string unknown_rule_message(const std::string &name,
                                 const std::vector<std::string> &ids);

/// Every rule hoist knows, in id order. Loading fails loudly on a malformed
/// entry: a broken catalogue is a packaging bug, not something to skip.
class RuleRegistry {
public:
  static RuleRegistry load(const std::filesystem::path &rules_dir);

  const std::vector<RuleInfo> &rules() const { return rules_; }
  /// The rule `id` names, by hoist's id or by clang-tidy's name.
  const RuleInfo *find(const std::string &id) const;
  /// The name a finding of `rule_id` in the file `path` is shown with: the
  /// one its suppression takes there. clang-tidy's `awslambda-<id>` in a
  /// file whose kind holds clang-tidy's findings (a C++ file: what
  /// NOLINT(...) names) or of no kind, else the id.
  std::string display_name(const std::string &rule_id,
                           std::string_view path) const;
  /// Why `name` is not a rule (hoist::unknown_rule_message).
  std::string unknown_rule_message(const std::string &name) const;
  /// Position of `id` in rules(); SARIF's ruleIndex.
  std::size_t index_of(const std::string &id) const;

private:
  std::vector<RuleInfo> rules_;
};

/// The text of `rule`'s documentation page (rules/<id>/doc.md) in this
/// installation; nothing when it lacks the page.
std::optional<std::string> read_rule_page(const RuleInfo &rule);

} // namespace hoist
