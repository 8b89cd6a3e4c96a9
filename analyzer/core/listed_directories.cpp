#include "core/listed_directories.h"

#include <algorithm>
#include <charconv>

namespace hoist {
namespace {

// 2: the times are ctimes (1 kept mtimes, which a listing must not be
// compared with).
constexpr std::string_view kMagic = "hoist-listings-2\n";

/// Reads "<number> " (or "<number>\n") off the front of `in`.
bool take_number(std::string_view &in, std::int64_t &value) {
  auto [end, error] = std::from_chars(in.data(), in.data() + in.size(), value);
  if (error != std::errc() || end == in.data() + in.size() ||
      (*end != ' ' && *end != '\n'))
    return false;
  in.remove_prefix(static_cast<std::size_t>(end - in.data()) + 1);
  return true;
}

/// True when `entries` is a sequence of type byte, name, '\0'.
bool well_formed(std::string_view entries) {
  while (!entries.empty()) {
    std::size_t end = entries.find('\0', 1); // the type byte may be 0
    if (end == std::string_view::npos || end == 1)
      return false;
    entries.remove_prefix(end + 1);
  }
  return true;
}

} // namespace

void ListedDirectories::add(std::string_view dir,
                            const std::vector<ListedEntry> &entries,
                            DirectoryTime time) {
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
  directory.time = time;
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

const ListedDirectories::Directory *
ListedDirectories::lookup(std::string_view dir) const {
  auto it = std::lower_bound(
      index_.begin(), index_.end(), dir,
      [&](const Directory &a, std::string_view b) { return path_of(a) < b; });
  return it == index_.end() || path_of(*it) != dir ? nullptr : &*it;
}

bool ListedDirectories::find(std::string_view dir,
                             std::vector<ListedEntry> &out) const {
  const Directory *directory = lookup(dir);
  if (!directory)
    return false;
  std::string_view entries = std::string_view(text_).substr(
      directory->entries, directory->end - directory->entries);
  while (!entries.empty()) {
    std::size_t end = entries.find('\0', 1); // the type byte may be 0
    out.push_back({std::string(entries.substr(1, end - 1)),
                   static_cast<unsigned char>(entries[0])});
    entries.remove_prefix(end + 1);
  }
  return true;
}

bool ListedDirectories::find_unchanged(std::string_view dir, DirectoryTime time,
                                       std::vector<ListedEntry> &out) const {
  const Directory *directory = lookup(dir);
  if (!directory || !(directory->time == time) ||
      time.seconds >= taken_at_.seconds - kCoarseTimeSeconds)
    return false;
  return find(dir, out);
}

std::string ListedDirectories::serialize() const {
  std::string out(kMagic);
  out += std::to_string(taken_at_.seconds) + " " +
         std::to_string(taken_at_.nanoseconds) + "\n";
  for (const Directory &directory : index_) {
    out += std::to_string(directory.entries - directory.path) + " " +
           std::to_string(directory.end - directory.entries) + " " +
           std::to_string(directory.time.seconds) + " " +
           std::to_string(directory.time.nanoseconds) + "\n";
    out.append(text_, directory.path, directory.end - directory.path);
  }
  return out;
}

std::optional<ListedDirectories>
ListedDirectories::deserialize(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic)
    return std::nullopt;
  bytes.remove_prefix(kMagic.size());
  ListedDirectories out;
  if (!take_number(bytes, out.taken_at_.seconds) ||
      !take_number(bytes, out.taken_at_.nanoseconds))
    return std::nullopt;
  while (!bytes.empty()) {
    std::int64_t path_size, entries_size;
    Directory directory;
    if (!take_number(bytes, path_size) || !take_number(bytes, entries_size) ||
        !take_number(bytes, directory.time.seconds) ||
        !take_number(bytes, directory.time.nanoseconds) || path_size <= 0 ||
        entries_size < 0 ||
        static_cast<std::uint64_t>(path_size) +
                static_cast<std::uint64_t>(entries_size) >
            bytes.size())
      return std::nullopt;
    auto path = static_cast<std::size_t>(path_size);
    auto entries = static_cast<std::size_t>(entries_size);
    if (!well_formed(bytes.substr(path, entries)))
      return std::nullopt;
    directory.path = out.text_.size();
    directory.entries = directory.path + path;
    directory.end = directory.entries + entries;
    out.text_.append(bytes.substr(0, path + entries));
    out.index_.push_back(directory);
    bytes.remove_prefix(path + entries);
  }
  out.sort();
  return out;
}

} // namespace hoist
