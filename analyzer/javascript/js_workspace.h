#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace hoist::javascript {

/// The directory of the repository's own package that a bare `specifier`
/// (`@notes/core/billing`) imports from `directory`, or "" when it names a
/// library: a package.json above `directory` lists it as a workspace
/// (`"workspaces": ["packages/*"]`, a package there named so) or depends on
/// it by path (`"file:../core"`, `"link:"`, `"workspace:"`). hoist does not
/// read such packages any more than libraries, but a message must not call
/// code of the same repository a library's.
std::filesystem::path workspace_package(const std::filesystem::path &directory,
                                        std::string_view specifier);

} // namespace hoist::javascript
