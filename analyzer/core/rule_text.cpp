#include "core/rule_text.h"

#include <algorithm>
#include <stdexcept>

#include "rules/rule_ids.h"

namespace hoist {
namespace {

template <typename Texts>
std::string_view find_text(const Texts &texts, std::string_view rule,
                           std::string_view key, const char *what) {
  auto it = std::find_if(texts.begin(), texts.end(), [&](const auto &text) {
    return text.rule == rule && text.key == key;
  });
  if (it == texts.end())
    throw std::logic_error("rules/" + std::string(rule) + "/rule.json has no " +
                           what + " '" + std::string(key) + "'");
  return it->text;
}

} // namespace

std::string rule_message(std::string_view rule, std::string_view key,
                         const std::vector<TemplateValue> &values) {
  std::string_view text = find_text(rules::kRuleMessages, rule, key, "message");
  std::string out;
  std::size_t at = 0;
  for (std::size_t open; (open = text.find('{', at)) != std::string_view::npos;) {
    std::size_t close = text.find('}', open);
    std::string_view name = text.substr(open + 1, close - open - 1);
    auto value = std::find_if(values.begin(), values.end(),
                              [&](const TemplateValue &v) { return v.first == name; });
    if (close == std::string_view::npos || value == values.end())
      throw std::logic_error("no value for '{" + std::string(name) +
                             "}' in the message '" + std::string(key) +
                             "' of " + std::string(rule));
    out.append(text, at, open - at);
    out += value->second;
    at = close + 1;
  }
  out.append(text, at);
  return out;
}

std::string rule_fix_title(std::string_view rule, std::string_view language) {
  return std::string(find_text(rules::kRuleFixTitles, rule, language, "fix title"));
}

} // namespace hoist
