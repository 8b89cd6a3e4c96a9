#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/line_index.h"
#include "core/source_encoding.h"
#include "core/text_range.h"

namespace hoist {

/// The default of --max-file-size: what any read of a source, deployment,
/// configuration or cache file is bounded by unless told otherwise.
constexpr std::uintmax_t kDefaultMaxFileSize = 10 * 1024 * 1024;

class SourceFile;
using SourceFilePtr = std::shared_ptr<const SourceFile>;

/// A place in a file.
struct Location {
  SourceFilePtr file;
  TextRange range;
};

/// Why a file could not be analyzed; the message names no path, the caller
/// does.
struct LoadError {
  std::string path;
  std::string message;
  /// A warning, not an error: left out by a limit (max-file-size), or what a
  /// deployment reader declined to read or found wrong in an image.
  bool skipped = false;
  /// Where in the file, when the problem has a place (a YAML syntax error):
  /// reports then name it as `path:line:col:`.
  std::optional<Location> location{};
};

/// One source file as read from disk: its text (UTF-8, possibly with a BOM,
/// or read as its kind says: decoded from the encoding a Python file's PEP
/// 263 declaration names; a C++ file's bytes as they are, as Clang reads
/// them, which need not be UTF-8), the path used in every report, and a
/// line index.
class SourceFile {
public:
  SourceFile(std::string path, std::string text,
             SourceEncoding encoding = SourceEncoding::Utf8);
  SourceFile(const SourceFile &) = delete;
  SourceFile &operator=(const SourceFile &) = delete;

  /// Reads `file` and checks that it is text hoist can analyze: without NUL
  /// bytes, at most `max_size` bytes, and read as its kind in the
  /// registered file kinds says (core/file_kinds.h: UTF-8, UTF-8 unless a
  /// coding declaration names another encoding, or any bytes; UTF-8 for a
  /// file of no kind). `display_path` is how reports name it.
  static std::variant<std::shared_ptr<const SourceFile>, LoadError>
  load(const std::filesystem::path &file, const std::string &display_path,
       std::uintmax_t max_size = kDefaultMaxFileSize);

  const std::string &path() const { return path_; }
  std::string_view text() const { return text_; }
  /// 3 when the file starts with a UTF-8 byte order mark, else 0.
  std::size_t bom_length() const { return bom_length_; }
  /// What the file's bytes are in: fixed text is written back in it.
  SourceEncoding encoding() const { return encoding_; }
  /// Built on first use: most files read have nothing to report.
  const LineIndex &lines() const;
  Position position(std::size_t offset) const;
  std::string_view slice(TextRange range) const {
    return std::string_view(text_).substr(range.begin, range.end - range.begin);
  }

private:
  std::string path_;
  std::string text_;
  std::size_t bom_length_;
  SourceEncoding encoding_;
  mutable std::once_flag lines_built_;
  mutable std::optional<LineIndex> lines_;
};


/// Why a file's bytes were not read.
struct ReadFailure {
  enum Kind { Directory, NotRegular, TooLarge, System } kind;
  std::uintmax_t size = 0; ///< for TooLarge: the size; 0 when read past the limit
  std::string reason; ///< the system's, for System; the file type (NotRegular)
};

/// The whole file's bytes, unless it is not a regular file (a directory, a
/// FIFO, a device: never opened), holds more than `max_size` bytes (by its
/// size, or by what a read returns: never more than `max_size` + 1 bytes are
/// read, whatever the size said) or cannot be read.
std::variant<std::string, ReadFailure>
read_file_within(const std::filesystem::path &file, std::uintmax_t max_size);

/// What `failure` means, as a notice after the file's name.
std::string describe(const ReadFailure &failure, std::uintmax_t max_size);

/// The file's bytes, as read_file_within reads them; nothing, with `error`
/// set to the reason, when they cannot be read. Every read names its limit
/// (the user's max-file-size, or a format's own): there is no unbounded
/// one.
std::optional<std::string> read_file(const std::filesystem::path &file,
                                     std::string &error,
                                     std::uintmax_t max_size);

} // namespace hoist
