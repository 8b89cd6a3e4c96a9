#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hoist {

/// A placeholder's name and its value: {"handler", "lambda_handler"}.
using TemplateValue = std::pair<std::string_view, std::string_view>;

/// The rule's message `key` (the "messages" of rules/<rule>/rule.json) with
/// each `{name}` replaced by its value. A rule without that message, or a
/// placeholder without a value, is a bug: it throws std::logic_error.
std::string rule_message(std::string_view rule, std::string_view key,
                         const std::vector<TemplateValue> &values);

/// The title of the rule's fixes in `language` (its "fix_titles").
std::string rule_fix_title(std::string_view rule, std::string_view language);

} // namespace hoist
