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
  out.reserve(text.size());
  for (char c : text) {
    out += c;
    if (c == '\n')
      out += pad;
  }
  return out;
}

} // namespace hoist
