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
std::variant<std::string, ReadFailure>
read_file_within(const std::filesystem::path &file, std::uintmax_t max_size) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return ReadFailure{ReadFailure::System, 0, std::strerror(errno)};
  auto fail = [fd](ReadFailure failure) {
    ::close(fd);
    return failure;
  };
  struct stat info;
  if (::fstat(fd, &info) != 0)
    return fail({ReadFailure::System, 0, std::strerror(errno)});
  if (S_ISDIR(info.st_mode))
    return fail({ReadFailure::Directory, 0, {}});
  bool regular = S_ISREG(info.st_mode);
  auto size = static_cast<std::uintmax_t>(info.st_size);
  if (regular && size > max_size)
    return fail({ReadFailure::TooLarge, size, {}});
  // One byte more than the size: a regular file's short read is its end, so
  // a file that did not grow is read in one call.
  std::string text(regular ? size + 1 : 1 << 16, '\0');
  std::size_t used = 0;
  while (true) {
    if (used == text.size())
      text.resize(text.size() * 2);
    ssize_t count = ::read(fd, text.data() + used, text.size() - used);
    if (count < 0 && errno == EINTR)
      continue;
    if (count < 0)
      return fail({ReadFailure::System, 0, std::strerror(errno)});
    used += static_cast<std::size_t>(count);
    if (count == 0 || (regular && used < text.size()))
      break;
  }
  ::close(fd);
  text.resize(used);
  return text;
}

std::optional<std::string> read_file(const std::filesystem::path &file,
                                     std::string &error) {
  auto read = read_file_within(file, UINTMAX_MAX);
  if (auto *text = std::get_if<std::string>(&read))
    return std::move(*text);
  const auto &failure = std::get<ReadFailure>(read);
  error = failure.kind == ReadFailure::Directory ? "is a directory"
                                                 : failure.reason;
  return std::nullopt;
}

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)),
      bom_length_(bom_length_of(text_)) {}

const LineIndex &SourceFile::lines() const {
  std::call_once(lines_built_, [this] { lines_.emplace(text_); });
  return *lines_;
}

Position SourceFile::position(std::size_t offset) const {
  Position position = lines().position(offset);
  if (position.line == 1 && bom_length_ > 0 && offset >= bom_length_)
    position.column -= 1; // the BOM is not a column anyone sees
  return position;
}

std::variant<SourceFilePtr, LoadError>
SourceFile::load(const std::filesystem::path &file,
                 const std::string &display_path, std::uintmax_t max_size) {
  auto read = read_file_within(file, max_size);
  if (auto *failure = std::get_if<ReadFailure>(&read)) {
    switch (failure->kind) {
    case ReadFailure::Directory:
      return LoadError{display_path, "is a directory"};
    case ReadFailure::TooLarge:
      return LoadError{display_path,
                       "is " + std::to_string(failure->size) +
                           " bytes, above the limit of " +
                           std::to_string(max_size) +
                           " (max-file-size); skipped",
                       true};
    case ReadFailure::System:
      break;
    }
    return LoadError{display_path, "cannot be read: " + failure->reason};
  }
  std::string text = std::move(std::get<std::string>(read));

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
