#include "python/import_words.h"

#include <algorithm>

#include "core/identifier_words.h"
#include "python/dynamic_imports.h"

namespace hoist::python {
namespace {

constexpr std::string_view kImport = "import";

/// True for what may stand between `import` and a name it imports
/// (`from pkg import (\n    a,\n    b)`).
bool continues_import_list(char c) {
  return is_identifier_byte(c) ||
         std::string_view(" \t\r\n,().\\").find(c) != std::string_view::npos;
}

bool is_identifier(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return is_identifier_byte(c);
  });
}

} // namespace

bool imports_word(std::string_view text, std::string_view word) {
  return spells_word_where(text, word, [&](std::size_t at) {
    std::size_t line = text.rfind('\n', at);
    line = line == std::string_view::npos ? 0 : line + 1;
    std::size_t end = std::min(text.find('\n', at), text.size());
    if (text.substr(line, end - line).find(kImport) != std::string_view::npos)
      return true;
    std::size_t import = text.rfind(kImport, at);
    if (import == std::string_view::npos)
      return false;
    for (std::size_t i = import + kImport.size(); i < at; ++i)
      if (!continues_import_list(text[i]))
        return false;
    return true;
  });
}

ImportWords::ImportWords(
    std::vector<std::pair<std::string, std::string_view>> files)
    : files_(std::move(files)) {
  std::stable_sort(files_.begin(), files_.end(),
                   [](auto &a, auto &b) { return a.first < b.first; });
  for (std::uint32_t index = 0; index < files_.size(); ++index) {
    std::string_view text = files_[index].second;
    const bool every_word = may_load_by_name(text);
    auto add = [&](std::string_view word) {
      std::vector<std::uint32_t> &files = by_word_[std::string(word)];
      if (files.empty() || files.back() != index)
        files.push_back(index);
    };
    // imports_word's test for each word, in one pass: whether its line
    // says `import`, and whether only a list's characters follow the last
    // `import` before it.
    bool line_imports = false, in_import_list = false;
    for (std::size_t at = 0; at < text.size();) {
      if (at == 0 || text[at - 1] == '\n') {
        std::size_t end = std::min(text.find('\n', at), text.size());
        line_imports = text.substr(at, end - at).find(kImport) !=
                       std::string_view::npos;
      }
      if (!is_identifier_byte(text[at])) {
        in_import_list = in_import_list && continues_import_list(text[at]);
        ++at;
        continue;
      }
      std::size_t end = at;
      while (end < text.size() && is_identifier_byte(text[end]))
        ++end;
      std::string_view word = text.substr(at, end - at);
      if (every_word || line_imports || in_import_list)
        add(word);
      if (word.find(kImport) != std::string_view::npos)
        in_import_list = true;
      at = end;
    }
  }
}

std::vector<std::string>
ImportWords::files_importing(const std::string &word) const {
  std::vector<std::string> found;
  if (!is_identifier(word)) { // no word of the index: read the texts
    for (const auto &[path, text] : files_)
      if (imports_word(text, word) ||
          (may_load_by_name(text) && spells_word(text, word)))
        found.push_back(path);
    return found;
  }
  if (auto known = by_word_.find(word); known != by_word_.end())
    for (std::uint32_t index : known->second)
      found.push_back(files_[index].first);
  return found;
}

} // namespace hoist::python
