#include "core/shown_path.h"

#include <algorithm>
#include <cstdio>

namespace hoist {
namespace {

bool is_control(char c) {
  auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte == 0x7F;
}

} // namespace

std::string shown_path(std::string_view path) {
  if (std::none_of(path.begin(), path.end(), is_control))
    return std::string(path);
  std::string out = "\"";
  for (char c : path) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      if (is_control(c)) {
        char octal[5];
        std::snprintf(octal, sizeof octal, "\\%03o",
                      static_cast<unsigned char>(c));
        out += octal;
      } else {
        out += c;
      }
    }
  }
  return out + "\"";
}

} // namespace hoist
