#pragma once

#include <string>

namespace hoist::cli {

/// `hoist rules`: every rule with its languages, whether it is on by default,
/// and the best fix it offers.
int run_rules();

/// `hoist explain RULE`: the rule's documentation page.
int run_explain(const std::string &rule);

} // namespace hoist::cli
