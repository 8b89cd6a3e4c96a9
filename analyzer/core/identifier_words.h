#pragma once

#include <cstddef>
#include <string_view>

namespace hoist {

/// True for a byte that can continue an identifier: a letter, a digit, '_',
/// or any byte of a non-ASCII character.
bool is_identifier_byte(char c);

/// True when `text` spells `word` as a whole identifier (not inside a
/// longer one) somewhere that `where(at)` accepts.
template <typename Where>
bool spells_word_where(std::string_view text, std::string_view word,
                       Where where) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1))
    if ((at == 0 || !is_identifier_byte(text[at - 1])) &&
        (at + word.size() == text.size() ||
         !is_identifier_byte(text[at + word.size()])) &&
        where(at))
      return true;
  return false;
}

/// True when `text` spells `word` as a whole identifier somewhere.
bool spells_word(std::string_view text, std::string_view word);

} // namespace hoist
