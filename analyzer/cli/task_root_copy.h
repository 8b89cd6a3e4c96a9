#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace hoist::cli {

/// A scratch directory under the system's temporary directory, removed when
/// this object ends, and when hoist is ended by SIGINT, SIGTERM or SIGHUP
/// (see InterruptCleanup). With `keep_variable` set in the environment it
/// is kept and named on stderr instead.
class ScratchDirectory {
public:
  explicit ScratchDirectory(std::string keep_variable = {})
      : keep_variable_(std::move(keep_variable)) {}
  ~ScratchDirectory();
  ScratchDirectory(const ScratchDirectory &) = delete;
  ScratchDirectory &operator=(const ScratchDirectory &) = delete;

  /// Creates `<tmp>/<prefix>XXXXXX`.
  bool create(const std::string &prefix, std::string &error);
  const std::filesystem::path &path() const { return path_; }

private:
  std::string keep_variable_;
  std::filesystem::path path_;
};

/// While it lives, SIGINT, SIGTERM and SIGHUP run `stop` (which ends the
/// processes that may write in the scratch directories), remove every
/// ScratchDirectory, and end hoist by the same signal. They nest: the
/// innermost's `stop` runs.
class InterruptCleanup {
public:
  explicit InterruptCleanup(std::function<void()> stop);
  ~InterruptCleanup();
  InterruptCleanup(const InterruptCleanup &) = delete;
  InterruptCleanup &operator=(const InterruptCleanup &) = delete;

private:
  std::function<void()> outer_stop_;
};

/// Copies the task root, leaving out what Lambda would not be given (.git,
/// caches, and node_modules unless the function runs on Node.js, whose
/// packages Lambda is given in it). Nothing outside the root is read: a
/// symbolic link is copied as a link (one within the root made relative,
/// so that it leads within the copy; one out of it to where it leads), a
/// link that leads nowhere is left out with a warning, and FIFOs, sockets
/// and devices are not opened. False, with `error` set, when the files hold
/// more than Lambda's limit for unzipped code (250 MB, sparse files at
/// their full size) or one cannot be copied.
bool copy_task_root(const std::filesystem::path &from,
                    const std::filesystem::path &to, bool with_node_modules,
                    std::string &error);

/// Takes write permission away from everything under `root`, as Lambda's
/// /var/task is read-only. (Root ignores permissions: the runtime also
/// mounts it read-only where it can.)
void make_read_only(const std::filesystem::path &root);

} // namespace hoist::cli
