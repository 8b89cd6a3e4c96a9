#include "cli/rules_command.h"

#include <algorithm>
#include <iomanip>
#include <iostream>

#include "cli/command_error.h"
#include "core/data_dir.h"
#include "core/rule_registry.h"

namespace hoist::cli {
namespace {

std::optional<RuleRegistry> load_registry() {
  try {
    return RuleRegistry::load(find_data_dir() / "rules");
  } catch (const std::exception &error) {
    command_error(std::string("cannot load the rule catalogue: ") +
                  error.what() +
                  " (set HOIST_DATA_DIR to the directory holding rules/)");
    return std::nullopt;
  }
}

std::string joined(const std::vector<std::string> &items) {
  std::string out;
  for (const std::string &item : items)
    out += (out.empty() ? "" : ",") + item;
  return out;
}

} // namespace

int run_rules() {
  auto registry = load_registry();
  if (!registry)
    return kExitError;
  // The languages column fits the longest list.
  std::size_t languages = std::string("LANGUAGES").size();
  for (const RuleInfo &rule : registry->rules())
    languages = std::max(languages, joined(rule.languages).size());
  const int languages_width = static_cast<int>(languages + 3);
  std::cout << std::left << std::setw(24) << "RULE" << std::setw(languages_width)
            << "LANGUAGES" << std::setw(9) << "DEFAULT" << std::setw(8) << "FIX"
            << "SUMMARY\n";
  for (const RuleInfo &rule : registry->rules())
    std::cout << std::setw(24) << rule.id << std::setw(languages_width)
              << joined(rule.languages) << std::setw(9)
              << (rule.enabled_by_default ? "on" : "off") << std::setw(8)
              << rule.fix << rule.summary << "\n";
  return 0;
}

int run_explain(const std::string &id) {
  auto registry = load_registry();
  if (!registry)
    return kExitError;
  const RuleInfo *rule = registry->find(id);
  if (!rule)
    return command_error(registry->unknown_rule_message(id));
  std::optional<std::string> page = read_rule_page(*rule);
  if (!page)
    return command_error("the page of '" + id + "' (" + rule->doc +
                         ") is missing from this installation");
  std::cout << *page;
  return 0;
}

} // namespace hoist::cli
