#include "core/source_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

#include "core/utf8.h"

namespace hoist {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::size_t bom_length_of(std::string_view text) {
  return text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
}

} // namespace

// POSIX calls report every read error (iostreams turn some, such as EIO,
// into an empty file).
std::optional<std::string> read_file(const std::filesystem::path &file,
                                     std::string &error) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::string text;
  struct stat info;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode))
    text.reserve(static_cast<std::size_t>(info.st_size));
  char chunk[1 << 16];
  while (true) {
    ssize_t count = ::read(fd, chunk, sizeof chunk);
    if (count < 0 && errno == EINTR)
      continue;
    if (count < 0) {
      error = std::strerror(errno);
      ::close(fd);
      return std::nullopt;
    }
    if (count == 0)
      break;
    text.append(chunk, static_cast<std::size_t>(count));
  }
  ::close(fd);
  return text;
}

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
  std::error_code status_error;
  if (std::filesystem::is_directory(file, status_error))
    return LoadError{display_path, "is a directory"};
  std::string error;
  std::optional<std::string> read = read_file(file, error);
  if (!read)
    return LoadError{display_path, "cannot be read: " + error};
  std::string text = std::move(*read);

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
