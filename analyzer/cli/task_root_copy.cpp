#include "cli/task_root_copy.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>
#include <unistd.h>
#include <utility>

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

bool copy_task_root(const fs::path &from, const fs::path &to,
                    bool with_node_modules, std::string &error) {
  std::set<std::string> skipped = {".git", ".hoist_cache", "__pycache__",
                                    ".aws-sam"};
  if (!with_node_modules)
    skipped.insert("node_modules");
  std::error_code ec;
  fs::create_directories(to, ec);
  for (auto it = fs::recursive_directory_iterator(from, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path relative = it->path().lexically_relative(from);
    if (skipped.count(it->path().filename().string())) {
      if (it->is_directory(ec))
        it.disable_recursion_pending();
      continue;
    }
    const fs::path target = to / relative;
    if (it->is_symlink(ec)) {
      fs::copy_symlink(it->path(), target, ec);
    } else if (it->is_directory(ec)) {
      fs::create_directories(target, ec);
    } else if (it->is_regular_file(ec)) {
      fs::copy_file(it->path(), target, ec);
    }
    if (ec)
      break;
  }
  if (ec) {
    error = "cannot copy the task root '" + from.string() + "' to '" +
            to.string() + "': " + ec.message();
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
