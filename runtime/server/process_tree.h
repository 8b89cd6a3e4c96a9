#pragma once

#include <sys/types.h>
#include <vector>

namespace hoist::runtime {

/// The processes of one execution environment: its runtime process and
/// every process started under it, including those that detach (setsid(),
/// a double fork). hoist makes itself a child subreaper, so an orphan comes
/// back to it rather than to init, and a child of hoist that is not some
/// environment's runtime process belongs to the live environment.
class ProcessTree {
public:
  /// Starts tracking `root`, a child of this process.
  explicit ProcessTree(pid_t root);
  ~ProcessTree();
  ProcessTree(const ProcessTree &) = delete;
  ProcessTree &operator=(const ProcessTree &) = delete;

  /// The live members now (the root first, while it runs).
  std::vector<pid_t> members() const;
  /// The memory the members use together, in MB: their resident sets, or,
  /// when that sum passes `limit_mb`, their proportional shares (pages
  /// shared after fork() counted once), which are dearer to read.
  unsigned memory_mb(unsigned limit_mb) const;
  /// Kills every member except the root (which its owner kills and reaps
  /// for its exit status), again until none is left, and reaps the orphans.
  void kill_all_but_root() const;
  /// Reaps the orphans that have exited on their own (a daemon the handler
  /// started), so they do not linger as zombies while the environment lives.
  static void reap_exited_orphans();

  /// Makes this process a child subreaper; call before forking a root.
  static void adopt_orphans();

private:
  pid_t root_;
};

} // namespace hoist::runtime
