#pragma once

#include <string>
#include <unordered_map>

namespace hoist {

/// Texts that replace files on disk while fixes are tried in memory, by
/// absolute, lexically normal path. Every front-end reads through it.
using Overlay = std::unordered_map<std::string, std::string>;

} // namespace hoist
