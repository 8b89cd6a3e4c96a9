#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "core/file_discovery.h"
#include "core/overlay.h"
#include "python/module_cache.h"

namespace hoist::python {

/// The Python files of the projects of the paths named that the run does
/// not check (AnalysisOptions::project_sources; the result cache keys on
/// them): what imports a file
/// checked is looked for among them as among the files checked, so that a
/// file named alone (a pre-commit hook's) has the importers a check of its
/// whole project finds. Read only when a question first needs them (most
/// runs of one file ask none), once, by whichever thread asks first.
class UncheckedFiles {
public:
  /// `files` relative to `base` or absolute; `max_bytes` bounds the texts
  /// kept, in path order, as the texts of the files checked are bounded.
  UncheckedFiles(const std::vector<DiscoveredFile> &files,
                 const std::string &base, const Overlay *overlay,
                 std::uintmax_t max_file_size, std::size_t max_bytes);

  /// Their texts by absolute normalized path (files that cannot be read,
  /// or past the bound, left out). Safe to call from any thread.
  const ReadFiles &texts() const;

private:
  std::vector<std::string> files_;
  std::vector<std::string> display_;
  const Overlay *overlay_;
  std::uintmax_t max_file_size_;
  std::size_t max_bytes_;
  mutable std::once_flag once_;
  mutable ReadFiles texts_;
};

} // namespace hoist::python
