#include "core/listed_directories.h"

#include <algorithm>

namespace hoist {

void ListedDirectories::add(std::string_view dir,
                            const std::vector<ListedEntry> &entries) {
  Directory directory;
  directory.path = text_.size();
  text_ += dir;
  directory.entries = text_.size();
  for (const ListedEntry &entry : entries) {
    text_ += static_cast<char>(entry.type);
    text_ += entry.name;
    text_ += '\0';
  }
  directory.end = text_.size();
  index_.push_back(directory);
}

void ListedDirectories::add(const ListedDirectories &other) {
  std::size_t shift = text_.size();
  text_ += other.text_;
  for (Directory directory : other.index_) {
    directory.path += shift;
    directory.entries += shift;
    directory.end += shift;
    index_.push_back(directory);
  }
}

void ListedDirectories::sort() {
  std::sort(index_.begin(), index_.end(),
            [&](const Directory &a, const Directory &b) {
              return path_of(a) < path_of(b);
            });
  text_.shrink_to_fit();
  index_.shrink_to_fit();
}

bool ListedDirectories::find(std::string_view dir,
                             std::vector<ListedEntry> &out) const {
  auto it = std::lower_bound(
      index_.begin(), index_.end(), dir,
      [&](const Directory &a, std::string_view b) { return path_of(a) < b; });
  if (it == index_.end() || path_of(*it) != dir)
    return false;
  std::string_view entries =
      std::string_view(text_).substr(it->entries, it->end - it->entries);
  while (!entries.empty()) {
    std::size_t end = entries.find('\0', 1); // the type byte may be 0
    out.push_back({std::string(entries.substr(1, end - 1)),
                   static_cast<unsigned char>(entries[0])});
    entries.remove_prefix(end + 1);
  }
  return true;
}

} // namespace hoist
