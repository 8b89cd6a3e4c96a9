#include "core/directory_listing.h"

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <string_view>
#include <unistd.h>

namespace hoist {

namespace fs = std::filesystem;

bool list_directory(const fs::path &dir, std::vector<ListedEntry> &out,
                    std::error_code &error) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    error.assign(errno, std::generic_category());
    return false;
  }
  alignas(dirent64) char buffer[32 * 1024];
  for (;;) {
    ssize_t size = ::getdents64(fd, buffer, sizeof buffer);
    if (size < 0 && errno == EINTR)
      continue;
    if (size < 0) {
      error.assign(errno, std::generic_category());
      ::close(fd);
      return false;
    }
    if (size == 0)
      break;
    for (ssize_t offset = 0; offset < size;) {
      const auto *entry = reinterpret_cast<const dirent64 *>(buffer + offset);
      offset += entry->d_reclen;
      std::string_view name = entry->d_name;
      if (name == "." || name == "..")
        continue;
      out.push_back({std::string(name), entry->d_type});
    }
  }
  ::close(fd);
  return true;
}

fs::file_type type_of(const std::string &path, unsigned char listed_type,
                      bool &is_symlink) {
  is_symlink = listed_type == DT_LNK;
  if (listed_type == DT_DIR)
    return fs::file_type::directory;
  if (listed_type == DT_REG)
    return fs::file_type::regular;
  std::error_code error;
  if (listed_type == DT_UNKNOWN)
    is_symlink = fs::is_symlink(fs::symlink_status(path, error));
  return fs::status(path, error).type();
}

} // namespace hoist
