#pragma once

#include <filesystem>
#include <optional>

namespace hoist {

/// Where a TypeScript project's sources and compiled output are, as its
/// tsconfig.json says (`compilerOptions.rootDir`, `outDir`, relative to the
/// file that sets them, following `extends` of relative paths). tsc writes
/// `<outDir>/x.js` for `<rootDir>/x.ts`.
struct TsconfigDirs {
  std::filesystem::path directory; ///< the tsconfig.json's, absolute, normal
  std::optional<std::filesystem::path> out_dir;  ///< absolute, normal
  std::optional<std::filesystem::path> root_dir; ///< absolute, normal
};

/// Reads `file` (JSON with comments and trailing commas, as tsc reads it);
/// nothing when it cannot be read or parsed.
std::optional<TsconfigDirs> read_tsconfig(const std::filesystem::path &file);

} // namespace hoist
