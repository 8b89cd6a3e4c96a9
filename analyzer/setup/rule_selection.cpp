#include "setup/rule_selection.h"

namespace hoist::setup {

bool select_rules(const std::vector<std::string> &select,
                  const std::vector<std::string> &extend_select,
                  const std::vector<std::string> &ignore,
                  const RuleRegistry &registry,
                  std::unordered_set<std::string> &enabled,
                  std::string &error) {
  // Each name as the registry reads it; ALL stands for every rule.
  auto resolve = [&](const std::vector<std::string> &names,
                     std::unordered_set<std::string> &ids, bool &all) {
    for (const std::string &name : names) {
      if (name == "ALL") {
        all = true;
      } else if (const RuleInfo *rule = registry.find(name)) {
        ids.insert(rule->id);
      } else {
        error = registry.unknown_rule_message(name);
        return false;
      }
    }
    return true;
  };
  std::unordered_set<std::string> selected, extended, ignored;
  bool select_all = false, extend_all = false, ignore_all = false;
  if (!resolve(select, selected, select_all) ||
      !resolve(extend_select, extended, extend_all) ||
      !resolve(ignore, ignored, ignore_all))
    return false;
  for (const RuleInfo &rule : registry.rules()) {
    bool on = select.empty() ? rule.enabled_by_default
                             : select_all || selected.count(rule.id);
    on = on || extend_all || extended.count(rule.id);
    if (on && !ignore_all && !ignored.count(rule.id))
      enabled.insert(rule.id);
  }
  return true;
}

} // namespace hoist::setup
