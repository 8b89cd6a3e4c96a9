#include "core/message_excerpt.h"

namespace hoist {

std::string message_excerpt(std::string_view value, std::size_t limit) {
  if (value.size() <= limit)
    return std::string(value);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80)
    --cut; // a continuation byte: cut before its sequence
  return std::string(value.substr(0, cut)) + "... (" +
         std::to_string(value.size() - cut) + " more bytes)";
}

} // namespace hoist
