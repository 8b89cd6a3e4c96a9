#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace hoist {

/// The directories above a serverless.yml's service (at `directory`) that
/// the service's `package` copies into its functions' packages, as its
/// `include` (and v3 `patterns`) name them from `text`: `../shared/libs/**`
/// names `<directory>/../shared/libs` (absolute, normalized, up to the
/// first wildcard). A `PYTHONPATH` entry the service lacks may be one of
/// them, wherever a check starts.
std::vector<std::filesystem::path>
packaged_from_above(std::string_view text, const std::filesystem::path &directory);

} // namespace hoist
