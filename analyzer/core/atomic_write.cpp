#include "core/atomic_write.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hoist {
namespace {

bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t written = ::write(fd, text.data(), text.size());
    if (written < 0 && errno == EINTR)
      continue;
    if (written <= 0)
      return false;
    text.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

bool read_all(const std::filesystem::path &file, std::string &out) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return false;
  char chunk[1 << 16];
  ssize_t count;
  while ((count = ::read(fd, chunk, sizeof chunk)) != 0) {
    if (count < 0 && errno == EINTR)
      continue;
    if (count < 0) {
      ::close(fd);
      return false;
    }
    out.append(chunk, static_cast<std::size_t>(count));
  }
  ::close(fd);
  return true;
}

} // namespace

bool replace_file_atomically(const std::filesystem::path &file,
                             std::string_view expected, std::string_view text,
                             std::string &error) {
  struct stat info;
  if (::stat(file.c_str(), &info) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if ((info.st_mode & S_IWUSR) == 0) {
    error = "it is read-only; not written";
    return false;
  }
  std::string current;
  if (!read_all(file, current)) {
    error = std::strerror(errno);
    return false;
  }
  if (current != expected) {
    error = "it changed since hoist read it; not written";
    return false;
  }
  std::string pattern =
      (file.parent_path() / ("." + file.filename().string() + ".hoist-XXXXXX"))
          .string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    error = std::string("cannot create a temporary file beside it: ") +
            std::strerror(errno);
    return false;
  }
  bool ok = ::fchmod(fd, info.st_mode & 07777) == 0 && write_all(fd, text) &&
            ::fsync(fd) == 0;
  int saved = errno;
  ok = (::close(fd) == 0) && ok;
  if (ok && ::rename(pattern.c_str(), file.c_str()) == 0)
    return true;
  if (ok)
    saved = errno;
  ::unlink(pattern.c_str());
  error = std::string("cannot write it: ") + std::strerror(saved);
  return false;
}

} // namespace hoist
