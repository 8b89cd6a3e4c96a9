#include "core/atomic_write.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// Temporary files being written, for the signal handler to remove: plain
/// arrays and flags, since a handler may only make async-signal-safe calls.
/// Writes are one at a time; a few slots are room to spare.
constexpr int kSlots = 4;
char temporary_paths[kSlots][PATH_MAX];
volatile sig_atomic_t temporary_used[kSlots];
constexpr int kCleanedSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temporaries(int signal_number) {
  for (int slot = 0; slot < kSlots; ++slot)
    if (temporary_used[slot])
      ::unlink(temporary_paths[slot]);
  // Then die of the signal, as the default action would: the conventional
  // exit status (128 + the signal).
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

/// Blocks the cleaned signals while alive: a temporary file is created and
/// listed, or renamed and unlisted, as one step.
class SignalsBlocked {
public:
  SignalsBlocked() {
    sigset_t set;
    sigemptyset(&set);
    for (int signal_number : kCleanedSignals)
      sigaddset(&set, signal_number);
    ::sigprocmask(SIG_BLOCK, &set, &saved_);
  }
  ~SignalsBlocked() { ::sigprocmask(SIG_SETMASK, &saved_, nullptr); }

private:
  sigset_t saved_;
};

void install_cleanup_handler() {
  static bool installed = false;
  if (installed)
    return;
  installed = true;
  struct sigaction action {};
  action.sa_handler = remove_temporaries;
  sigemptyset(&action.sa_mask);
  for (int signal_number : kCleanedSignals) {
    struct sigaction previous {};
    // A signal the caller ignores (nohup) stays ignored.
    if (::sigaction(signal_number, nullptr, &previous) == 0 &&
        previous.sa_handler == SIG_IGN)
      continue;
    ::sigaction(signal_number, &action, nullptr);
  }
}

/// A temporary file beside `target`, listed for the signal handler until
/// it is renamed or removed.
class Temporary {
public:
  explicit Temporary(const fs::path &target) {
    install_cleanup_handler();
    path_ = (target.parent_path() /
             ("." + target.filename().string() + ".hoist-XXXXXX"))
                .string();
    if (path_.size() >= PATH_MAX) {
      errno = ENAMETOOLONG;
      return;
    }
    SignalsBlocked blocked;
    fd_ = ::mkstemp(path_.data());
    if (fd_ < 0)
      return;
    for (slot_ = 0; slot_ < kSlots && temporary_used[slot_]; ++slot_) {
    }
    if (slot_ < kSlots) {
      std::memcpy(temporary_paths[slot_], path_.c_str(), path_.size() + 1);
      temporary_used[slot_] = 1;
    }
  }
  ~Temporary() {
    SignalsBlocked blocked;
    if (fd_ >= 0)
      ::close(fd_);
    if (!kept_)
      ::unlink(path_.c_str());
    if (slot_ < kSlots)
      temporary_used[slot_] = 0;
  }
  int fd() const { return fd_; }
  const std::string &path() const { return path_; }
  /// Closes the file, reporting a failed close (a delayed write error).
  bool close() {
    int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }
  /// The name now holds something else (renamed over the target, or the
  /// user's version swapped back out of it): no longer the signal handler's
  /// to remove.
  void keep() {
    SignalsBlocked blocked;
    kept_ = true;
    if (slot_ < kSlots)
      temporary_used[slot_] = 0;
    slot_ = kSlots;
  }

private:
  std::string path_;
  int fd_ = -1;
  int slot_ = kSlots;
  bool kept_ = false;
};

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

/// True when the file open as `fd` holds exactly `expected` (read from its
/// start, at most one byte more).
bool holds(int fd, std::string_view expected) {
  std::string text(expected.size() + 1, '\0');
  std::size_t used = 0;
  while (used < text.size()) {
    ssize_t count = ::pread(fd, text.data() + used, text.size() - used,
                            static_cast<off_t>(used));
    if (count < 0 && errno == EINTR)
      continue;
    if (count <= 0)
      break;
    used += static_cast<std::size_t>(count);
  }
  return used == expected.size() &&
         std::string_view(text).substr(0, used) == expected;
}

/// The extended attribute `name` of the file open as `fd`, or nothing.
std::optional<std::string> attribute(int fd, const char *name) {
  ssize_t size = ::fgetxattr(fd, name, nullptr, 0);
  if (size < 0)
    return std::nullopt;
  std::string value(static_cast<std::size_t>(size), '\0');
  size = ::fgetxattr(fd, name, value.data(), value.size());
  if (size < 0)
    return std::nullopt;
  value.resize(static_cast<std::size_t>(size));
  return value;
}

/// Gives `to` the extended attributes of `from` (POSIX ACLs, SELinux labels,
/// user attributes), which a new file does not have. False, with the name of
/// the first one `to` cannot be given in `failed`, when some attribute is
/// left out; one `to` already has with the same value (a default label) is
/// not a failure.
bool copy_extended_attributes(int from, int to, std::string &failed) {
  ssize_t size = ::flistxattr(from, nullptr, 0);
  if (size <= 0)
    return size == 0 || errno == ENOTSUP; // none, or none possible here
  std::string names(static_cast<std::size_t>(size), '\0');
  size = ::flistxattr(from, names.data(), names.size());
  if (size < 0) {
    failed = "(the list of them)";
    return false;
  }
  names.resize(static_cast<std::size_t>(size));
  for (const char *name = names.c_str(); name < names.c_str() + names.size();
       name += std::strlen(name) + 1) {
    std::optional<std::string> value = attribute(from, name);
    if (value && (::fsetxattr(to, name, value->data(), value->size(), 0) == 0 ||
                  attribute(to, name) == value))
      continue;
    failed = name;
    return false;
  }
  return true;
}

bool same_state(const struct stat &a, const struct stat &b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino &&
         a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec &&
         a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

bool inside(const fs::path &target, const std::vector<fs::path> &roots) {
  for (const fs::path &root : roots) {
    fs::path relative = target.lexically_relative(root);
    if (!relative.empty() && *relative.begin() != "..")
      return true;
  }
  return false;
}

/// Runs $HOIST_TEST_BEFORE_REPLACE, when set, between writing the temporary
/// file and checking the original again: the tests' way to edit the file
/// or send a signal at that moment.
void run_test_hook() {
  if (const char *command = std::getenv("HOIST_TEST_BEFORE_REPLACE"))
    if (*command && std::system(command) != 0)
      std::fprintf(stderr, "hoist: HOIST_TEST_BEFORE_REPLACE failed\n");
}

constexpr const char *kChanged =
    "it changed while hoist was fixing it; your version is kept and the fix "
    "is not written";

} // namespace

bool replace_file_atomically(const fs::path &file,
                             const std::vector<fs::path> &roots,
                             std::string_view expected, std::string_view text,
                             std::string &error) {
  std::error_code failure;
  fs::path target = fs::canonical(file, failure);
  if (failure) {
    error = failure.message();
    return false;
  }
  if (!inside(target, roots)) {
    error = "it leads to '" + target.string() +
            "', outside the paths checked; not written";
    return false;
  }
  struct stat before;
  if (::stat(target.c_str(), &before) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if (!S_ISREG(before.st_mode)) {
    error = "it is not a regular file; not written";
    return false;
  }
  if ((before.st_mode & S_IWUSR) == 0) {
    error = "it is read-only; not written";
    return false;
  }
  if (before.st_nlink > 1) {
    error = "it has " + std::to_string(before.st_nlink) +
            " hard links, and a fixed copy would no longer be the file the "
            "other names show; not written";
    return false;
  }
  int original =
      ::open(target.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (original < 0) {
    error = std::strerror(errno);
    return false;
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{original};
  if (::fstat(original, &before) != 0 || !S_ISREG(before.st_mode) ||
      !holds(original, expected)) {
    error = "it changed since hoist read it; not written";
    return false;
  }

  Temporary temporary(target);
  if (temporary.fd() < 0) {
    error = std::string("cannot create a temporary file beside it: ") +
            std::strerror(errno);
    return false;
  }
  struct stat made;
  if (::fstat(temporary.fd(), &made) == 0 &&
      (made.st_uid != before.st_uid || made.st_gid != before.st_gid) &&
      ::fchown(temporary.fd(), before.st_uid, before.st_gid) != 0) {
    error = "it is owned by " + std::to_string(before.st_uid) + ":" +
            std::to_string(before.st_gid) +
            ", and hoist cannot give the fixed file that owner; not written";
    return false;
  }
  // The mode after the owner: fchown clears set-user-ID and set-group-ID.
  // The extended attributes after the mode: an ACL sets the group bits.
  bool ok = ::fchmod(temporary.fd(), before.st_mode & 07777) == 0;
  std::string attribute_failed;
  if (ok && !copy_extended_attributes(original, temporary.fd(),
                                      attribute_failed)) {
    error = "it has the extended attribute '" + attribute_failed +
            "', which hoist cannot give the fixed file; not written";
    return false;
  }
  ok = ok && write_all(temporary.fd(), text) && ::fsync(temporary.fd()) == 0;
  int saved = errno;
  ok = temporary.close() && ok;
  if (!ok) {
    error = std::string("cannot write it: ") + std::strerror(saved);
    return false;
  }

  run_test_hook();
  SignalsBlocked blocked;
  // Checked again just before the swap: an edit made while hoist wrote.
  struct stat now;
  if (::stat(target.c_str(), &now) != 0 || !same_state(before, now) ||
      !holds(original, expected)) {
    error = kChanged;
    return false;
  }
  // Swapped, not renamed over: an edit that lands between that check and
  // the swap is in the file swapped out, and is swapped back.
  if (::renameat2(AT_FDCWD, temporary.path().c_str(), AT_FDCWD, target.c_str(),
                  RENAME_EXCHANGE) == 0) {
    struct stat swapped;
    if (::stat(temporary.path().c_str(), &swapped) != 0 ||
        !same_state(before, swapped) || !holds(original, expected)) {
      if (::renameat2(AT_FDCWD, temporary.path().c_str(), AT_FDCWD,
                      target.c_str(), RENAME_EXCHANGE) != 0)
        temporary.keep(); // the user's version stays under the temporary name
      error = kChanged;
      return false;
    }
    return true; // the temporary, now the original, is removed
  }
  // File systems without the exchange: a rename, right after the check.
  if (::rename(temporary.path().c_str(), target.c_str()) != 0) {
    error = std::string("cannot write it: ") + std::strerror(errno);
    return false;
  }
  temporary.keep();
  return true;
}

} // namespace hoist
