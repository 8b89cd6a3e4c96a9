#pragma once

#include <filesystem>

namespace hoist {

/// The directory that holds rules/ and docs/: $HOIST_DATA_DIR when set, else
/// `<prefix>/share/hoist` beside an installed binary, else the source tree the
/// binary was built from.
std::filesystem::path find_data_dir();

} // namespace hoist
