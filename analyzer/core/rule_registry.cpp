#include "core/rule_registry.h"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/closest_name.h"
#include "core/data_dir.h"
#include "core/file_kinds.h"
#include "core/source_file.h"

namespace hoist {
namespace {

std::string required_string(const nlohmann::json &entry, const char *key,
                            const std::filesystem::path &file) {
  auto it = entry.find(key);
  if (it == entry.end() || !it->is_string() || it->get<std::string>().empty())
    throw std::runtime_error(file.string() + ": missing or empty string '" +
                             key + "'");
  return it->get<std::string>();
}

RuleInfo parse_rule(const std::filesystem::path &file) {
  std::string unread;
  std::optional<std::string> text =
      read_file(file, unread, kDefaultMaxFileSize);
  if (!text)
    throw std::runtime_error(file.string() + ": " + unread);
  nlohmann::json entry;
  try {
    entry = nlohmann::json::parse(*text);
  } catch (const nlohmann::json::exception &error) {
    throw std::runtime_error(file.string() + ": " + error.what());
  }
  RuleInfo rule;
  rule.id = required_string(entry, "id", file);
  if (rule.id != file.parent_path().filename().string())
    throw std::runtime_error(file.string() + ": id '" + rule.id +
                             "' does not match its folder's name");
  rule.summary = required_string(entry, "summary", file);
  rule.description = required_string(entry, "description", file);
  std::string severity = required_string(entry, "severity", file);
  if (severity != "warning" && severity != "error")
    throw std::runtime_error(file.string() +
                             ": severity must be 'warning' or 'error'");
  rule.severity = severity == "error" ? Severity::Error : Severity::Warning;
  rule.languages = entry.value("languages", std::vector<std::string>{});
  rule.enabled_by_default = entry.value("enabled_by_default", true);
  rule.fix = required_string(entry, "fix", file);
  static const char *kFixKinds[] = {"safe", "unsafe", "display", "none"};
  if (std::find(std::begin(kFixKinds), std::end(kFixKinds), rule.fix) ==
      std::end(kFixKinds))
    throw std::runtime_error(file.string() +
                             ": fix must be safe, unsafe, display or none");
  rule.doc = "rules/" + rule.id + "/doc.md";
  rule.clang_tidy_check = entry.value("clang_tidy_check", false);
  rule.catalogued = entry.value("catalogued", false);
  return rule;
}

} // namespace

RuleRegistry RuleRegistry::load(const std::filesystem::path &rules_dir) {
  RuleRegistry registry;
  std::error_code error;
  for (const auto &entry :
       std::filesystem::directory_iterator(rules_dir, error)) {
    if (entry.is_directory() &&
        std::filesystem::exists(entry.path() / "rule.json"))
      registry.rules_.push_back(parse_rule(entry.path() / "rule.json"));
  }
  if (error)
    throw std::runtime_error(rules_dir.string() + ": " + error.message());
  if (registry.rules_.empty())
    throw std::runtime_error(rules_dir.string() + ": no rules found");
  std::sort(registry.rules_.begin(), registry.rules_.end(),
            [](const RuleInfo &a, const RuleInfo &b) { return a.id < b.id; });
  return registry;
}

std::string canonical_rule_id(std::string_view id) {
  if (id.substr(0, kClangTidyPrefix.size()) == kClangTidyPrefix)
    id.remove_prefix(kClangTidyPrefix.size());
  return std::string(id);
}

const RuleInfo *RuleRegistry::find(const std::string &given) const {
  const std::string id = canonical_rule_id(given);
  auto it = std::lower_bound(rules_.begin(), rules_.end(), id,
                             [](const RuleInfo &rule, const std::string &key) {
                               return rule.id < key;
                             });
  return it != rules_.end() && it->id == id ? &*it : nullptr;
}

std::string RuleRegistry::display_name(const std::string &rule_id,
                                       std::string_view path) const {
  const RuleInfo *rule = find(rule_id);
  // Only clang-tidy's checks report in a file of no front-end's kind: one a
  // C++ file includes, whatever its extension (a unity build's .inc).
  const FileKind *kind = file_kind_of(path);
  if (rule && rule->clang_tidy_check && (!kind || kind->clang_tidy_findings))
    return std::string(kClangTidyPrefix) + rule->id;
  return rule_id;
}

std::string unknown_rule_message(const std::string &name,
                                 const std::vector<std::string> &ids) {
  // Suggested in the spelling given: `awslambda-client-in-handlr` is
  // `awslambda-client-in-handler`.
  std::string prefix =
      name.substr(0, name.size() - canonical_rule_id(name).size());
  std::vector<std::string> spelled;
  for (const std::string &id : ids)
    spelled.push_back(prefix + id);
  std::string message = "unknown rule '" + name + "'";
  std::string advice = did_you_mean(name, spelled);
  if (!advice.empty())
    return message + advice;
  message += "; the rules are: ";
  for (std::size_t i = 0; i < ids.size(); ++i)
    message += (i ? ", " : "") + ids[i];
  return message;
}

std::string RuleRegistry::unknown_rule_message(const std::string &name) const {
  std::vector<std::string> ids;
  for (const RuleInfo &rule : rules_)
    ids.push_back(rule.id);
  return hoist::unknown_rule_message(name, ids);
}

std::size_t RuleRegistry::index_of(const std::string &id) const {
  return static_cast<std::size_t>(find(id) - rules_.data());
}

std::optional<std::string> read_rule_page(const RuleInfo &rule) {
  std::string unread;
  return read_file(find_data_dir() / rule.doc, unread, kDefaultMaxFileSize);
}

} // namespace hoist
