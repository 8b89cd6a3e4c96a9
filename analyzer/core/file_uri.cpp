#include "core/file_uri.h"

#include <cctype>
#include <filesystem>

namespace hoist {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

} // namespace

std::optional<std::string> path_of_uri(const std::string &uri) {
  const std::string scheme = "file://";
  if (uri.compare(0, scheme.size(), scheme) != 0)
    return std::nullopt;
  // file:///path, or file://localhost/path.
  std::size_t path_start = uri.find('/', scheme.size());
  if (path_start == std::string::npos)
    return std::nullopt;
  std::string authority = uri.substr(scheme.size(), path_start - scheme.size());
  if (!authority.empty() && authority != "localhost")
    return std::nullopt;
  std::string path;
  for (std::size_t i = path_start; i < uri.size(); ++i) {
    if (uri[i] == '?' || uri[i] == '#')
      break;
    if (uri[i] != '%') {
      path += uri[i];
      continue;
    }
    if (i + 2 >= uri.size() || hex_value(uri[i + 1]) < 0 ||
        hex_value(uri[i + 2]) < 0)
      return std::nullopt;
    path += static_cast<char>(hex_value(uri[i + 1]) * 16 + hex_value(uri[i + 2]));
    i += 2;
  }
  return std::filesystem::path(path).lexically_normal().string();
}

std::string uri_escape(const std::string &path) {
  static const char *const kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' ||
        c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string uri_of_path(const std::string &path) {
  return "file://" + uri_escape(path);
}

} // namespace hoist
