#include "core/paths.h"

#include <sstream>

namespace hoist {

namespace fs = std::filesystem;

std::string normalized_dir(std::string text) {
  // Most paths are normal already (absolute, no "." or ".." names, no
  // doubled '/'): they skip std::filesystem's splitting and joining.
  bool normal = !text.empty() && text[0] == '/' &&
                text.find("//") == std::string::npos &&
                text.find("/./") == std::string::npos &&
                text.find("/../") == std::string::npos;
  for (std::string_view end : {"/.", "/.."})
    normal = normal &&
             (text.size() < end.size() ||
              text.compare(text.size() - end.size(), end.size(), end) != 0);
  if (!normal)
    text = fs::path(text).lexically_normal().string();
  while (text.size() > 1 && text.back() == '/')
    text.pop_back();
  return text;
}

std::string normalized_dir(const fs::path &dir) {
  return normalized_dir(dir.string());
}

std::string file_name(const std::string &path) {
  return path.substr(path.rfind('/') + 1);
}

std::string parent_dir(const std::string &path) {
  std::size_t slash = path.rfind('/');
  return slash == 0 || slash == std::string::npos ? "/" : path.substr(0, slash);
}

std::string absolute_path(const std::string &base, std::string_view path) {
  while (path.substr(0, 2) == "./")
    path.remove_prefix(2);
  if (!path.empty() && path[0] == '/')
    return normalized_dir(std::string(path));
  return normalized_dir(base + "/" + std::string(path));
}

std::vector<std::string> path_components(const std::string &path) {
  std::vector<std::string> parts;
  std::stringstream stream(path);
  std::string part;
  while (std::getline(stream, part, '/'))
    if (!part.empty() && part != ".")
      parts.push_back(part);
  return parts;
}

} // namespace hoist
