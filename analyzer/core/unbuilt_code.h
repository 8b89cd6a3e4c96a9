#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace hoist {

/// True when a function's code location `written` (a deployment file's
/// `CodeUri`, as written, relative to `base`, the file's directory) names a
/// directory that is not there and that no build step could make: a plain
/// relative path, none of whose parts is a build's output by name (`build`,
/// `dist`, `.aws-sam`, `out`, `target`, ...), that no build script in `base`
/// (a Makefile, package.json, a shell script) mentions. Then the function's
/// code cannot be found, and deploying it fails (fresh24 miss 3: `CodeUri:
/// controller/`, the code being in `app.js` beside the template). Scripts
/// are read within `max_size` bytes.
bool names_missing_code(std::string_view written,
                        const std::filesystem::path &base,
                        std::uintmax_t max_size);

} // namespace hoist
