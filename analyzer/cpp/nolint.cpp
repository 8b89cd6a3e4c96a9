#include "cpp/nolint.h"

#include <algorithm>

#include "core/suppression_comment.h"
#include "cpp/check_glob.h"
#include "cpp/cpp_comments.h"

namespace hoist::cpp {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

std::size_t line_begin(std::string_view text, std::size_t offset) {
  std::size_t newline = offset == 0 ? std::string_view::npos
                                    : text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

std::size_t line_end(std::string_view text, std::size_t offset) {
  std::size_t newline = text.find('\n', offset);
  return newline == std::string_view::npos ? text.size() : newline + 1;
}

} // namespace

NolintDirectives::NolintDirectives(std::string_view text) {
  struct Open {
    std::size_t begin;
    std::string list; ///< as written: an END closes the BEGIN with its list
    std::vector<std::string> checks;
  };
  std::vector<Open> open;
  constexpr std::string_view kMarker = "NOLINT";
  for (std::size_t at = text.find(kMarker); at != std::string_view::npos;
       at = text.find(kMarker, at + kMarker.size())) {
    std::string_view rest = text.substr(at + kMarker.size());
    std::string_view kind;
    for (std::string_view suffix : {"NEXTLINE", "BEGIN", "END"})
      if (rest.substr(0, suffix.size()) == suffix) {
        kind = suffix;
        break;
      }
    rest.remove_prefix(kind.size());
    std::string list;
    std::vector<std::string> checks;
    if (!rest.empty() && rest.front() == '(') {
      std::size_t close = rest.find(')');
      if (close == std::string_view::npos || rest.substr(0, close).find('\n') !=
                                                 std::string_view::npos)
        continue; // clang-tidy ignores a list that is not closed
      list = std::string(rest.substr(1, close - 1));
      std::string_view names = list;
      while (!names.empty()) {
        std::size_t comma = names.find(',');
        std::string_view name = trimmed(names.substr(0, comma));
        if (!name.empty())
          checks.emplace_back(name);
        if (comma == std::string_view::npos)
          break;
        names.remove_prefix(comma + 1);
      }
      if (checks.empty())
        continue; // NOLINT() names no check
    }
    const std::size_t begin = line_begin(text, at);
    const std::size_t end = line_end(text, at);
    if (kind.empty()) {
      spans_.push_back({begin, end, std::move(checks)});
    } else if (kind == "NEXTLINE") {
      if (end < text.size())
        spans_.push_back({end, line_end(text, end), std::move(checks)});
    } else if (kind == "BEGIN") {
      open.push_back({begin, std::move(list), std::move(checks)});
    } else {
      auto match = std::find_if(open.rbegin(), open.rend(), [&](const Open &o) {
        return o.list == list;
      });
      if (match == open.rend())
        continue;
      spans_.push_back({match->begin, end, std::move(match->checks)});
      open.erase(std::next(match).base());
    }
  }
  for (Open &unended : open)
    spans_.push_back({unended.begin, text.size(), std::move(unended.checks)});
  if (text.find("hoist:") == std::string_view::npos)
    return;
  for (const TextRange &comment : cpp_comment_ranges(text))
    if (std::optional<SuppressionComment> directive = parse_suppression_comment(
            text.substr(comment.begin, comment.end - comment.begin)))
      ignored_.push_back(
          directive->file_level
              ? Span{0, text.size(), std::move(directive->rules)}
              : Span{line_begin(text, comment.begin),
                     line_end(text, comment.begin),
                     std::move(directive->rules)});
}

bool NolintDirectives::silences(std::size_t offset,
                                const std::string &rule) const {
  return covers(spans_, offset, rule);
}

bool NolintDirectives::ignores(std::size_t offset,
                               const std::string &rule) const {
  return covers(ignored_, offset, rule);
}

bool NolintDirectives::leaves(std::size_t offset,
                              const std::string &rule) const {
  return silences(offset, rule) || ignores(offset, rule);
}

bool NolintDirectives::covers(const std::vector<Span> &spans,
                              std::size_t offset, const std::string &rule) {
  const std::string tidy_name = "awslambda-" + rule;
  for (const Span &span : spans) {
    if (offset < span.begin || offset >= span.end)
      continue;
    if (span.checks.empty())
      return true;
    for (const std::string &glob : span.checks)
      if (matches_check_glob(glob, tidy_name) || glob == rule)
        return true;
  }
  return false;
}

} // namespace hoist::cpp
