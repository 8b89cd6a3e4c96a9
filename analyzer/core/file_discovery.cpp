#include "core/file_discovery.h"

#include "core/deployment.h"
#include "core/directory_listing.h"
#include "core/move_append.h"
#include "core/parallel_for.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
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

/// Walks directory trees on every core: listing a large tree is most of an
/// unchanged run, and much of a cold one.
class Walker {
public:
  Walker(Discovery &out, const std::function<bool(const fs::path &)> &excluded)
      : out_(out), excluded_(excluded) {}

  void walk(const fs::path &root) {
    std::error_code error;
    roots_.push_back(fs::weakly_canonical(root, error));
    // Iterative, so deep trees cannot exhaust the stack.
    std::vector<fs::path> pending{root};
    std::mutex mutex;
    std::condition_variable changed;
    unsigned listing = 0; // directories being listed
    unsigned jobs = default_jobs();
    std::vector<Discovery> found(jobs);
    auto work = [&](unsigned worker) {
      std::unique_lock<std::mutex> lock(mutex);
      while (true) {
        changed.wait(lock, [&] { return !pending.empty() || listing == 0; });
        if (pending.empty())
          return; // and nothing being listed can add more
        fs::path dir = std::move(pending.back());
        pending.pop_back();
        ++listing;
        lock.unlock();
        std::vector<fs::path> subdirectories;
        list(dir, dir == root, found[worker], subdirectories);
        lock.lock();
        --listing;
        for (fs::path &subdirectory : subdirectories)
          pending.push_back(std::move(subdirectory));
        changed.notify_all();
      }
    };
    std::vector<std::thread> threads;
    for (unsigned worker = 1; worker < jobs; ++worker)
      threads.emplace_back(work, worker);
    work(0);
    for (std::thread &thread : threads)
      thread.join();
    for (Discovery &part : found) {
      move_append(out_.files, part.files);
      move_append(out_.cpp_files, part.cpp_files);
      move_append(out_.deployment_files, part.deployment_files);
      move_append(out_.errors, part.errors);
    }
  }

private:
  /// Lists `dir` into `out`, adding the directories to walk to `pending`.
  void list(const fs::path &dir, bool is_root, Discovery &out,
            std::vector<fs::path> &pending) {
    std::vector<ListedEntry> entries;
    std::error_code error;
    if (!list_directory(dir, entries, error)) {
      out.errors.push_back(
          {display_path_of(dir), "cannot be listed: " + error.message()});
      return;
    }
    // A virtualenv, whatever its name, holds a pyvenv.cfg: skip it whole
    // (unless it is what the user asked to check).
    if (!is_root &&
        std::any_of(entries.begin(), entries.end(), [](const auto &entry) {
          return entry.name == "pyvenv.cfg";
        }))
      return;
    for (const ListedEntry &entry : entries)
      add(dir / entry.name, entry.type, out, pending);
  }

  void add(const fs::path &path, unsigned char listed_type, Discovery &out,
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
        out.files.push_back({path, display_path_of(path), Language::Python});
      else if (is_cpp_source(path))
        out.cpp_files.push_back({path, display_path_of(path), Language::Cpp});
      else if (is_deployment_file(path))
        out.deployment_files.push_back(
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
    std::lock_guard<std::mutex> lock(followed_mutex_);
    return followed_.insert(target.string()).second;
  }

  Discovery &out_;
  const std::function<bool(const fs::path &)> &excluded_;
  std::vector<fs::path> roots_;
  std::mutex followed_mutex_;
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
  // Threads find errors in any order.
  std::stable_sort(
      out.errors.begin(), out.errors.end(),
      [](const LoadError &a, const LoadError &b) { return a.path < b.path; });
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
