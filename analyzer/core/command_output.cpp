#include "core/command_output.h"

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace hoist {

std::string shell_quoted(const std::string &text) {
  std::string out = "'";
  for (char c : text)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::optional<std::string> command_output(const std::string &command) {
  FILE *pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
  if (!pipe)
    return std::nullopt;
  std::string out;
  std::array<char, 4096> chunk;
  std::size_t count;
  while ((count = std::fread(chunk.data(), 1, chunk.size(), pipe)) > 0)
    out.append(chunk.data(), count);
  int status = ::pclose(pipe);
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return std::nullopt;
  return out;
}

} // namespace hoist
