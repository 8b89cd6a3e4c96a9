#include "core/atomic_write.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <optional>
#include <random>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// Temporary files being written, for the signal handler to remove: each
/// by its directory's descriptor and its name, in plain arrays and flags,
/// since a handler may only make async-signal-safe calls. Writes are one at
/// a time; a few slots are room to spare.
constexpr int kSlots = 4;
int temporary_directories[kSlots];
char temporary_names[kSlots][NAME_MAX + 1];
volatile sig_atomic_t temporary_used[kSlots];

/// The signals that end a process by default and can be caught: sent by
/// someone (blocked while a temporary file is created or renamed), and
/// raised by hoist's own faults (never blocked: a fault while blocked kills
/// without a handler). SIGKILL cannot be caught: what it leaves is removed by
/// the next run (remove_stale_temporaries).
constexpr int kSentSignals[] = {SIGHUP,  SIGINT,    SIGQUIT, SIGTERM, SIGPIPE,
                                SIGALRM, SIGUSR1,   SIGUSR2, SIGXCPU, SIGXFSZ,
                                SIGVTALRM, SIGPROF, SIGIO,   SIGPWR,  SIGSTKFLT};
constexpr int kFaultSignals[] = {SIGABRT, SIGSEGV, SIGBUS, SIGFPE,
                                 SIGILL,  SIGSYS,  SIGTRAP};

/// What each signal did before hoist's handler, done after it.
struct sigaction previous_actions[NSIG];

/// When this run started: a temporary file older than it is no run's.
const std::time_t kRunStart = std::time(nullptr);

extern "C" void remove_temporaries(int signal_number) {
  for (int slot = 0; slot < kSlots; ++slot)
    if (temporary_used[slot])
      ::unlinkat(temporary_directories[slot], temporary_names[slot], 0);
  // Then what the signal did before (by default, end the process with the
  // conventional exit status, 128 + the signal).
  ::sigaction(signal_number, &previous_actions[signal_number], nullptr);
  ::raise(signal_number);
}

template <typename Each> void for_each_cleaned_signal(Each each) {
  for (int signal_number : kSentSignals)
    each(signal_number);
  for (int signal_number : kFaultSignals)
    each(signal_number);
  for (int signal_number = SIGRTMIN; signal_number <= SIGRTMAX; ++signal_number)
    each(signal_number);
}

/// Blocks the signals others send while alive: a temporary file is created
/// and listed, or renamed and unlisted, as one step.
class SignalsBlocked {
public:
  SignalsBlocked() {
    sigset_t set;
    sigemptyset(&set);
    for (int signal_number : kSentSignals)
      sigaddset(&set, signal_number);
    for (int signal_number = SIGRTMIN; signal_number <= SIGRTMAX;
         ++signal_number)
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
  for_each_cleaned_signal([&](int signal_number) {
    struct sigaction &previous = previous_actions[signal_number];
    // A signal the caller ignores (nohup) stays ignored.
    if (::sigaction(signal_number, nullptr, &previous) != 0 ||
        (!(previous.sa_flags & SA_SIGINFO) && previous.sa_handler == SIG_IGN))
      return;
    ::sigaction(signal_number, &action, nullptr);
  });
}

/// The directory `dir` (absolute and canonical: no links on its path),
/// opened one component at a time from the file system's root, following
/// no symbolic link: a directory swapped for a link since `dir` was
/// resolved fails the open instead of leading elsewhere. -1 on failure.
int open_directory_unfollowed(const fs::path &dir) {
  int fd = ::open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
  for (const fs::path &component : dir.relative_path()) {
    if (fd < 0)
      break;
    int next = ::openat(fd, component.c_str(),
                        O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int saved = errno;
    ::close(fd);
    errno = saved;
    fd = next;
  }
  return fd;
}

/// True when `dir` still leads, through no link, to the directory open as
/// `fd` (same device and inode): it was not moved away meanwhile.
bool still_at(int fd, const fs::path &dir) {
  int again = open_directory_unfollowed(dir);
  if (again < 0)
    return false;
  struct stat held, found;
  bool same = ::fstat(fd, &held) == 0 && ::fstat(again, &found) == 0 &&
              held.st_dev == found.st_dev && held.st_ino == found.st_ino;
  ::close(again);
  return same;
}

/// The prefix of the temporary files for the file `name`; a temporary file
/// is the prefix and six letters or digits.
std::string temporary_prefix(const std::string &name) {
  return "." + name + ".hoist-";
}
constexpr std::size_t kTemporarySuffixLength = 6;

bool is_temporary_of(const std::string &entry, const std::string &name) {
  const std::string prefix = temporary_prefix(name);
  if (entry.size() != prefix.size() + kTemporarySuffixLength ||
      entry.compare(0, prefix.size(), prefix) != 0)
    return false;
  return std::all_of(entry.begin() + static_cast<long>(prefix.size()),
                     entry.end(),
                     [](unsigned char c) { return std::isalnum(c) != 0; });
}

/// Removes the temporary files of `name` in the directory open as `dir`
/// that a run ended by SIGKILL or a power loss left: only hoist's own
/// name for them, only regular files of the file's owner, and only those
/// older than this run (a run going on now has newer ones).
void remove_stale_temporaries(int dir, const std::string &name, uid_t owner) {
  int listing = ::openat(dir, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (listing < 0)
    return;
  DIR *entries = ::fdopendir(listing);
  if (!entries) {
    ::close(listing);
    return;
  }
  while (const struct dirent *entry = ::readdir(entries)) {
    if (!is_temporary_of(entry->d_name, name))
      continue;
    struct stat info;
    if (::fstatat(dir, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISREG(info.st_mode) && info.st_uid == owner &&
        info.st_mtime < kRunStart)
      ::unlinkat(dir, entry->d_name, 0);
  }
  ::closedir(entries);
}

/// A temporary file beside the file `name` in the directory open as `dir`,
/// listed for the signal handler until it is renamed or removed.
class Temporary {
public:
  Temporary(int dir, const std::string &name) : dir_(dir) {
    install_cleanup_handler();
    if (temporary_prefix(name).size() + kTemporarySuffixLength > NAME_MAX) {
      errno = ENAMETOOLONG;
      return;
    }
    static constexpr char kLetters[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device random;
    SignalsBlocked blocked;
    for (int attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
      name_ = temporary_prefix(name);
      for (std::size_t i = 0; i < kTemporarySuffixLength; ++i)
        name_ += kLetters[random() % (sizeof kLetters - 1)];
      fd_ = ::openat(dir_, name_.c_str(),
                     O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
      if (fd_ < 0 && errno != EEXIST)
        break;
    }
    if (fd_ < 0) {
      name_.clear(); // not hoist's file: never removed
      return;
    }
    for (slot_ = 0; slot_ < kSlots && temporary_used[slot_]; ++slot_) {
    }
    if (slot_ < kSlots) {
      temporary_directories[slot_] = dir_;
      std::memcpy(temporary_names[slot_], name_.c_str(), name_.size() + 1);
      temporary_used[slot_] = 1;
    }
  }
  ~Temporary() {
    SignalsBlocked blocked;
    if (fd_ >= 0)
      ::close(fd_);
    if (!kept_ && !name_.empty())
      ::unlinkat(dir_, name_.c_str(), 0);
    if (slot_ < kSlots)
      temporary_used[slot_] = 0;
  }
  int fd() const { return fd_; }
  const char *name() const { return name_.c_str(); }
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
  int dir_;
  std::string name_;
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

/// What changed of the file between `before` and `now` that the fixed copy,
/// made from `before`, would lose: null when nothing did. A chmod, chown,
/// new hard link or extended attribute is a user's change as much as an
/// edit; the status change time says the last, which nothing else shows.
/// `renamed`: `now` is the file the swap just renamed, which moved its
/// status change time itself.
const char *change_between(const struct stat &before, const struct stat &now,
                           bool renamed) {
  auto same_time = [](const timespec &a, const timespec &b) {
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
  };
  if (before.st_dev != now.st_dev || before.st_ino != now.st_ino ||
      before.st_size != now.st_size || !same_time(before.st_mtim, now.st_mtim))
    return "it";
  if (before.st_mode != now.st_mode)
    return "its mode";
  if (before.st_uid != now.st_uid || before.st_gid != now.st_gid)
    return "its owner";
  if (before.st_nlink != now.st_nlink)
    return "its number of hard links";
  if (!renamed && !same_time(before.st_ctim, now.st_ctim))
    return "its status (extended attributes or times)";
  return nullptr;
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

/// The error for a file whose `what` (change_between) changed.
std::string changed_meanwhile(const char *what) {
  return std::string(what) +
         " changed while hoist was fixing it; your version is kept and the "
         "fix is not written";
}
constexpr const char *kGone =
    "it was removed or moved while hoist was fixing it; not written, and not "
    "made again";
constexpr const char *kPathChanged =
    "a directory on its path was moved or replaced by a symbolic link while "
    "hoist was fixing it; not written";

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
  // Everything from here on is relative to the directory, opened once: a
  // directory on the path swapped for a link later is not followed.
  const fs::path parent = target.parent_path();
  const std::string name = target.filename().string();
  int dir = open_directory_unfollowed(parent);
  if (dir < 0) {
    error = errno == ELOOP || errno == ENOTDIR ? kPathChanged
                                               : std::strerror(errno);
    return false;
  }
  struct Closer {
    int fd;
    ~Closer() {
      if (fd >= 0)
        ::close(fd);
    }
  } dir_closer{dir};
  struct stat before;
  if (::fstatat(dir, name.c_str(), &before, AT_SYMLINK_NOFOLLOW) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if (S_ISLNK(before.st_mode)) {
    error = kPathChanged;
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
  int original = ::openat(dir, name.c_str(),
                          O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (original < 0) {
    error = std::strerror(errno);
    return false;
  }
  Closer original_closer{original};
  if (::fstat(original, &before) != 0 || !S_ISREG(before.st_mode) ||
      !holds(original, expected)) {
    error = "it changed since hoist read it; not written";
    return false;
  }

  remove_stale_temporaries(dir, name, before.st_uid);
  Temporary temporary(dir, name);
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
  // Checked again just before the swap: an edit made while hoist wrote, and
  // the directory moved away from the path checked.
  struct stat now;
  if (::fstatat(dir, name.c_str(), &now, AT_SYMLINK_NOFOLLOW) != 0) {
    error = errno == ENOENT ? kGone : changed_meanwhile("it");
    return false;
  }
  const char *changed = change_between(before, now, false);
  if (changed || !holds(original, expected)) {
    error = changed_meanwhile(changed ? changed : "it");
    return false;
  }
  if (!still_at(dir, parent)) {
    error = kPathChanged;
    return false;
  }
  // Swapped, not renamed over: an edit that lands between that check and
  // the swap is in the file swapped out, and is swapped back; a file removed
  // or moved meanwhile is not there to swap, and is not made again.
  if (::renameat2(dir, temporary.name(), dir, name.c_str(), RENAME_EXCHANGE) ==
      0) {
    struct stat swapped;
    const char *changed = "it";
    if (::fstatat(dir, temporary.name(), &swapped, AT_SYMLINK_NOFOLLOW) != 0 ||
        (changed = change_between(before, swapped, true)) ||
        !holds(original, expected)) {
      if (::renameat2(dir, temporary.name(), dir, name.c_str(),
                      RENAME_EXCHANGE) != 0)
        temporary.keep(); // the user's version stays under the temporary name
      error = changed_meanwhile(changed ? changed : "it");
      return false;
    }
    return true; // the temporary, now the original, is removed
  }
  if (errno == ENOENT) {
    error = kGone;
    return false;
  }
  if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) {
    error = std::string("cannot write it: ") + std::strerror(errno);
    return false;
  }
  // File systems without the exchange: a rename, right after the check.
  if (::renameat(dir, temporary.name(), dir, name.c_str()) != 0) {
    error = std::string("cannot write it: ") + std::strerror(errno);
    return false;
  }
  temporary.keep();
  return true;
}

} // namespace hoist
