#include "core/suppression_comment.h"

namespace hoist {
namespace {

constexpr std::string_view kMarker = "hoist:";

std::string trim(std::string_view text) {
  auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos)
    return "";
  auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

} // namespace

std::optional<SuppressionComment>
parse_suppression_comment(std::string_view comment) {
  auto marker = comment.find(kMarker);
  if (marker == std::string_view::npos)
    return std::nullopt;
  std::string_view text = comment.substr(marker + kMarker.size());
  auto start = text.find_first_not_of(" \t");
  if (start == std::string_view::npos)
    return std::nullopt;
  text.remove_prefix(start);
  SuppressionComment out;
  out.begin = marker;
  std::string_view keyword;
  if (text.rfind("ignore-file", 0) == 0) {
    keyword = "ignore-file";
    out.file_level = true;
  } else if (text.rfind("ignore", 0) == 0) {
    keyword = "ignore";
  } else {
    return std::nullopt;
  }
  text.remove_prefix(keyword.size());
  if (!text.empty() && text.front() == '[') {
    auto close = text.find(']');
    if (close == std::string_view::npos)
      return std::nullopt;
    std::string_view list = text.substr(1, close - 1);
    out.end = comment.size() - text.size() + close + 1;
    while (!list.empty()) {
      auto comma = list.find(',');
      std::string rule = trim(list.substr(0, comma));
      if (!rule.empty())
        out.rules.push_back(rule);
      if (comma == std::string_view::npos)
        break;
      list.remove_prefix(comma + 1);
    }
  } else if (!text.empty() && text.front() != ' ' && text.front() != '\t' &&
             text.front() != '*' && text.front() != '\r') {
    return std::nullopt; // "ignored", "ignorefoo"
  } else {
    out.end = comment.size() - text.size();
  }
  return out;
}

} // namespace hoist
