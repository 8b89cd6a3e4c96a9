#include "core/result_cache.h"

#include "core/parallel_for.h"
#include "core/source_file.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <ctime>
#include <fcntl.h>
#include <iostream>
#include <sstream>
#include <sys/stat.h>

#include <unistd.h>

namespace hoist {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMagic = "hoist-run-cache-1\n";
constexpr const char *kListingsFile = "listings";
/// What a cache file may hold: a larger one (or a device linked in its
/// place) is damaged, a miss.
constexpr std::uintmax_t kMaxCacheFileSize = std::uintmax_t(1) << 30;

/// "path size mtime device inode ctime" for each file; a missing file says
/// so. Size and modification time alone are not enough: `touch -r`, `cp -p`,
/// `rsync -t` and `tar x` set them back on a new content. The status change
/// time (ctime) no user can set, and a file replaced by another is another
/// inode. `newest` gets the latest modification time among them (seconds):
/// an ordinary write moves it with the ctime.
std::string stamps(const std::vector<std::string> &files,
                   std::int64_t &newest) {
  // An unchanged run over a large tree is mostly these stat calls: they are
  // spread over the cores, in blocks kept in order.
  constexpr std::size_t kBlock = 1024;
  std::vector<std::string> out((files.size() + kBlock - 1) / kBlock);
  std::vector<std::int64_t> newest_in(out.size(), INT64_MIN);
  parallel_for(out.size(), default_jobs(), [&](std::size_t block, unsigned) {
    std::size_t end = std::min(files.size(), (block + 1) * kBlock);
    for (std::size_t i = block * kBlock; i < end; ++i) {
      struct stat info;
      std::string &text = out[block];
      text += files[i];
      if (::stat(files[i].c_str(), &info) == 0) {
        text += " " + std::to_string(info.st_size) + " " +
                std::to_string(info.st_mtim.tv_sec) + "." +
                std::to_string(info.st_mtim.tv_nsec) + " " +
                std::to_string(info.st_dev) + " " +
                std::to_string(info.st_ino) + " " +
                std::to_string(info.st_ctim.tv_sec) + "." +
                std::to_string(info.st_ctim.tv_nsec) + "\n";
        newest_in[block] =
            std::max<std::int64_t>(newest_in[block], info.st_mtim.tv_sec);
      } else {
        text += " missing\n";
      }
    }
  });
  std::string all;
  for (const std::string &part : out)
    all += part;
  newest = INT64_MIN;
  for (std::int64_t seconds : newest_in)
    newest = std::max(newest, seconds);
  return all;
}

void put(std::string &out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out.append(field);
}

/// Takes the next length-prefixed field off `in`, as a view into it.
bool get(std::string_view &in, std::string_view &field) {
  auto colon = in.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 19)
    return false;
  std::size_t size = 0;
  for (char digit : in.substr(0, colon)) {
    if (digit < '0' || digit > '9')
      return false;
    size = size * 10 + static_cast<std::size_t>(digit - '0');
  }
  if (size > in.size() - colon - 1)
    return false;
  field = in.substr(colon + 1, size);
  in.remove_prefix(colon + 1 + size);
  return true;
}

/// Writes `text` to the new file `path`: created new, never through a link
/// planted under its name (the cache directory may be one others can
/// enter). False when it cannot be created or written.
bool write_new_file(const fs::path &path, std::string_view text) {
  int fd = ::open(path.c_str(),
                  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0)
    return false;
  bool written = true;
  for (std::string_view rest = text; written && !rest.empty();) {
    ssize_t count = ::write(fd, rest.data(), rest.size());
    if (count < 0 && errno == EINTR)
      continue;
    written = count > 0;
    if (written)
      rest.remove_prefix(static_cast<std::size_t>(count));
  }
  return ::close(fd) == 0 && written;
}

/// Writes `<dir>/<name>` whole or not at all (a temporary file, renamed): a
/// reader never sees half a file. A cache that cannot be written is not an
/// error.
void write_cache_file(const fs::path &dir, const std::string &name,
                      std::string_view text) {
  std::error_code error;
  // As Ruff's cache does: git ignores the cache without the user's help.
  if (fs::create_directories(dir, error))
    write_new_file(dir / ".gitignore", "*\n");
  if (error)
    return;
  fs::path file = dir / name;
  fs::path temporary = file;
  temporary += ".tmp" + std::to_string(::getpid());
  bool written = write_new_file(temporary, text);
  if (written)
    fs::rename(temporary, file, error);
  if (!written || error)
    fs::remove(temporary, error);
}

std::string hex(std::size_t value) {
  std::ostringstream out;
  out << std::hex << value;
  return out.str();
}

} // namespace

ResultCache::ResultCache(fs::path dir, const std::string &settings,
                         const std::vector<std::string> &inputs)
    : dir_(std::move(dir)), started_(std::time(nullptr)),
      key_(settings + "\n" + stamps(inputs, newest_input_)) {}

bool ResultCache::usable(const fs::path &dir) {
  std::error_code error;
  fs::file_status status = fs::symlink_status(dir, error);
  if (fs::is_symlink(status) ||
      (fs::exists(status) && !fs::is_directory(status))) {
    std::cerr << dir.string() << ": warning: "
              << (fs::is_symlink(status) ? "is a symbolic link"
                                         : "is not a directory")
              << "; hoist does not write its cache there, and ran without "
                 "it\n";
    return false;
  }
  return true;
}

std::optional<CachedRun> ResultCache::lookup() const {
  std::string error;
  // One read of the whole file; the fields are views into it.
  std::optional<std::string> text =
      read_file(dir_ / ("run-" + hex(std::hash<std::string>()(key_))), error,
                kMaxCacheFileSize);
  if (!text)
    return std::nullopt;
  std::string_view view(*text);
  if (view.substr(0, kMagic.size()) != kMagic)
    return std::nullopt;
  view.remove_prefix(kMagic.size());
  std::string_view key, exit_code, extra_stamps, extra_list, report, notices;
  if (!get(view, key) || key != key_ || !get(view, exit_code) ||
      !get(view, extra_list) || !get(view, extra_stamps) ||
      !get(view, report) || !get(view, notices))
    return std::nullopt;
  CachedRun run;
  for (std::size_t at = 0; at < extra_list.size();) {
    std::size_t end = extra_list.find('\n', at);
    if (end == std::string_view::npos)
      end = extra_list.size();
    run.extra_inputs.emplace_back(extra_list.substr(at, end - at));
    at = end + 1;
  }
  std::int64_t newest;
  if (stamps(run.extra_inputs, newest) != extra_stamps)
    return std::nullopt;
  try {
    run.exit_code = std::stoi(std::string(exit_code));
  } catch (const std::exception &) {
    return std::nullopt;
  }
  run.report = report;
  run.notices = notices;
  return run;
}

void ResultCache::store(const CachedRun &run) const {
  std::string extra_list;
  for (const std::string &path : run.extra_inputs)
    extra_list += path + "\n";
  std::int64_t newest_extra;
  std::string extra_stamps = stamps(run.extra_inputs, newest_extra);
  // An input changed just before the run began could change again without
  // its time moving: such a run is not kept.
  if (std::max(newest_input_, newest_extra) >= started_ - kCoarseTimeSeconds)
    return;
  std::string text(kMagic);
  put(text, key_);
  put(text, std::to_string(run.exit_code));
  put(text, extra_list);
  put(text, extra_stamps);
  put(text, run.report);
  put(text, run.notices);
  write_cache_file(dir_, "run-" + hex(std::hash<std::string>()(key_)), text);
}

std::optional<ListedDirectories>
ResultCache::load_listings(const fs::path &dir) {
  std::string error;
  std::optional<std::string> text =
      read_file(dir / kListingsFile, error, kMaxCacheFileSize);
  return text ? ListedDirectories::deserialize(*text) : std::nullopt;
}

void ResultCache::store_listings(const fs::path &dir,
                                 const ListedDirectories &listings) {
  write_cache_file(dir, kListingsFile, listings.serialize());
}

} // namespace hoist
