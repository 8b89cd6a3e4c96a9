#include "core/data_dir.h"

#include <cstdlib>

namespace hoist {

std::filesystem::path find_data_dir() {
  if (const char *env = std::getenv("HOIST_DATA_DIR"); env && *env)
    return env;
  std::error_code error;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    auto installed = exe.parent_path().parent_path() / "share" / "hoist";
    if (std::filesystem::exists(installed / "rules", error))
      return installed;
  }
  return HOIST_SOURCE_DATA_DIR;
}

} // namespace hoist
