#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hoist::python {

/// True when `text` spells `word` as a whole identifier where an import can
/// name a module: on a line that says `import`, or in the list that
/// continues one (`from pkg import (` then `word,` on a line of its own).
bool imports_word(std::string_view text, std::string_view word);

/// The words of many files that an import may name (imports_word; every
/// word of a file that may load a module by name, `may_load_by_name`),
/// found in one pass over each text: asking which files import a module
/// is then a lookup, where a scan of every text for each module's name
/// made a project's import graph cost a pass over the project per module.
class ImportWords {
public:
  /// `files`: each file's path and text; a path may come twice.
  explicit ImportWords(
      std::vector<std::pair<std::string, std::string_view>> files);

  /// The paths of the files that may import a module `word`, in path
  /// order, as often as `files` gave each.
  std::vector<std::string> files_importing(const std::string &word) const;

private:
  std::vector<std::pair<std::string, std::string_view>> files_;
  /// Indexes into files_, ascending, by word.
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_word_;
};

} // namespace hoist::python
