#include "cpp/cpp_comments.h"

#include <cctype>
#include <string>

namespace hoist::cpp {
namespace {

// Whether `text[at]` opens a raw string: `R"`, with an encoding prefix
// (u8R, uR, UR, LR) or none, not the end of an identifier.
bool opens_raw_string(std::string_view text, std::size_t at) {
  if (text[at] != 'R' || at + 1 >= text.size() || text[at + 1] != '"')
    return false;
  std::size_t start = at;
  while (start > 0 && (std::isalnum(static_cast<unsigned char>(text[start - 1])) ||
                       text[start - 1] == '_'))
    --start;
  std::string_view prefix = text.substr(start, at - start);
  return prefix.empty() || prefix == "u8" || prefix == "u" || prefix == "U" ||
         prefix == "L";
}

// Whether `text[at]` follows a run of letters and digits that begins with
// a digit: a number.
bool in_number(std::string_view text, std::size_t at) {
  std::size_t start = at;
  while (start > 0 && (std::isalnum(static_cast<unsigned char>(text[start - 1])) ||
                       text[start - 1] == '\''))
    --start;
  return start < at && std::isdigit(static_cast<unsigned char>(text[start]));
}

} // namespace

std::vector<TextRange> cpp_comment_ranges(std::string_view text) {
  std::vector<TextRange> comments;
  std::size_t at = 0;
  while (at < text.size()) {
    char c = text[at];
    if (c == '/' && at + 1 < text.size() && text[at + 1] == '/') {
      std::size_t end = text.find('\n', at);
      if (end == std::string_view::npos)
        end = text.size();
      // A line comment ends at the newline (a continued one goes on).
      while (end < text.size() && end > at && text[end - 1] == '\\') {
        std::size_t next = text.find('\n', end + 1);
        end = next == std::string_view::npos ? text.size() : next;
      }
      std::size_t last = end;
      if (last > at && text[last - 1] == '\r')
        --last;
      comments.push_back({at, last});
      at = end;
    } else if (c == '/' && at + 1 < text.size() && text[at + 1] == '*') {
      std::size_t close = text.find("*/", at + 2);
      std::size_t end = close == std::string_view::npos ? text.size() : close + 2;
      comments.push_back({at, end});
      at = end;
    } else if (opens_raw_string(text, at)) {
      // R"delimiter( ... )delimiter"
      std::size_t open = text.find('(', at + 2);
      if (open == std::string_view::npos)
        return comments;
      std::string closing =
          ")" + std::string(text.substr(at + 2, open - at - 2)) + "\"";
      std::size_t close = text.find(closing, open + 1);
      at = close == std::string_view::npos ? text.size()
                                           : close + closing.size();
    } else if (c == '"' || c == '\'') {
      // A digit separator (1'000, 0xFF'FF) is no character literal.
      if (c == '\'' && in_number(text, at)) {
        ++at;
        continue;
      }
      ++at;
      while (at < text.size() && text[at] != c && text[at] != '\n')
        at += text[at] == '\\' ? 2 : 1;
      ++at;
    } else {
      ++at;
    }
  }
  return comments;
}

} // namespace hoist::cpp
