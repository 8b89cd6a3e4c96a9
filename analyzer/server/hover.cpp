#include "server/hover.h"

#include <cctype>

#include "core/line_index.h"

namespace hoist::server {
namespace {

bool id_character(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
}

/// The rule id under `offset` inside a `hoist:` directive on its line, and
/// its range; nothing when the cursor is elsewhere.
std::optional<std::pair<std::string, TextRange>>
rule_id_in_directive(std::string_view text, std::size_t offset) {
  LineIndex lines(text);
  std::size_t line = lines.position(offset).line;
  std::size_t start = lines.line_start(line);
  std::string_view line_text = lines.line_text(line);
  std::size_t directive = line_text.find("hoist:");
  std::size_t at = offset - start;
  if (directive == std::string_view::npos || at < directive ||
      at > line_text.size())
    return std::nullopt;
  std::size_t open = line_text.find('[', directive);
  std::size_t close = line_text.find(']', directive);
  if (open == std::string_view::npos || close == std::string_view::npos ||
      at <= open || at > close)
    return std::nullopt;
  std::size_t begin = at, end = at;
  while (begin > open + 1 && id_character(line_text[begin - 1]))
    --begin;
  while (end < close && id_character(line_text[end]))
    ++end;
  if (begin == end)
    return std::nullopt;
  return std::make_pair(std::string(line_text.substr(begin, end - begin)),
                        TextRange{start + begin, start + end});
}

std::optional<nlohmann::json> page_hover(const RuleInfo &rule,
                                         const TextRange &range,
                                         std::string_view text,
                                         PositionEncoding encoding) {
  std::optional<std::string> page = read_rule_page(rule);
  if (!page)
    return std::nullopt;
  return nlohmann::json{
      {"contents", {{"kind", "markdown"}, {"value", *page}}},
      {"range", TextPositions(text, encoding).range(range.begin, range.end)}};
}

} // namespace

std::optional<nlohmann::json> hover(const std::vector<Diagnostic> &findings,
                                    std::string_view text, std::size_t offset,
                                    const RuleRegistry &registry,
                                    PositionEncoding encoding) {
  if (auto directive = rule_id_in_directive(text, offset))
    if (const RuleInfo *rule = registry.find(directive->first))
      return page_hover(*rule, directive->second, text, encoding);
  for (const Diagnostic &finding : findings) {
    const TextRange &range = finding.location.range;
    if (offset < range.begin || offset > range.end)
      continue;
    if (const RuleInfo *rule = registry.find(finding.rule_id))
      return page_hover(*rule, range, text, encoding);
  }
  return std::nullopt;
}

} // namespace hoist::server
