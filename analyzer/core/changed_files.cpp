#include "core/changed_files.h"

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace hoist {
namespace {

namespace fs = std::filesystem;

std::string quoted(const std::string &text) {
  std::string out = "'";
  for (char c : text)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// Runs a shell command; its stdout, or nothing when it fails.
std::optional<std::string> output_of(const std::string &command) {
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

} // namespace

std::optional<std::set<fs::path>>
changed_since(const std::string &ref, const fs::path &dir, std::string &error) {
  std::string git = "git -C " + quoted(dir.string());
  auto top = output_of(git + " rev-parse --show-toplevel");
  auto verified = output_of(git + " rev-parse --verify --quiet " +
                            quoted(ref + "^{commit}"));
  if (!top || !verified) {
    error = "--changed-since " + ref +
            ": not a commit of a git repository around '" + dir.string() + "'";
    return std::nullopt;
  }
  fs::path root = top->substr(0, top->find('\n'));
  // -z: NUL-separated names, never quoted (git quotes non-ASCII names
  // otherwise, and those would name no file)
  auto changed = output_of(git + " diff -z --name-only " + quoted(ref));
  auto untracked =
      output_of(git + " ls-files -z --others --exclude-standard");
  if (!changed || !untracked) {
    error = "--changed-since " + ref + ": git could not list the changes";
    return std::nullopt;
  }
  std::set<fs::path> files;
  for (const std::string *list : {&*changed, &*untracked}) {
    std::size_t at = 0;
    while (at < list->size()) {
      std::size_t end = list->find('\0', at);
      if (end == std::string::npos)
        end = list->size();
      if (end > at)
        files.insert((root / list->substr(at, end - at)).lexically_normal());
      at = end + 1;
    }
  }
  return files;
}

} // namespace hoist
