#include "core/source_encoding.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "core/utf8.h"

namespace hoist {
namespace {

// cp1252's characters for the bytes 0x80-0x9F (0: none); the other bytes
// are latin-1's.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string &out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

/// The character of the valid UTF-8 sequence at `at`, and its length.
std::pair<char32_t, std::size_t> utf8_at(std::string_view text,
                                         std::size_t at) {
  auto byte = [&](std::size_t k) {
    return static_cast<unsigned char>(text[at + k]);
  };
  unsigned char lead = byte(0);
  if (lead < 0x80)
    return {lead, 1};
  if (lead < 0xE0)
    return {char32_t(lead & 0x1F) << 6 | (byte(1) & 0x3F), 2};
  if (lead < 0xF0)
    return {char32_t(lead & 0x0F) << 12 | char32_t(byte(1) & 0x3F) << 6 |
                (byte(2) & 0x3F),
            3};
  return {char32_t(lead & 0x07) << 18 | char32_t(byte(1) & 0x3F) << 12 |
              char32_t(byte(2) & 0x3F) << 6 | (byte(3) & 0x3F),
          4};
}

/// PEP 263's `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
std::optional<std::string> declaration_in(std::string_view line) {
  std::size_t hash = line.find_first_not_of(" \t\f");
  if (hash == std::string_view::npos || line[hash] != '#')
    return std::nullopt;
  for (std::size_t at = line.find("coding", hash); at != std::string_view::npos;
       at = line.find("coding", at + 1)) {
    std::size_t after = at + 6;
    if (after >= line.size() || (line[after] != ':' && line[after] != '='))
      continue;
    std::size_t start = line.find_first_not_of(" \t", after + 1);
    if (start == std::string_view::npos)
      return std::nullopt;
    std::size_t end = start;
    while (end < line.size() &&
           (std::isalnum(static_cast<unsigned char>(line[end])) ||
            line[end] == '-' || line[end] == '_' || line[end] == '.'))
      ++end;
    if (end > start)
      return std::string(line.substr(start, end - start));
  }
  return std::nullopt;
}

bool is_blank_or_comment(std::string_view line) {
  std::size_t first = line.find_first_not_of(" \t\f");
  return first == std::string_view::npos || line[first] == '#';
}

} // namespace

std::optional<std::string> declared_encoding_name(std::string_view text) {
  auto line_end = [&](std::size_t from) {
    return std::min(text.find_first_of("\r\n", from), text.size());
  };
  std::size_t first_end = line_end(0);
  std::string_view first = text.substr(0, first_end);
  if (auto name = declaration_in(first))
    return name;
  if (!is_blank_or_comment(first) || first_end == text.size())
    return std::nullopt;
  std::size_t second = first_end + 1;
  if (text[first_end] == '\r' && second < text.size() && text[second] == '\n')
    ++second;
  return declaration_in(text.substr(second, line_end(second) - second));
}

std::optional<SourceEncoding> encoding_named(std::string_view name) {
  std::string key;
  for (char c : name)
    key += c == '_' ? '-' : static_cast<char>(std::tolower(
                                static_cast<unsigned char>(c)));
  auto starts = [&](std::string_view prefix) {
    return key.compare(0, prefix.size(), prefix) == 0;
  };
  auto one_of = [&](std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), key) != names.end();
  };
  // Python's tokenizer takes "utf-8-..." and "latin-1-..." as these too.
  if (one_of({"utf-8", "utf8", "u8", "utf", "cp65001"}) || starts("utf-8-"))
    return SourceEncoding::Utf8;
  if (one_of({"latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso-latin-1",
              "l1", "latin", "8859", "cp819", "iso-ir-100"}) ||
      starts("latin-1-") || starts("iso-8859-1-") || starts("iso-latin-1-"))
    return SourceEncoding::Latin1;
  if (one_of({"cp1252", "windows-1252"}))
    return SourceEncoding::Cp1252;
  if (one_of({"ascii", "us-ascii", "646", "us"}))
    return SourceEncoding::Ascii;
  return std::nullopt;
}

std::string_view name_of(SourceEncoding encoding) {
  switch (encoding) {
  case SourceEncoding::Utf8:
    return "utf-8";
  case SourceEncoding::Ascii:
    return "ascii";
  case SourceEncoding::Latin1:
    return "latin-1";
  case SourceEncoding::Cp1252:
    return "cp1252";
  }
  return "";
}

std::variant<std::string, std::size_t> decode_source(std::string_view bytes,
                                                     SourceEncoding encoding) {
  if (encoding == SourceEncoding::Utf8) {
    if (auto bad = find_invalid_utf8(bytes))
      return *bad;
    return std::string(bytes);
  }
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    auto byte = static_cast<unsigned char>(bytes[i]);
    char32_t c = byte;
    if (byte >= 0x80 && encoding == SourceEncoding::Ascii)
      return i;
    if (byte >= 0x80 && byte < 0xA0 && encoding == SourceEncoding::Cp1252) {
      c = kCp1252High[byte - 0x80];
      if (c == 0)
        return i;
    }
    append_utf8(out, c);
  }
  return out;
}

std::variant<std::string, std::size_t> encode_source(std::string_view text,
                                                     SourceEncoding encoding) {
  if (encoding == SourceEncoding::Utf8)
    return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto [c, length] = utf8_at(text, i);
    char32_t limit = encoding == SourceEncoding::Ascii ? 0x80 : 0x100;
    bool fits = c < limit && !(encoding == SourceEncoding::Cp1252 &&
                               c >= 0x80 && c < 0xA0);
    if (!fits && encoding == SourceEncoding::Cp1252)
      if (auto high = std::find(kCp1252High.begin(), kCp1252High.end(), c);
          c != 0 && high != kCp1252High.end()) {
        c = static_cast<char32_t>(0x80 + (high - kCp1252High.begin()));
        fits = true;
      }
    if (!fits)
      return i;
    out += static_cast<char>(c);
    i += length;
  }
  return out;
}

} // namespace hoist
