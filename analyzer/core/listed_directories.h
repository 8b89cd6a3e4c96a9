#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/directory_listing.h"

namespace hoist {

/// How long after a change a file's or directory's modification time may
/// still read as it did before: file system clocks are coarse (they tick in
/// milliseconds, some stamp to the second). What changed this recently
/// before a run began is not trusted to be unchanged by its time alone.
constexpr std::int64_t kCoarseTimeSeconds = 2;

/// A directory's status change time (ctime), as stat gives it: what a
/// listing is kept by (the modification time can be set back).
struct DirectoryTime {
  std::int64_t seconds = 0;
  std::int64_t nanoseconds = 0;
  bool operator==(const DirectoryTime &other) const {
    return seconds == other.seconds && nanoseconds == other.nanoseconds;
  }
};

/// The directories a walk listed, packed: one string holds every path and
/// entry (B's 10,000 directories take about a megabyte, where a map of
/// vectors took three). Discovery fills it; imports read it instead of
/// listing the same directories again, and a cached run keeps it, with each
/// directory's status change time, so the next walk lists only the
/// directories that changed.
class ListedDirectories {
public:
  /// Adds `dir` (absolute, lexically normal, no trailing '/') and its
  /// entries, listed when its status change time was `time`.
  void add(std::string_view dir, const std::vector<ListedEntry> &entries,
           DirectoryTime time = {});
  /// Adds every directory `other` holds.
  void add(const ListedDirectories &other);
  /// Readies lookups; call after the last add.
  void sort();
  /// Appends `dir`'s entries to `out`; false when `dir` was not listed.
  bool find(std::string_view dir, std::vector<ListedEntry> &out) const;
  /// The same, only when `dir` still has the status change time it was
  /// listed with, and that time is old enough to trust: file systems stamp
  /// coarsely, so a change made just after a listing may keep the time the
  /// directory had when listed. A directory changed within two seconds
  /// before the walk began is listed again.
  bool find_unchanged(std::string_view dir, DirectoryTime time,
                      std::vector<ListedEntry> &out) const;
  std::size_t size() const { return index_.size(); }

  /// When the walk that listed these began, on the file systems' clock.
  void set_taken_at(DirectoryTime when) { taken_at_ = when; }
  /// The listings as bytes for a cache file, and back: nullopt when the
  /// bytes are not such a file (damaged, or from another version).
  std::string serialize() const;
  static std::optional<ListedDirectories> deserialize(std::string_view bytes);

private:
  struct Directory {
    std::size_t path;    ///< offset of the path in text_
    std::size_t entries; ///< offset of the entries, after the path
    std::size_t end;     ///< offset past the entries
    DirectoryTime time;
  };
  std::string_view path_of(const Directory &directory) const {
    return std::string_view(text_).substr(directory.path,
                                          directory.entries - directory.path);
  }
  const Directory *lookup(std::string_view dir) const;
  /// Paths and entries, one directory after another; an entry is its DT_*
  /// type byte, its name and a '\0' (which no name holds).
  std::string text_;
  std::vector<Directory> index_;
  DirectoryTime taken_at_;
};

} // namespace hoist
