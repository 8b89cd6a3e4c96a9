#include "core/source_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

#include "core/file_kinds.h"
#include "core/read_record.h"
#include "core/utf8.h"

namespace hoist {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::size_t bom_length_of(std::string_view text) {
  return text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
}

std::string file_type_name(mode_t mode) {
  if (S_ISFIFO(mode))
    return "a FIFO";
  if (S_ISCHR(mode))
    return "a character device";
  if (S_ISBLK(mode))
    return "a block device";
  if (S_ISSOCK(mode))
    return "a socket";
  return "a special file";
}

} // namespace

// POSIX calls report every read error (iostreams turn some, such as EIO,
// into an empty file).
std::variant<std::string, ReadFailure>
read_file_within(const std::filesystem::path &file, std::uintmax_t max_size) {
  record_input(file); // found or not, what a cached result depends on
  // Stat first: opening a FIFO waits for a writer, and opening a device can
  // do anything the device does. Only regular files are opened.
  struct stat info;
  if (::stat(file.c_str(), &info) != 0)
    return ReadFailure{ReadFailure::System, 0, std::strerror(errno)};
  if (S_ISDIR(info.st_mode))
    return ReadFailure{ReadFailure::Directory, 0, {}};
  if (!S_ISREG(info.st_mode))
    return ReadFailure{ReadFailure::NotRegular, 0,
                       file_type_name(info.st_mode)};
  if (static_cast<std::uintmax_t>(info.st_size) > max_size)
    return ReadFailure{
        ReadFailure::TooLarge, static_cast<std::uintmax_t>(info.st_size), {}};
  // Non-blocking, in case a FIFO took the file's place since the stat.
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0)
    return ReadFailure{ReadFailure::System, 0, std::strerror(errno)};
  auto fail = [fd](ReadFailure failure) {
    ::close(fd);
    return failure;
  };
  if (::fstat(fd, &info) != 0)
    return fail({ReadFailure::System, 0, std::strerror(errno)});
  if (!S_ISREG(info.st_mode))
    return fail({ReadFailure::NotRegular, 0, file_type_name(info.st_mode)});
  auto size = static_cast<std::uintmax_t>(info.st_size);
  if (size > max_size)
    return fail({ReadFailure::TooLarge, size, {}});
  // At most one byte past the limit, whatever the size said (files in /proc
  // say 0, a file may grow): the read is bounded.
  std::uintmax_t cap = max_size == UINTMAX_MAX ? UINTMAX_MAX : max_size + 1;
  std::string text(
      static_cast<std::size_t>(std::min<std::uintmax_t>(size + 1, cap)), '\0');
  if (text.empty())
    text.resize(1);
  std::size_t used = 0;
  while (true) {
    if (used == text.size()) {
      if (used >= cap)
        break;
      text.resize(static_cast<std::size_t>(std::min<std::uintmax_t>(
          std::max<std::size_t>(used * 2, 1 << 16), cap)));
    }
    ssize_t count = ::read(fd, text.data() + used, text.size() - used);
    if (count < 0 && errno == EINTR)
      continue;
    if (count < 0)
      return fail({ReadFailure::System, 0, std::strerror(errno)});
    used += static_cast<std::size_t>(count);
    // A short read of a file with a size is its end: a file that did not
    // grow is read in one call. (A size of 0 may be /proc's "unknown".)
    if (count == 0 || (size > 0 && used < text.size()))
      break;
  }
  ::close(fd);
  if (used > max_size)
    return ReadFailure{ReadFailure::TooLarge, 0, {}}; // size unknown
  text.resize(used);
  return text;
}

std::string describe(const ReadFailure &failure, std::uintmax_t max_size) {
  switch (failure.kind) {
  case ReadFailure::Directory:
    return "is a directory";
  case ReadFailure::NotRegular:
    return "is " + failure.reason + ", not a regular file; not read";
  case ReadFailure::TooLarge:
    return "is " +
           (failure.size == 0 ? "more than " + std::to_string(max_size)
                              : std::to_string(failure.size)) +
           " bytes, above the limit of " + std::to_string(max_size) +
           " bytes (max-file-size); not read";
  case ReadFailure::System:
    break;
  }
  return "cannot be read: " + failure.reason;
}

std::optional<std::string> read_file(const std::filesystem::path &file,
                                     std::string &error,
                                     std::uintmax_t max_size) {
  auto read = read_file_within(file, max_size);
  if (auto *text = std::get_if<std::string>(&read))
    return std::move(*text);
  const auto &failure = std::get<ReadFailure>(read);
  // The system's reason alone: callers say what could not be read.
  error = failure.kind == ReadFailure::System ? failure.reason
                                              : describe(failure, max_size);
  return std::nullopt;
}

SourceFile::SourceFile(std::string path, std::string text,
                       SourceEncoding encoding)
    : path_(std::move(path)), text_(std::move(text)),
      bom_length_(bom_length_of(text_)), encoding_(encoding) {}

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
  if (auto *failure = std::get_if<ReadFailure>(&read))
    return LoadError{display_path, describe(*failure, max_size),
                     failure->kind == ReadFailure::TooLarge};
  std::string text = std::move(std::get<std::string>(read));

  // How the front-end that reads such files reads them; a file of no
  // front-end's kind (a .clang-tidy file) as UTF-8.
  const FileKind *kind = file_kind_of(file.filename().string());
  const std::string source = kind ? kind->source_name : "source code";
  const FileKind::Reading reading =
      kind ? kind->reading : FileKind::Reading::Utf8;
  // (A UTF-16 file's every other byte is NUL in ASCII text.)
  if (text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0)
    return LoadError{display_path,
                     "is UTF-16 (its byte order mark says so); hoist reads " +
                         source + " as UTF-8: save it as UTF-8, skipped"};
  if (auto nul = text.find('\0'); nul != std::string::npos)
    return LoadError{display_path, "looks binary (NUL byte at offset " +
                                       std::to_string(nul) + "); " + source +
                                       " cannot contain NUL bytes, skipped"};
  // Clang reads C++ source as the bytes they are, whatever they encode (a
  // Latin-1 comment, a Shift JIS string): both modes read them so, so that
  // offsets are Clang's and a fix leaves every other byte as it was.
  if (reading == FileKind::Reading::Bytes)
    return std::make_shared<SourceFile>(display_path, std::move(text));
  // PEP 263: a coding declaration says what the bytes are; a BOM makes
  // them UTF-8.
  SourceEncoding encoding = SourceEncoding::Utf8;
  std::optional<std::string> declared;
  if (bom_length_of(text) == 0 &&
      reading == FileKind::Reading::DeclaredEncoding)
    declared = declared_encoding_name(text);
  if (declared) {
    std::optional<SourceEncoding> known = encoding_named(*declared);
    if (!known && find_invalid_utf8(text) == std::nullopt &&
        std::all_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
      known = SourceEncoding::Utf8; // ASCII reads the same in any of them
    if (!known)
      return LoadError{display_path, "declares the encoding '" + *declared +
                                         "', which hoist does not read "
                                         "(UTF-8, latin-1, cp1252, ascii); "
                                         "skipped"};
    encoding = *known;
  }
  auto decoded = decode_source(text, encoding);
  if (auto *bad = std::get_if<std::size_t>(&decoded)) {
    auto file_ptr = std::make_shared<SourceFile>(display_path, text);
    Position at = file_ptr->position(*bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X",
                  static_cast<unsigned char>(text[*bad]));
    std::string where = "byte " + std::string(byte) + " at line " +
                        std::to_string(at.line) + ", column " +
                        std::to_string(at.column);
    if (reading == FileKind::Reading::Utf8)
      return LoadError{display_path,
                       "is not valid UTF-8 (" + where + "); " +
                           (kind ? kind->reader : "hoist") + " reads " +
                           source +
                           " as UTF-8 only: save it as UTF-8; skipped"};
    if (!declared)
      return LoadError{display_path,
                       "is not valid UTF-8 (" + where +
                           "), and declares no other encoding (PEP 263: '# "
                           "-*- coding: latin-1 -*-'); skipped"};
    return LoadError{display_path, "is not valid " +
                                       std::string(name_of(encoding)) +
                                       ", the encoding it declares (" + where +
                                       "); skipped"};
  }
  return std::make_shared<SourceFile>(
      display_path, std::move(std::get<std::string>(decoded)), encoding);
}

} // namespace hoist
