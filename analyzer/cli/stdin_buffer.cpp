#include "cli/stdin_buffer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "setup/check_setup.h"

namespace hoist::cli {

std::string stdin_buffer_key(const CheckOptions &options) {
  return std::filesystem::absolute(options.stdin_filename)
      .lexically_normal()
      .string();
}

bool read_stdin_buffer(CheckOptions &options, std::string &error) {
  options.paths = {options.stdin_filename};
  // The limit a file at that path would be read with (its configuration is
  // the one above it): stdin has no size to stat, so the read stops one
  // byte past the limit, as read_file_within's does for a file whose size
  // does not tell.
  const std::uintmax_t max_size = setup::max_file_size_of(options);
  std::string text;
  errno = 0;
  while (text.size() <= max_size) {
    const std::size_t chunk = static_cast<std::size_t>(std::min<std::uintmax_t>(
        max_size + 1 - text.size(), std::uintmax_t(1) << 16));
    const std::size_t used = text.size();
    text.resize(used + chunk);
    std::cin.read(text.data() + used, static_cast<std::streamsize>(chunk));
    text.resize(used + static_cast<std::size_t>(std::cin.gcount()));
    if (!std::cin)
      break;
  }
  if (std::cin.bad()) {
    error = std::string("cannot read stdin: ") +
            (errno ? std::strerror(errno) : "read error");
    return false;
  }
  if (text.size() > max_size) {
    error = "the text on stdin (--stdin-filename " + options.stdin_filename +
            ") is more than " + std::to_string(max_size) +
            " bytes, above the limit of " + std::to_string(max_size) +
            " bytes (max-file-size); not checked";
    return false;
  }
  options.buffers[stdin_buffer_key(options)] = std::move(text);
  return true;
}

} // namespace hoist::cli
