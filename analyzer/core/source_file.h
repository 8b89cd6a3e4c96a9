#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/line_index.h"
#include "core/text_range.h"

namespace hoist {

/// Why a file could not be analyzed; the message names no path, the caller
/// does.
struct LoadError {
  std::string path;
  std::string message;
};

/// One source file as read from disk: its bytes (UTF-8, possibly with a BOM),
/// the path used in every report, and a line index.
class SourceFile {
public:
  SourceFile(std::string path, std::string text);
  SourceFile(const SourceFile &) = delete;
  SourceFile &operator=(const SourceFile &) = delete;

  /// Reads `file` and checks that it is text hoist can analyze: UTF-8 without
  /// NUL bytes. `display_path` is how reports name it.
  static std::variant<std::shared_ptr<const SourceFile>, LoadError>
  load(const std::filesystem::path &file, const std::string &display_path);

  const std::string &path() const { return path_; }
  std::string_view text() const { return text_; }
  /// 3 when the file starts with a UTF-8 byte order mark, else 0.
  std::size_t bom_length() const { return bom_length_; }
  const LineIndex &lines() const { return lines_; }
  Position position(std::size_t offset) const;
  std::string_view slice(TextRange range) const {
    return std::string_view(text_).substr(range.begin, range.end - range.begin);
  }

private:
  std::string path_;
  std::string text_;
  std::size_t bom_length_;
  LineIndex lines_;
};

using SourceFilePtr = std::shared_ptr<const SourceFile>;

/// The whole file's bytes; nothing, with `error` set to the system's reason,
/// when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path &file,
                                     std::string &error);

} // namespace hoist
