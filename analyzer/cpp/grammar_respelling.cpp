#include "cpp/grammar_respelling.h"

#include <algorithm>

namespace hoist::cpp {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

// The operand of each `__has_include(...)` (and `__has_include_next`) in
// the directive [from, to) of `out`, blanked.
void blank_has_include(std::string &out, std::size_t from, std::size_t to) {
  static constexpr std::string_view kName = "__has_include";
  for (std::size_t at = out.find(kName, from); at < to;
       at = out.find(kName, at + kName.size())) {
    const std::size_t open = out.find('(', at + kName.size());
    const std::size_t close = out.find(')', open);
    if (close >= to)
      return;
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(open + 1),
              out.begin() + static_cast<std::ptrdiff_t>(close), ' ');
  }
}

} // namespace

std::optional<std::string> respelled_for_grammar(std::string_view text) {
  std::optional<std::string> out;
  auto respelled = [&]() -> std::string & {
    if (!out)
      out.emplace(text);
    return *out;
  };
  for (std::size_t line = 0; line < text.size();) {
    const std::size_t newline = std::min(text.find('\n', line), text.size());
    const std::size_t hash = text.find_first_not_of(" \t\f\v", line);
    if (hash < newline && text[hash] == '#') {
      // Where the line's content ends, before its blanks and a CR.
      std::size_t end = newline;
      if (end > hash && text[end - 1] == '\r')
        --end;
      std::size_t content = end;
      while (content > hash && is_blank(text[content - 1]))
        --content;
      if (content == hash + 1) {
        respelled()[hash] = ' '; // a null directive
      } else if (content < end) {
        // The blanks go to the start of the next line (or, on the last
        // line, one of them becomes its end): the directive ends at once.
        std::string &to = respelled();
        const std::size_t blanks = end - content;
        if (newline < text.size()) {
          std::copy(text.begin() + static_cast<std::ptrdiff_t>(end),
                    text.begin() + static_cast<std::ptrdiff_t>(newline + 1),
                    to.begin() + static_cast<std::ptrdiff_t>(content));
          std::copy(text.begin() + static_cast<std::ptrdiff_t>(content),
                    text.begin() + static_cast<std::ptrdiff_t>(end),
                    to.begin() + static_cast<std::ptrdiff_t>(newline + 1 - blanks));
        } else {
          to[content] = '\n';
        }
      }
      if (text.substr(hash, newline - hash).find("__has_include") !=
          std::string_view::npos)
        blank_has_include(respelled(), hash, newline);
    }
    line = newline + 1;
  }
  return out;
}

} // namespace hoist::cpp
