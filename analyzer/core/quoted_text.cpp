#include "core/quoted_text.h"

#include <cstdio>

namespace hoist {

std::string quoted(std::string_view text, ControlEscape style) {
  std::string out = "\"";
  for (char c : text) {
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
      if (auto byte = static_cast<unsigned char>(c); byte < 0x20 || byte == 0x7F) {
        char escape[8];
        std::snprintf(escape, sizeof escape,
                      style == ControlEscape::Octal ? "\\%03o" : "\\x%02x",
                      byte);
        out += escape;
      } else {
        out += c;
      }
    }
  }
  return out + "\"";
}

} // namespace hoist
