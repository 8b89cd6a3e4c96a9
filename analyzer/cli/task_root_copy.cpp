#include "cli/task_root_copy.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace hoist::cli {

namespace fs = std::filesystem;

namespace {

// The scratch directories alive, and the stop action of the cleanup armed.
std::mutex registry_mutex;
std::set<fs::path> scratch_directories;
std::function<void()> on_interrupt;
int cleanups_armed = 0;
int signal_pipe[2] = {-1, -1};
// Set once a signal is being handled: hoist then ends by it, not by exit().
std::atomic<bool> interrupt_started{false};

// Gives the owner back write permission on the directories (of read-only
// copies), so the tree can be removed, by hoist or by hand.
void restore_write(const fs::path &path) {
  std::error_code ignored;
  for (auto it = fs::recursive_directory_iterator(path, ignored);
       it != fs::recursive_directory_iterator(); it.increment(ignored))
    if (it->is_directory(ignored) && !it->is_symlink(ignored))
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add,
                      ignored);
  fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ignored);
}

void remove_tree(const fs::path &path) {
  restore_write(path);
  std::error_code ignored;
  fs::remove_all(path, ignored);
}

void forward_signal(int signal) {
  const unsigned char number = static_cast<unsigned char>(signal);
  (void)!::write(signal_pipe[1], &number, 1);
}

// Off the signal context: stop what runs, remove the directories, and end
// by the signal, as if it had not been caught.
void clean_up_on_signal() {
  unsigned char number = 0;
  while (::read(signal_pipe[0], &number, 1) != 1) {
  }
  interrupt_started = true;
  std::function<void()> stop;
  {
    std::lock_guard lock(registry_mutex);
    stop = on_interrupt;
  }
  if (stop)
    stop();
  // Held to the end: no scratch directory is created after the removal.
  // The interrupted command may still be writing a file into one as it
  // winds down (remove_all then fails on a directory no longer empty), so
  // the removal is tried again for a while.
  registry_mutex.lock();
  for (const fs::path &path : scratch_directories) {
    std::error_code ignored;
    for (int attempt = 0; attempt < 100 && fs::exists(path, ignored);
         ++attempt) {
      remove_tree(path);
      if (fs::exists(path, ignored))
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  std::signal(number, SIG_DFL);
  std::raise(number);
  std::_Exit(128 + number);
}

} // namespace

ScratchDirectory::~ScratchDirectory() {
  if (path_.empty())
    return;
  std::lock_guard lock(registry_mutex);
  scratch_directories.erase(path_);
  if (!keep_variable_.empty() && std::getenv(keep_variable_.c_str())) {
    restore_write(path_);
    std::cerr << "hoist: kept the scratch directory " << path_.string() << "\n";
  } else {
    remove_tree(path_);
  }
}

bool ScratchDirectory::create(const std::string &prefix, std::string &error) {
  std::string pattern = (fs::temp_directory_path() / (prefix + "XXXXXX")).string();
  if (!::mkdtemp(pattern.data())) {
    error = "cannot create a scratch directory in " +
            fs::temp_directory_path().string();
    return false;
  }
  std::lock_guard lock(registry_mutex);
  path_ = fs::canonical(pattern);
  scratch_directories.insert(path_);
  return true;
}

InterruptCleanup::InterruptCleanup(std::function<void()> stop) {
  static std::once_flag started;
  std::call_once(started, [] {
    if (::pipe2(signal_pipe, O_CLOEXEC) != 0)
      return;
    std::thread(clean_up_on_signal).detach();
    // The interrupted command may run on to its end meanwhile; it waits
    // there for the signal to end hoist.
    std::atexit([] {
      while (interrupt_started)
        ::pause();
    });
  });
  std::lock_guard lock(registry_mutex);
  outer_stop_ = std::exchange(on_interrupt, std::move(stop));
  if (cleanups_armed++ == 0)
    for (int signal : {SIGINT, SIGTERM, SIGHUP})
      std::signal(signal, forward_signal);
}

InterruptCleanup::~InterruptCleanup() {
  std::lock_guard lock(registry_mutex);
  on_interrupt = std::move(outer_stop_);
  if (--cleanups_armed == 0)
    for (int signal : {SIGINT, SIGTERM, SIGHUP})
      std::signal(signal, SIG_DFL);
}

namespace {

// Lambda's limit on a function's code: "Deployment package (.zip file
// archive) size: 50 MB (zipped) ... 250 MB (unzipped)", layers included
// (Lambda quotas,
// https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html;
// the service refuses more with "Unzipped size must be smaller than
// 262144000 bytes"). A larger task root could not be deployed; and a copy
// without a bound fills the disk (a sparse file of 1 TB takes no room until
// it is copied).
constexpr std::uintmax_t kMaxTaskRootBytes = 250 * 1024 * 1024;

/// True when `path` (absolute, lexically normal) is `root` or below it.
bool is_within(const fs::path &path, const fs::path &root) {
  fs::path relative = path.lexically_relative(root);
  return !relative.empty() && *relative.begin() != "..";
}

/// Copies the regular file `from` to the new file `to`, reading no more
/// than `budget` bytes (and one past them, to tell): the file is opened
/// without following a link and without waiting (a FIFO put in its place
/// since the walk is not read), and must still be a regular file.
/// `copied` gets its size; false with `error` set when it cannot be copied,
/// or holds more than `budget` bytes (`too_large`).
bool copy_regular_file(const fs::path &from, const fs::path &to,
                       std::uintmax_t budget, std::uintmax_t &copied,
                       bool &too_large, std::string &error) {
  copied = 0;
  too_large = false;
  int in = ::open(from.c_str(),
                  O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (in < 0) {
    error = std::strerror(errno);
    return false;
  }
  struct stat info;
  if (::fstat(in, &info) != 0 || !S_ISREG(info.st_mode)) {
    error = "it is no longer a regular file";
    ::close(in);
    return false;
  }
  if (static_cast<std::uintmax_t>(info.st_size) > budget) {
    too_large = true;
    ::close(in);
    return false;
  }
  int out =
      ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
             info.st_mode & 07777);
  if (out < 0) {
    error = std::strerror(errno);
    ::close(in);
    return false;
  }
  std::vector<char> buffer(1 << 16);
  bool ok = true;
  while (ok) {
    ssize_t count = ::read(in, buffer.data(), buffer.size());
    if (count < 0 && errno == EINTR)
      continue;
    if (count <= 0) {
      if (count < 0) {
        error = std::strerror(errno);
        ok = false;
      }
      break;
    }
    copied += static_cast<std::uintmax_t>(count);
    if (copied > budget) { // it grew since the stat
      too_large = true;
      ok = false;
      break;
    }
    for (const char *at = buffer.data(); count > 0;) {
      ssize_t written = ::write(out, at, static_cast<std::size_t>(count));
      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0) {
        error = std::strerror(errno);
        ok = false;
        break;
      }
      at += written;
      count -= written;
    }
  }
  ::close(in);
  if (::close(out) != 0 && ok) {
    error = std::strerror(errno);
    ok = false;
  }
  return ok;
}

} // namespace

bool copy_task_root(const fs::path &from, const fs::path &to,
                    bool with_node_modules, std::string &error) {
  std::set<std::string> skipped = {".git", ".hoist_cache", "__pycache__",
                                    ".aws-sam"};
  if (!with_node_modules)
    skipped.insert("node_modules");
  std::error_code ec;
  // Links are judged by where they lead from the root's real place.
  const fs::path root = fs::canonical(from, ec);
  if (ec) {
    error =
        "cannot copy the task root '" + from.string() + "': " + ec.message();
    return false;
  }
  fs::create_directories(to, ec);
  std::uintmax_t total = 0;
  std::string failed; // what could not be copied, and why
  for (auto it = fs::recursive_directory_iterator(root, ec);
       !ec && failed.empty() && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    const fs::path relative = it->path().lexically_relative(root);
    if (skipped.count(it->path().filename().string())) {
      if (it->is_directory(ec))
        it.disable_recursion_pending();
      continue;
    }
    const fs::path target = to / relative;
    if (it->is_symlink(ec)) {
      // A link is never followed by the copy: one that leads inside the
      // root becomes a relative link there, within the copy (so that the
      // fixed copy runs the fixed file, not the user's); one that leads out
      // keeps its absolute destination, read by the function when it runs,
      // as it would read what a packager (sam build, CDK, zip -r) copied in
      // its place, and never by hoist. A link that leads nowhere is left out.
      std::error_code resolve;
      const fs::path resolved = fs::canonical(it->path(), resolve);
      if (resolve) {
        std::cerr << "hoist: warning: '" << relative.string()
                  << "' is a symbolic link that leads nowhere ("
                  << resolve.message() << "); not copied\n";
        continue;
      }
      const fs::path link =
          is_within(resolved, root)
              ? resolved.lexically_relative(it->path().parent_path())
              : resolved;
      fs::create_symlink(link, target, ec);
    } else if (it->is_directory(ec)) {
      fs::create_directories(target, ec);
    } else if (it->is_regular_file(ec)) {
      // The size a deployment unzips, holes of sparse files included.
      std::uintmax_t copied = 0;
      bool too_large = false;
      std::string why;
      if (!copy_regular_file(it->path(), target, kMaxTaskRootBytes - total,
                             copied, too_large, why))
        failed = too_large ? "it holds more than " +
                                 std::to_string(kMaxTaskRootBytes) +
                                 " bytes of files (at '" + relative.string() +
                                 "'), above Lambda's limit of 250 MB for a "
                                 "function's unzipped code"
                           : "'" + relative.string() + "': " + why;
      total += copied;
    }
    // FIFOs, sockets and devices: no deployment package holds them, and
    // they are never opened.
  }
  if (ec && failed.empty())
    failed = ec.message();
  if (!failed.empty()) {
    error = "cannot copy the task root '" + from.string() + "' to '" +
            to.string() + "': " + failed;
    return false;
  }
  return true;
}

void make_read_only(const fs::path &root) {
  const auto writable = fs::perms::owner_write | fs::perms::group_write |
                        fs::perms::others_write;
  std::error_code ignored;
  for (auto it = fs::recursive_directory_iterator(root, ignored);
       it != fs::recursive_directory_iterator(); it.increment(ignored))
    if (!it->is_symlink(ignored))
      fs::permissions(it->path(), writable, fs::perm_options::remove, ignored);
  fs::permissions(root, writable, fs::perm_options::remove, ignored);
}

} // namespace hoist::cli
