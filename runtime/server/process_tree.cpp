#include "process_tree.h"

#include <algorithm>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <mutex>
#include <set>
#include <signal.h>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace hoist::runtime {
namespace {

// The runtime processes of the live environments in this process.
std::mutex roots_mutex;
std::set<pid_t> live_roots;

// The children of `pid`'s threads.
std::vector<pid_t> children_of(pid_t pid) {
  std::vector<pid_t> children;
  const std::string tasks = "/proc/" + std::to_string(pid) + "/task";
  DIR *directory = ::opendir(tasks.c_str());
  if (!directory)
    return children;
  while (dirent *task = ::readdir(directory)) {
    if (task->d_name[0] == '.')
      continue;
    std::ifstream list(tasks + "/" + task->d_name + "/children");
    pid_t child = 0;
    while (list >> child)
      children.push_back(child);
  }
  ::closedir(directory);
  return children;
}

// 'Z' (zombie) or 'X' (dead): nothing left to kill or to count.
bool is_dead(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)),
                   std::istreambuf_iterator<char>());
  auto end = text.rfind(')');
  return end == std::string::npos || end + 2 >= text.size() ||
         text[end + 2] == 'Z' || text[end + 2] == 'X';
}

// A field of /proc/<pid>/<file> ("VmRSS:", "Pss:"), in kB.
unsigned long kilobytes(pid_t pid, const char *file, const std::string &key) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/" + file);
  std::string line;
  while (std::getline(status, line))
    if (line.rfind(key, 0) == 0)
      return std::stoul(line.substr(key.size()));
  return 0;
}

// Orphans come back to hoist's main thread (a subreaper's first live
// thread); its many server threads need not be read.
std::vector<pid_t> orphans() {
  std::vector<pid_t> found;
  std::ifstream list("/proc/self/task/" + std::to_string(::getpid()) +
                     "/children");
  pid_t child = 0;
  while (list >> child)
    if (!live_roots.count(child))
      found.push_back(child);
  return found;
}

} // namespace

ProcessTree::ProcessTree(pid_t root) : root_(root) {
  std::lock_guard lock(roots_mutex);
  live_roots.insert(root);
}

ProcessTree::~ProcessTree() {
  std::lock_guard lock(roots_mutex);
  live_roots.erase(root_);
}

void ProcessTree::adopt_orphans() { ::prctl(PR_SET_CHILD_SUBREAPER, 1); }

std::vector<pid_t> ProcessTree::members() const {
  std::vector<pid_t> pending = {root_};
  {
    std::lock_guard lock(roots_mutex);
    for (pid_t orphan : orphans())
      pending.push_back(orphan);
  }
  std::vector<pid_t> found;
  std::set<pid_t> seen;
  while (!pending.empty()) {
    pid_t pid = pending.back();
    pending.pop_back();
    if (!seen.insert(pid).second)
      continue;
    for (pid_t child : children_of(pid))
      pending.push_back(child);
    if (!is_dead(pid))
      found.push_back(pid);
  }
  std::stable_partition(found.begin(), found.end(),
                        [&](pid_t pid) { return pid == root_; });
  return found;
}

unsigned ProcessTree::memory_mb(unsigned limit_mb) const {
  const auto members_now = members();
  unsigned long total = 0;
  for (pid_t pid : members_now)
    total += kilobytes(pid, "status", "VmRSS:");
  if (total / 1024 <= limit_mb || members_now.size() < 2)
    return static_cast<unsigned>(total / 1024);
  total = 0;
  for (pid_t pid : members_now)
    total += kilobytes(pid, "smaps_rollup", "Pss:");
  return static_cast<unsigned>(total / 1024);
}

void ProcessTree::kill_all_but_root() const {
  // A member may fork while it is being killed: go again until none is
  // left (bounded: a SIGKILLed process forks no more).
  for (int round = 0; round < 200; ++round) {
    bool any = false;
    for (pid_t pid : members()) {
      if (pid == root_)
        continue;
      any = true;
      ::kill(pid, SIGKILL);
    }
    reap_exited_orphans();
    if (!any)
      return;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

void ProcessTree::reap_exited_orphans() {
  std::lock_guard lock(roots_mutex);
  for (pid_t orphan : orphans())
    if (is_dead(orphan))
      ::waitpid(orphan, nullptr, WNOHANG);
}

} // namespace hoist::runtime
