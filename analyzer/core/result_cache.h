#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/listed_directories.h"

namespace hoist {

/// What one `hoist check` printed and returned.
struct CachedRun {
  int exit_code = 0;
  std::string report;  ///< stdout, or the --output file
  std::string notices; ///< stderr
  /// Files the run read beyond those its key names (modules imported from
  /// outside the checked paths): they must be unchanged too.
  std::vector<std::string> extra_inputs;
};

/// Replays a run when nothing it read has changed. The key is the settings
/// and the size, modification time, device, inode and status change time of
/// every input file; a run is stored
/// under `<dir>/run-<hash of key>`, unless an input changed within
/// kCoarseTimeSeconds before it began (a change right after it read the
/// file could have kept the file's time). Not for --fix or --diff.
class ResultCache {
public:
  ResultCache(std::filesystem::path dir, const std::string &settings,
              const std::vector<std::string> &inputs);

  /// False, after a warning on stderr, when `dir` is a symbolic link (or
  /// not a directory): the cache is not written through a link, the run
  /// goes without it.
  static bool usable(const std::filesystem::path &dir);

  std::optional<CachedRun> lookup() const;
  /// Stores `run`; a cache that cannot be written is not an error.
  void store(const CachedRun &run) const;

  /// The directory listings (with their status change times) the last cached
  /// run in cache directory `dir` kept, for the next walk; nullopt when there
  /// are none or the file is damaged.
  static std::optional<ListedDirectories>
  load_listings(const std::filesystem::path &dir);
  static void store_listings(const std::filesystem::path &dir,
                             const ListedDirectories &listings);

private:
  std::filesystem::path dir_;
  std::int64_t started_;          ///< when the run began (seconds)
  std::int64_t newest_input_ = 0; ///< the newest input's time (seconds)
  std::string key_;
};

} // namespace hoist
