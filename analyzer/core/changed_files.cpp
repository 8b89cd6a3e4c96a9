#include "core/changed_files.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "core/command_output.h"

namespace hoist {

namespace {

namespace fs = std::filesystem;

/// The names of the filter drivers git's configuration defines around `dir`
/// (`[filter "lfs"]`, whatever its variables), each once.
std::vector<std::string> filter_drivers(const std::string &git) {
  std::vector<std::string> drivers;
  // -z: "key\nvalue\0" per variable, a subsection name being anything.
  auto listed = command_output(git + " config -z --get-regexp '^filter\\.'");
  std::size_t at = 0;
  while (listed && at < listed->size()) {
    std::size_t end = listed->find('\0', at);
    if (end == std::string::npos)
      end = listed->size();
    std::string_view record(listed->data() + at, end - at);
    at = end + 1;
    std::string_view key = record.substr(0, record.find('\n'));
    std::size_t last_dot = key.rfind('.');
    if (last_dot == std::string_view::npos || last_dot <= 7)
      continue;
    std::string driver(key.substr(7, last_dot - 7)); // after "filter."
    if (std::find(drivers.begin(), drivers.end(), driver) == drivers.end())
      drivers.push_back(std::move(driver));
  }
  return drivers;
}

/// git run in `dir` so that nothing a repository's configuration names can
/// run (a repository cloned from anyone sets what it likes in .git/config):
/// no fsmonitor hook, no pager, no clean or smudge filter (each driver the
/// configuration defines emptied and not required: git compares the files
/// as they are, a filtered one perhaps as changed), no transport (a partial
/// clone's lazy fetch runs core.sshCommand). The settings go through
/// GIT_CONFIG_COUNT, which takes any driver name, where `-c` splits at its
/// first '='. The diff's external commands and text conversions are off by
/// the diff's own options (--no-ext-diff --no-textconv).
std::string hardened_git(const fs::path &dir) {
  const std::string git = "git -C " + shell_quoted(dir.string());
  std::vector<std::pair<std::string, std::string>> settings{
      {"core.fsmonitor", "false"}, {"protocol.allow", "never"}};
  for (const std::string &driver : filter_drivers(git)) {
    for (const char *variable : {"clean", "smudge", "process"})
      settings.emplace_back("filter." + driver + "." + variable, "");
    settings.emplace_back("filter." + driver + ".required", "false");
  }
  std::string environment =
      "GIT_PAGER=cat GIT_CONFIG_COUNT=" + std::to_string(settings.size());
  for (std::size_t i = 0; i < settings.size(); ++i)
    environment += " GIT_CONFIG_KEY_" + std::to_string(i) + "=" +
                   shell_quoted(settings[i].first) + " GIT_CONFIG_VALUE_" +
                   std::to_string(i) + "=" + shell_quoted(settings[i].second);
  return environment + " " + git + " --no-pager";
}

} // namespace

std::optional<std::set<fs::path>>
changed_since(const std::string &ref, const fs::path &dir, std::string &error) {
  const std::string git = hardened_git(dir);
  auto top = command_output(git + " rev-parse --show-toplevel");
  auto verified = command_output(git + " rev-parse --verify --quiet " +
                                 shell_quoted(ref + "^{commit}"));
  if (!top || !verified) {
    error = "--changed-since " + ref +
            ": not a commit of a git repository around '" + dir.string() + "'";
    return std::nullopt;
  }
  fs::path root = top->substr(0, top->find('\n'));
  // The commit verified, not `ref` again: a ref that reads as an option
  // never reaches git diff.
  std::string commit = verified->substr(0, verified->find('\n'));
  // -z: NUL-separated names, never quoted (git quotes non-ASCII names
  // otherwise, and those would name no file)
  auto changed = command_output(git + " diff --no-ext-diff --no-textconv -z "
                                      "--name-only " +
                                shell_quoted(commit));
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
