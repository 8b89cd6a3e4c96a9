#include "core/source_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace hoist {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::size_t bom_length_of(std::string_view text) {
  return text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
}

} // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)),
      bom_length_(bom_length_of(text_)), lines_(text_) {}

Position SourceFile::position(std::size_t offset) const {
  Position position = lines_.position(offset);
  if (position.line == 1 && bom_length_ > 0 && offset >= bom_length_)
    position.column -= 1; // the BOM is not a column anyone sees
  return position;
}

std::variant<SourceFilePtr, LoadError>
SourceFile::load(const std::filesystem::path &file,
                 const std::string &display_path) {
  std::error_code error;
  if (std::filesystem::is_directory(file, error))
    return LoadError{display_path, "is a directory"};
  std::ifstream in(file, std::ios::binary);
  if (!in)
    return LoadError{display_path,
                     std::string("cannot be read: ") + std::strerror(errno)};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad())
    return LoadError{display_path,
                     std::string("cannot be read: ") + std::strerror(errno)};
  std::string text = std::move(buffer).str();

  if (auto nul = text.find('\0'); nul != std::string::npos)
    return LoadError{display_path,
                     "looks binary (NUL byte at offset " + std::to_string(nul) +
                         "); Python source cannot contain NUL bytes, skipped"};
  if (auto bad = find_invalid_utf8(text)) {
    auto file_ptr = std::make_shared<SourceFile>(display_path, text);
    Position at = file_ptr->position(*bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X",
                  static_cast<unsigned char>(text[*bad]));
    return LoadError{display_path,
                     "is not valid UTF-8 (byte " + std::string(byte) +
                         " at line " + std::to_string(at.line) + ", column " +
                         std::to_string(at.column) +
                         "); hoist reads UTF-8 source only, skipped"};
  }
  return std::make_shared<SourceFile>(display_path, std::move(text));
}

} // namespace hoist
