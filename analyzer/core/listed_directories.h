#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/directory_listing.h"

namespace hoist {

/// The directories a walk listed, packed: one string holds every path and
/// entry (B's 10,000 directories take about a megabyte, where a map of
/// vectors took three). Discovery fills it; imports read it instead of
/// listing the same directories again.
class ListedDirectories {
public:
  /// Adds `dir` (absolute, lexically normal, no trailing '/') and its
  /// entries.
  void add(std::string_view dir, const std::vector<ListedEntry> &entries);
  /// Adds every directory `other` holds.
  void add(const ListedDirectories &other);
  /// Readies lookups; call after the last add.
  void sort();
  /// Appends `dir`'s entries to `out`; false when `dir` was not listed.
  bool find(std::string_view dir, std::vector<ListedEntry> &out) const;
  std::size_t size() const { return index_.size(); }

private:
  struct Directory {
    std::size_t path;    ///< offset of the path in text_
    std::size_t entries; ///< offset of the entries, after the path
    std::size_t end;     ///< offset past the entries
  };
  std::string_view path_of(const Directory &directory) const {
    return std::string_view(text_).substr(directory.path,
                                          directory.entries - directory.path);
  }
  /// Paths and entries, one directory after another; an entry is its DT_*
  /// type byte, its name and a '\0' (which no name holds).
  std::string text_;
  std::vector<Directory> index_;
};

} // namespace hoist
