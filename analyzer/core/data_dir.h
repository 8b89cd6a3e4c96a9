#pragma once

#include <filesystem>

namespace hoist {

/// The directory that holds rules/ and docs/: $HOIST_DATA_DIR when set, else
/// `<prefix>/share/hoist` beside the installed program or clang-tidy plugin
/// that holds this code, else the source tree it was built from.
std::filesystem::path find_data_dir();

} // namespace hoist
