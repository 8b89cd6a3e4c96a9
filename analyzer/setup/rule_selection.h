#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "core/rule_registry.h"

namespace hoist::setup {

/// The rules to run: `select` (default: the rules on by default) and
/// `extend_select`, minus `ignore`. Returns false and sets `error` for an
/// unknown rule.
bool select_rules(const std::vector<std::string> &select,
                  const std::vector<std::string> &extend_select,
                  const std::vector<std::string> &ignore,
                  const RuleRegistry &registry,
                  std::unordered_set<std::string> &enabled, std::string &error);

} // namespace hoist::setup
