#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace hoist {

/// The encodings of Python source hoist reads: UTF-8, and those a PEP 263
/// declaration (`# -*- coding: latin-1 -*-`) may name that older code uses.
enum class SourceEncoding { Utf8, Ascii, Latin1, Cp1252 };

/// The name a PEP 263 declaration gives on the first or second line of
/// `text` (the second only after a comment or blank first line), as
/// written; nothing when there is none.
std::optional<std::string> declared_encoding_name(std::string_view text);

/// The encoding `name` means as Python's codecs read it (case, '-' and '_'
/// aside: "latin1", "ISO-8859-1", "windows_1252", "utf8"), or nothing when
/// it is none of SourceEncoding's.
std::optional<SourceEncoding> encoding_named(std::string_view name);

/// How reports name `encoding` ("latin-1").
std::string_view name_of(SourceEncoding encoding);

/// `bytes` in `encoding` as UTF-8, or the offset of the first byte that is
/// not a character in it.
std::variant<std::string, std::size_t> decode_source(std::string_view bytes,
                                                     SourceEncoding encoding);

/// UTF-8 `text` in `encoding`, or the offset (in `text`) of the first
/// character `encoding` cannot hold.
std::variant<std::string, std::size_t> encode_source(std::string_view text,
                                                     SourceEncoding encoding);

} // namespace hoist
