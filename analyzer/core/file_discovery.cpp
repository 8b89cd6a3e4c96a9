#include "core/file_discovery.h"

#include "core/deployment.h"

#include <algorithm>
#include <set>
#include <sys/stat.h>
#include <utility>

namespace hoist {
namespace {

namespace fs = std::filesystem;

std::string display_path_of(const fs::path &path) {
  std::string text = path.lexically_normal().generic_string();
  while (text.size() > 2 && text.compare(0, 2, "./") == 0)
    text.erase(0, 2);
  if (text.size() > 1 && text.back() == '/')
    text.pop_back();
  return text;
}

bool is_virtualenv(const fs::path &dir) {
  std::error_code error;
  return fs::exists(dir / "pyvenv.cfg", error);
}

bool is_python_file(const fs::path &path) { return path.extension() == ".py"; }

class Walker {
public:
  Walker(Discovery &out, const std::function<bool(const fs::path &)> &excluded)
      : out_(out), excluded_(excluded) {}

  void walk(const fs::path &root) {
    // Iterative, so deep trees cannot exhaust the stack.
    std::vector<fs::path> pending{root};
    while (!pending.empty()) {
      fs::path dir = std::move(pending.back());
      pending.pop_back();
      if (!first_visit(dir))
        continue; // a symlink brought us back to a directory already walked
      std::error_code error;
      fs::directory_iterator it(dir, error), end;
      if (error) {
        out_.errors.push_back(
            {display_path_of(dir), "cannot be listed: " + error.message()});
        continue;
      }
      for (; it != end; it.increment(error)) {
        if (error)
          break;
        const fs::path &entry = it->path();
        if (excluded_ && excluded_(fs::absolute(entry)))
          continue;
        std::error_code status_error;
        if (it->is_directory(status_error)) {
          std::string name = entry.filename().string();
          if (!is_skipped_directory_name(name) && !is_virtualenv(entry))
            pending.push_back(entry);
        } else if (it->is_regular_file(status_error)) {
          if (is_python_file(entry))
            out_.files.push_back(
                {entry, display_path_of(entry), Language::Python});
          else if (is_deployment_file(entry))
            out_.deployment_files.push_back(
                {entry, display_path_of(entry), Language::Python});
        }
      }
      if (error)
        out_.errors.push_back(
            {display_path_of(dir), "cannot be listed: " + error.message()});
    }
  }

private:
  bool first_visit(const fs::path &dir) {
    struct stat info;
    if (::stat(dir.c_str(), &info) != 0)
      return true; // the listing will report the error
    return visited_.insert({info.st_dev, info.st_ino}).second;
  }

  Discovery &out_;
  const std::function<bool(const fs::path &)> &excluded_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

} // namespace

bool is_skipped_directory_name(const std::string &name) {
  static const std::set<std::string> kSkipped = {
      ".git",        ".hg",          ".svn",         ".bzr",
      "__pycache__", "node_modules", ".venv",        "venv",
      ".tox",        ".nox",         ".mypy_cache",  ".pytest_cache",
      ".ruff_cache", ".hoist_cache", "build",        "dist",
      ".aws-sam",    "cdk.out",      ".serverless",  ".eggs",
      ".idea",       ".vscode",      "site-packages"};
  return kSkipped.count(name) > 0 ||
         (name.size() > 9 &&
          name.compare(name.size() - 9, 9, ".egg-info") == 0);
}

Discovery
discover_files(const std::vector<std::string> &paths,
               const std::function<bool(const fs::path &)> &excluded) {
  Discovery out;
  Walker walker(out, excluded);
  for (const std::string &given : paths) {
    fs::path path(given);
    std::error_code error;
    auto status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      out.errors.push_back({given, "no such file or directory"});
    } else if (fs::is_directory(status)) {
      walker.walk(path);
    } else if (is_deployment_file(path)) {
      out.deployment_files.push_back(
          {path, display_path_of(path), Language::Python});
    } else {
      out.files.push_back({path, display_path_of(path), Language::Python});
    }
  }
  for (auto *list : {&out.files, &out.deployment_files}) {
    std::sort(list->begin(), list->end(),
              [](const DiscoveredFile &a, const DiscoveredFile &b) {
                return a.display_path < b.display_path;
              });
    list->erase(
        std::unique(list->begin(), list->end(),
                    [](const DiscoveredFile &a, const DiscoveredFile &b) {
                      return a.display_path == b.display_path;
                    }),
        list->end());
  }
  return out;
}

} // namespace hoist
