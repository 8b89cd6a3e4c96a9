#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hoist {

/// Where a TypeScript project's sources and compiled output are, as its
/// tsconfig.json says (`compilerOptions.rootDir`, `outDir`, relative to the
/// file that sets them, following `extends` of relative paths). tsc writes
/// `<outDir>/x.js` for `<rootDir>/x.ts`.
struct TsconfigDirs {
  std::filesystem::path directory; ///< the tsconfig.json's, absolute, normal
  std::optional<std::filesystem::path> out_dir;  ///< absolute, normal
  std::optional<std::filesystem::path> root_dir; ///< absolute, normal
  /// `baseUrl`: where non-relative imports are also looked up.
  std::optional<std::filesystem::path> base_url; ///< absolute, normal
  /// `paths`: import aliases (`"@/*": ["src/*"]`), in order, and the
  /// directory their targets are relative to (`baseUrl`, else the
  /// tsconfig.json that sets them).
  std::vector<std::pair<std::string, std::vector<std::string>>> paths;
  std::filesystem::path paths_base;
};

/// The files (without extension) `specifier` may name through `tsconfig`'s
/// `paths` and `baseUrl`, in the order tsc tries them; none for a
/// specifier they do not cover.
std::vector<std::filesystem::path> aliased_paths(const TsconfigDirs &tsconfig,
                                                 const std::string &specifier);

/// Reads `file` (JSON with comments and trailing commas, as tsc reads it),
/// and what it extends, each within `max_size` bytes (max-file-size);
/// nothing when it cannot be read or parsed.
std::optional<TsconfigDirs> read_tsconfig(const std::filesystem::path &file,
                                          std::uintmax_t max_size);

/// The TypeScript source tsc compiles to `stem` (absolute, without
/// extension) when `stem` lies in the outDir of the nearest tsconfig.json
/// above it: `<rootDir>/x.ts` for `<outDir>/x` (rootDir unset: the
/// tsconfig's directory or its src/).
std::optional<std::filesystem::path>
compiled_source(const std::filesystem::path &stem, std::uintmax_t max_size);

} // namespace hoist
