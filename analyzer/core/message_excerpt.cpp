#include "core/message_excerpt.h"

namespace hoist {
namespace {

/// `at`, moved back to the start of the UTF-8 sequence it falls in.
std::size_t sequence_start(std::string_view value, std::size_t at) {
  while (at > 0 && at < value.size() &&
         (static_cast<unsigned char>(value[at]) & 0xC0) == 0x80)
    --at; // a continuation byte: cut before its sequence
  return at;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

constexpr std::string_view kEllipsis = "...";

} // namespace

std::string path_excerpt(std::string_view path, std::size_t limit) {
  if (path.size() <= limit)
    return std::string(path);
  std::size_t head = sequence_start(path, limit / 3);
  std::size_t tail = sequence_start(path, path.size() - (limit - limit / 3));
  return std::string(path.substr(0, head)) + std::string(kEllipsis) +
         std::string(path.substr(tail));
}

std::string message_excerpt(std::string_view value, std::size_t limit) {
  std::string line;
  bool cut = false;
  for (char c : value) {
    if (!is_space(c))
      line += c;
    else if (!line.empty() && line.back() != ' ')
      line += ' ';
    if (line.size() > limit && line.back() != ' ') {
      cut = true; // no need to read the rest
      break;
    }
  }
  if (!line.empty() && line.back() == ' ' && !cut)
    line.pop_back();
  if (!cut)
    return line;
  std::size_t keep = limit > kEllipsis.size() ? limit - kEllipsis.size() : 0;
  line.resize(sequence_start(line, keep));
  while (!line.empty() && line.back() == ' ')
    line.pop_back();
  return line + std::string(kEllipsis);
}

std::string one_line(std::string_view message) {
  std::string line;
  line.reserve(message.size());
  for (std::size_t i = 0; i < message.size(); ++i) {
    if (message[i] != '\n' && message[i] != '\r') {
      line += message[i];
      continue;
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
      line.pop_back();
    while (i + 1 < message.size() && is_space(message[i + 1]))
      ++i;
    if (!line.empty())
      line += ' ';
  }
  return line;
}

} // namespace hoist
