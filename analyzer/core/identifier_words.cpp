#include "core/identifier_words.h"

#include <cctype>

namespace hoist {

bool is_identifier_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool spells_word(std::string_view text, std::string_view word) {
  return spells_word_where(text, word, [](std::size_t) { return true; });
}

} // namespace hoist
