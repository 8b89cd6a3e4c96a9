#include "core/indefinite_article.h"

#include <cctype>

namespace hoist {
namespace {

bool upper(char c) { return std::isupper(static_cast<unsigned char>(c)); }

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool starts_with(std::string_view word, std::string_view prefix) {
  if (word.size() < prefix.size())
    return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (lower(word[i]) != prefix[i])
      return false;
  return true;
}

/// True when a letter's own name starts with a vowel sound ("ef", "ess").
bool letter_name_takes_an(char c) {
  return std::string_view("aefhilmnorsx").find(lower(c)) !=
         std::string_view::npos;
}

bool takes_an(std::string_view word) {
  while (!word.empty() && word.front() == '_')
    word.remove_prefix(1);
  if (word.empty())
    return false;
  char first = word.front();
  if (std::isdigit(static_cast<unsigned char>(first)))
    return first == '8' || starts_with(word, "11") || starts_with(word, "18");
  if (!std::isalpha(static_cast<unsigned char>(first)))
    return false;
  // A letter alone, or the start of an acronym (SQS, HTTPClient, S3Client),
  // is read by its name.
  if (word.size() == 1 ||
      (upper(first) &&
       (upper(word[1]) || std::isdigit(static_cast<unsigned char>(word[1])))))
    return letter_name_takes_an(first);
  switch (lower(first)) {
  case 'a':
  case 'e':
  case 'i':
  case 'o':
    // "a one-off", "a euro" are rare in identifiers; "once" is not.
    return !starts_with(word, "one") && !starts_with(word, "eu");
  case 'u':
    // 'u' read as "you": unit, unique, user, usage, util, url, uri.
    for (std::string_view you : {"uni", "use", "usa", "usi", "usu", "uti",
                                 "url", "uri", "uu"})
      if (starts_with(word, you))
        return false;
    return true;
  case 'h':
    return starts_with(word, "hour") || starts_with(word, "honest");
  default:
    return false;
  }
}

} // namespace

std::string quoted_with_article(std::string_view name) {
  return std::string(takes_an(name) ? "an '" : "a '") + std::string(name) +
         "'";
}

} // namespace hoist
