#include "cli/rules_command.h"

#include <fstream>
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
  std::cout << std::left << std::setw(24) << "RULE" << std::setw(12)
            << "LANGUAGES" << std::setw(9) << "DEFAULT" << std::setw(8) << "FIX"
            << "SUMMARY\n";
  for (const RuleInfo &rule : registry->rules())
    std::cout << std::setw(24) << rule.id << std::setw(12)
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
  std::ifstream page(find_data_dir() / rule->doc);
  if (!page)
    return command_error("the page of '" + id + "' (" + rule->doc +
                         ") is missing from this installation");
  std::cout << page.rdbuf();
  return 0;
}

} // namespace hoist::cli
