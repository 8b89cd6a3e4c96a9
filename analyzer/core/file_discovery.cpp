#include "core/file_discovery.h"

#include "core/deployment.h"
#include "core/directory_listing.h"

#include <algorithm>
#include <set>
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

bool is_python_file(const fs::path &path) { return path.extension() == ".py"; }

bool is_cpp_source(const fs::path &path) {
  const std::string extension = path.extension().string();
  return extension == ".cpp" || extension == ".cc" || extension == ".cxx" ||
         extension == ".c++";
}

class Walker {
public:
  Walker(Discovery &out, const std::function<bool(const fs::path &)> &excluded)
      : out_(out), excluded_(excluded) {}

  void walk(const fs::path &root) {
    std::error_code error;
    roots_.push_back(fs::weakly_canonical(root, error));
    // Iterative, so deep trees cannot exhaust the stack.
    std::vector<fs::path> pending{root};
    while (!pending.empty()) {
      fs::path dir = std::move(pending.back());
      pending.pop_back();
      std::vector<ListedEntry> entries;
      if (!list_directory(dir, entries, error)) {
        out_.errors.push_back(
            {display_path_of(dir), "cannot be listed: " + error.message()});
        continue;
      }
      // A virtualenv, whatever its name, holds a pyvenv.cfg: skip it whole
      // (unless it is what the user asked to check).
      if (dir != root &&
          std::any_of(entries.begin(), entries.end(), [](const auto &entry) {
            return entry.name == "pyvenv.cfg";
          }))
        continue;
      for (const ListedEntry &entry : entries)
        add(dir / entry.name, entry.type, pending);
    }
  }

private:
  void add(const fs::path &path, unsigned char listed_type,
           std::vector<fs::path> &pending) {
    if (excluded_ && excluded_(fs::absolute(path)))
      return;
    bool is_symlink = false;
    fs::file_type type = type_of(path, listed_type, is_symlink);
    if (type == fs::file_type::directory) {
      if (!is_skipped_directory_name(path.filename().string()) &&
          (!is_symlink || follow(path)))
        pending.push_back(path);
    } else if (type == fs::file_type::regular) {
      if (is_python_file(path))
        out_.files.push_back({path, display_path_of(path), Language::Python});
      else if (is_cpp_source(path))
        out_.cpp_files.push_back({path, display_path_of(path), Language::Cpp});
      else if (is_deployment_file(path))
        out_.deployment_files.push_back(
            {path, display_path_of(path), Language::Python});
    }
  }

  /// A directory symlink is followed once, and only when it leads out of the
  /// trees being walked (inside them, its target is walked anyway): no loops,
  /// no duplicates, and no stat for ordinary directories.
  bool follow(const fs::path &link) {
    std::error_code error;
    fs::path target = fs::canonical(link, error);
    if (error)
      return false;
    for (const fs::path &root : roots_) {
      fs::path relative = target.lexically_relative(root);
      if (!relative.empty() && *relative.begin() != "..")
        return false;
    }
    return followed_.insert(target.string()).second;
  }

  Discovery &out_;
  const std::function<bool(const fs::path &)> &excluded_;
  std::vector<fs::path> roots_;
  std::set<std::string> followed_;
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
    } else if (is_python_file(path)) {
      out.files.push_back({path, display_path_of(path), Language::Python});
    } else if (is_cpp_source(path)) {
      out.cpp_files.push_back({path, display_path_of(path), Language::Cpp});
    }
    // Any other file named explicitly (pre-commit passes every staged YAML
    // file, say) is not hoist's to read.
  }
  for (auto *list : {&out.files, &out.cpp_files, &out.deployment_files}) {
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
