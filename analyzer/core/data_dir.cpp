#include "core/data_dir.h"

#include <cstdlib>
#include <dlfcn.h>

namespace hoist {

std::filesystem::path find_data_dir() {
  if (const char *env = std::getenv("HOIST_DATA_DIR"); env && *env)
    return env;
  // The file this code is in: the hoist program, or the clang-tidy plugin
  // when clang-tidy loaded it. Both sit one level under the prefix. (For the
  // main program dladdr may give no usable name: /proc/self/exe then.)
  std::error_code error;
  std::filesystem::path binary;
  Dl_info self{};
  if (dladdr(reinterpret_cast<void *>(&find_data_dir), &self) &&
      self.dli_fname && *self.dli_fname)
    binary = std::filesystem::canonical(self.dli_fname, error);
  if (binary.empty() || error)
    binary = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    auto installed = binary.parent_path().parent_path() / "share" / "hoist";
    if (std::filesystem::exists(installed / "rules", error))
      return installed;
  }
  return HOIST_SOURCE_DATA_DIR;
}

} // namespace hoist
