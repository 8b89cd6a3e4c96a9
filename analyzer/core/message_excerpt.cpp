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

} // namespace

std::string path_excerpt(std::string_view path, std::size_t limit) {
  if (path.size() <= limit)
    return std::string(path);
  std::size_t head = sequence_start(path, limit / 3);
  std::size_t tail = sequence_start(path, path.size() - (limit - limit / 3));
  return std::string(path.substr(0, head)) + "... (" +
         std::to_string(tail - head) + " more bytes) ..." +
         std::string(path.substr(tail));
}

std::string message_excerpt(std::string_view value, std::size_t limit) {
  if (value.size() <= limit)
    return std::string(value);
  std::size_t cut = sequence_start(value, limit);
  return std::string(value.substr(0, cut)) + "... (" +
         std::to_string(value.size() - cut) + " more bytes)";
}

} // namespace hoist
