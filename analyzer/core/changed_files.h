#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>

namespace hoist {

/// The files git says changed since `ref` in the repository around `dir`:
/// committed, staged and unstaged changes, and untracked files that are not
/// ignored; absolute paths. Nothing, with `error` set, when git fails.
std::optional<std::set<std::filesystem::path>>
changed_since(const std::string &ref, const std::filesystem::path &dir,
              std::string &error);

} // namespace hoist
