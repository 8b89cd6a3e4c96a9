#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hoist {

/// `dir` (or a file's path) lexically normalized, without a trailing '/':
/// the form in which module stems, import roots and files read are compared.
std::string normalized_dir(const std::filesystem::path &dir);
std::string normalized_dir(std::string dir);

/// The directory of an absolute normalized path ("/" at the top).
std::string parent_dir(const std::string &path);
/// The last name of an absolute normalized path.
std::string file_name(const std::string &path);

/// `path` (absolute, or relative to `base`, itself absolute and normalized)
/// as an absolute normalized path.
std::string absolute_path(const std::string &base, std::string_view path);

/// The names of a '/'-separated path, without empty and "." ones.
std::vector<std::string> path_components(const std::string &path);

} // namespace hoist
