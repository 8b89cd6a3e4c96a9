#pragma once

#include <filesystem>
#include <string>
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
  std::string doc; ///< doc page, relative to the data directory
};

/// Every rule hoist knows, in id order. Loading fails loudly on a malformed
/// entry: a broken catalogue is a packaging bug, not something to skip.
class RuleRegistry {
public:
  static RuleRegistry load(const std::filesystem::path &rules_dir);

  const std::vector<RuleInfo> &rules() const { return rules_; }
  const RuleInfo *find(const std::string &id) const;
  /// Position of `id` in rules(); SARIF's ruleIndex.
  std::size_t index_of(const std::string &id) const;

private:
  std::vector<RuleInfo> rules_;
};

} // namespace hoist
