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
#include "core/text_range.h"

namespace hoist {

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
  std::optional<Location> location;
};

/// One source file as read from disk: its bytes (UTF-8, possibly with a BOM),
/// the path used in every report, and a line index.
class SourceFile {
public:
  SourceFile(std::string path, std::string text);
  SourceFile(const SourceFile &) = delete;
  SourceFile &operator=(const SourceFile &) = delete;

  /// Reads `file` and checks that it is text hoist can analyze: UTF-8 without
  /// NUL bytes, at most `max_size` bytes. `display_path` is how reports name
  /// it.
  static std::variant<std::shared_ptr<const SourceFile>, LoadError>
  load(const std::filesystem::path &file, const std::string &display_path,
       std::uintmax_t max_size = UINTMAX_MAX);

  const std::string &path() const { return path_; }
  std::string_view text() const { return text_; }
  /// 3 when the file starts with a UTF-8 byte order mark, else 0.
  std::size_t bom_length() const { return bom_length_; }
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
  mutable std::once_flag lines_built_;
  mutable std::optional<LineIndex> lines_;
};


/// Why a file's bytes were not read.
struct ReadFailure {
  enum Kind { Directory, TooLarge, System } kind;
  std::uintmax_t size = 0; ///< for TooLarge
  std::string reason;      ///< the system's, for System
};

/// The whole file's bytes, unless it is a directory, a regular file larger
/// than `max_size` or cannot be read. One open, fstat, read and close for a
/// regular file.
std::variant<std::string, ReadFailure>
read_file_within(const std::filesystem::path &file, std::uintmax_t max_size);

/// The whole file's bytes; nothing, with `error` set to the reason, when it
/// cannot be read.
std::optional<std::string> read_file(const std::filesystem::path &file,
                                     std::string &error);

} // namespace hoist
