#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace hoist {

/// `value` as indented JSON (2 spaces), every line after the first indented
/// by `depth` more levels, as if it sat that deep in a larger document: the
/// writers stream large arrays one element at a time with it. Bytes that
/// are not UTF-8 (paths need not be) are replaced rather than failing.
template <typename Json> std::string dump_at(const Json &value, int depth) {
  std::string text =
      value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string pad(static_cast<std::size_t>(depth) * 2, ' '), out;
  out.reserve(text.size() + text.size() / 8);
  // A line at a time: a report's JSON is megabytes.
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) {
      out.append(text, at, std::string::npos);
      break;
    }
    out.append(text, at, end + 1 - at);
    out += pad;
    at = end + 1;
  }
  return out;
}

} // namespace hoist
