#include "cli/stdin_buffer.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

namespace hoist::cli {

std::string stdin_buffer_key(const CheckOptions &options) {
  return std::filesystem::absolute(options.stdin_filename)
      .lexically_normal()
      .string();
}

bool read_stdin_buffer(CheckOptions &options, std::string &error) {
  errno = 0;
  std::string text(std::istreambuf_iterator<char>(std::cin), {});
  if (std::cin.bad()) {
    error = std::string("cannot read stdin: ") +
            (errno ? std::strerror(errno) : "read error");
    return false;
  }
  options.buffers[stdin_buffer_key(options)] = std::move(text);
  options.paths = {options.stdin_filename};
  return true;
}

} // namespace hoist::cli
