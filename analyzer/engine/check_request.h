#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/overlay.h"

namespace hoist::engine {

/// What a check is asked to look at and with which settings, before the
/// configuration file has its say: what `hoist check` and `hoist server`
/// both give the engine.
struct CheckRequest {
  std::vector<std::string> paths; ///< files and directories to check
  /// Texts that stand for files (stdin, an editor's unsaved buffers), by
  /// absolute, lexically normal path: read instead of the disk, and checked
  /// when named in `paths` even if no file is there yet.
  Overlay buffers;
  std::vector<std::string> select; ///< replaces the configuration's select
  std::vector<std::string> extend_select; ///< added to the selection
  std::vector<std::string> ignore;        ///< added to the configuration's
  std::vector<std::string> handlers;
  /// verify's: `handlers` name modules under this task root exactly, as
  /// Lambda reads them (not wherever a path ends with them), and are the
  /// only handlers (the config's and deployment files' are left out).
  std::string handler_task_root;
  std::vector<std::string> handler_patterns;
  std::vector<std::string> roots;
  std::string config_file; ///< empty: found upward from the first path
  /// Replaces the config's exclude; extend_exclude adds to it.
  std::optional<std::vector<std::string>> exclude;
  std::vector<std::string> extend_exclude;
  std::optional<bool> force_exclude;
  std::optional<bool> respect_gitignore;
  std::string build_path; ///< where C++'s compile_commands.json is
  /// The compiler flags for every C++ file, instead of a database.
  std::optional<std::vector<std::string>> compiler_flags;
  std::uintmax_t max_file_size = 0; ///< 0: the config's, or the default
  unsigned jobs = 0;                ///< 0: one per core
};

} // namespace hoist::engine
