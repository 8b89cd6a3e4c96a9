#include "core/changed_files.h"

#include "core/command_output.h"

namespace hoist {

namespace fs = std::filesystem;

std::optional<std::set<fs::path>>
changed_since(const std::string &ref, const fs::path &dir, std::string &error) {
  std::string git = "git -C " + shell_quoted(dir.string());
  auto top = command_output(git + " rev-parse --show-toplevel");
  auto verified = command_output(git + " rev-parse --verify --quiet " +
                            shell_quoted(ref + "^{commit}"));
  if (!top || !verified) {
    error = "--changed-since " + ref +
            ": not a commit of a git repository around '" + dir.string() + "'";
    return std::nullopt;
  }
  fs::path root = top->substr(0, top->find('\n'));
  // -z: NUL-separated names, never quoted (git quotes non-ASCII names
  // otherwise, and those would name no file)
  auto changed = command_output(git + " diff -z --name-only " + shell_quoted(ref));
  auto untracked =
      command_output(git + " ls-files -z --others --exclude-standard");
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
