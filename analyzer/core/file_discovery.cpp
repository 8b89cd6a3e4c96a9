#include "core/file_discovery.h"

#include "core/deployment.h"
#include "core/directory_listing.h"
#include "core/gitignore.h"
#include "core/move_append.h"
#include "core/parallel_for.h"
#include "core/tsconfig.h"

#include <algorithm>
#include <condition_variable>
#include <ctime>
#include <map>
#include <mutex>
#include <set>
#include <sys/stat.h>
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

/// `name` inside `dir`, as strings: the walk joins one name per entry, and
/// std::filesystem would split and normalize each path again.
std::string joined(const std::string &dir, const std::string &name) {
  return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

/// The claim of `claims` that checks the file `name`, if any.
const FileClaim *claim_of(const FileClaims &claims, std::string_view name) {
  for (const FileClaim &claim : claims)
    if (claim.checks(name))
      return &claim;
  return nullptr;
}

} // namespace

namespace {

/// A directory the walk lists: where to open it, how reports name what it
/// holds, its absolute normalized path (the key of its listing), and, inside
/// a git work tree whose ignore files are respected, the ignore files above
/// it and its path relative to the work tree's root.
struct WalkedDirectory {
  std::string path;
  std::string display;
  std::string absolute;
  std::shared_ptr<const IgnoreScope> ignores{};
  std::string relative{};
};

/// The ignore files in force at `dir`, the root of a walk: the repository's
/// excludes and the .gitignore files of the directories above it in the
/// work tree (its own is read when it is listed).
void enter_repository(WalkedDirectory &dir) {
  std::optional<fs::path> repository = find_repository_root(dir.absolute);
  if (!repository)
    return;
  dir.ignores = IgnoreScope::repository(*repository);
  fs::path at = *repository;
  std::string relative;
  for (const fs::path &component :
       fs::path(dir.absolute).lexically_relative(*repository)) {
    if (component == ".")
      break;
    dir.ignores = IgnoreScope::nested(dir.ignores, at / ".gitignore", relative);
    at /= component;
    relative = joined(relative, component.string());
  }
  dir.relative = std::move(relative);
}

/// True when `excluded` holds for `path` or a directory above it.
bool excluded_with_parents(const fs::path &path,
                           const std::function<bool(const fs::path &)> &excluded) {
  fs::path at = fs::absolute(path).lexically_normal();
  if (!at.has_filename())
    at = at.parent_path();
  for (; at.has_relative_path(); at = at.parent_path())
    if (excluded(at))
      return true;
  return false;
}

/// Walks directory trees on every core: listing a large tree is most of an
/// unchanged run, and much of a cold one.
class Walker {
public:
  Walker(Discovery &out, const FileClaims &claims,
         const DiscoveryFilters &filters, const ListedDirectories *previous)
      : out_(out), claims_(claims), filters_(filters), previous_(previous) {}

  void walk(const fs::path &root) {
    std::error_code error;
    roots_.push_back(fs::weakly_canonical(root, error));
    std::string absolute = fs::absolute(root).lexically_normal().string();
    if (absolute.size() > 1 && absolute.back() == '/')
      absolute.pop_back();
    WalkedDirectory top{root.string(), display_path_of(root),
                        std::move(absolute)};
    if (filters_.respect_gitignore)
      enter_repository(top);
    // Iterative, so deep trees cannot exhaust the stack.
    std::vector<WalkedDirectory> pending{std::move(top)};
    const std::string root_path = pending.front().path;
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
        WalkedDirectory dir = std::move(pending.back());
        pending.pop_back();
        ++listing;
        lock.unlock();
        std::vector<WalkedDirectory> subdirectories;
        list(dir, dir.path == root_path, found[worker], subdirectories);
        lock.lock();
        --listing;
        for (WalkedDirectory &subdirectory : subdirectories)
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
      for (auto &[language, files] : part.sources)
        move_append(out_.sources[language], files);
      move_append(out_.deployment_files, part.deployment_files);
      move_append(out_.errors, part.errors);
      // Copied by this thread: what the walking threads allocated and
      // outlives them would pin their memory pages.
      out_.listings.add(part.listings);
      out_.directories_read += part.directories_read;
    }
  }

private:
  /// Lists `dir` into `out`, adding the directories to walk to `pending`.
  void list(const WalkedDirectory &dir, bool is_root, Discovery &out,
            std::vector<WalkedDirectory> &pending) {
    std::vector<ListedEntry> entries;
    DirectoryTime time;
    struct stat info;
    bool timed = previous_ && ::stat(dir.path.c_str(), &info) == 0;
    // The status change time, not the modification time: `touch -d`,
    // os.utime, `tar x` and `rsync -t` set a directory's mtime back after a
    // file was created in it, and a listing kept by that time would hide the
    // new file (from the walk, and from the imports that look for it). The
    // ctime no user can set; a new entry moves it, as a chmod does.
    if (timed)
      time = {info.st_ctim.tv_sec, info.st_ctim.tv_nsec};
    // Timed before it is read: a change while reading gives a newer time,
    // and the next walk reads the directory again.
    if (!timed || !previous_->find_unchanged(dir.absolute, time, entries)) {
      std::error_code error;
      if (!list_directory(dir.path, entries, error)) {
        out.errors.push_back(
            {dir.display, "cannot be listed: " + error.message()});
        return;
      }
      ++out.directories_read;
    }
    // A virtualenv, whatever its name, holds a pyvenv.cfg: skip it whole
    // (unless it is what the user asked to check).
    if (!is_root &&
        std::any_of(entries.begin(), entries.end(), [](const auto &entry) {
          return entry.name == "pyvenv.cfg";
        }))
      return;
    std::shared_ptr<const IgnoreScope> ignores = dir.ignores;
    if (ignores &&
        std::any_of(entries.begin(), entries.end(), [](const auto &entry) {
          return entry.name == ".gitignore";
        }))
      ignores = IgnoreScope::nested(ignores, joined(dir.path, ".gitignore"),
                                    dir.relative);
    if (std::any_of(entries.begin(), entries.end(), [](const auto &entry) {
          return entry.name == "tsconfig.json";
        }))
      skip_compiled_output(dir);
    bool installed = holds_installed_packages(entries);
    for (const ListedEntry &entry : entries)
      add(dir, ignores, entry, installed, out, pending);
    out.listings.add(dir.absolute, entries, time);
  }

  /// Keeps the `outDir` of `dir`'s tsconfig.json, when it lies below `dir`,
  /// from the walk: what tsc compiles there repeats the sources.
  void skip_compiled_output(const WalkedDirectory &dir) {
    std::optional<TsconfigDirs> tsconfig = read_tsconfig(
        fs::path(joined(dir.path, "tsconfig.json")), filters_.max_file_size);
    if (!tsconfig || !tsconfig->out_dir)
      return;
    fs::path out_dir = fs::path(dir.absolute) /
                       tsconfig->out_dir->lexically_relative(tsconfig->directory);
    fs::path relative = out_dir.lexically_relative(dir.absolute);
    if (relative.empty() || relative == "." || *relative.begin() == "..")
      return;
    std::lock_guard<std::mutex> lock(compiled_output_mutex_);
    compiled_output_.insert(out_dir.lexically_normal().string());
  }

  bool is_compiled_output(const std::string &absolute) {
    std::lock_guard<std::mutex> lock(compiled_output_mutex_);
    return compiled_output_.count(absolute) > 0;
  }

  /// Adds `entry` of `dir` to what is found, or to `pending`, unless it is
  /// excluded, `ignores` ignores it, or it is a package pip `installed`.
  void add(const WalkedDirectory &dir,
           const std::shared_ptr<const IgnoreScope> &ignores,
           const ListedEntry &entry, bool installed, Discovery &out,
           std::vector<WalkedDirectory> &pending) {
    std::string absolute = joined(dir.absolute, entry.name);
    if (filters_.excluded && filters_.excluded(fs::path(absolute)))
      return;
    std::string path = joined(dir.path, entry.name);
    bool is_symlink = false;
    fs::file_type type = type_of(path, entry.type, is_symlink);
    // The display path of what is inside a normalized one is normalized.
    auto display = [&] {
      return dir.display == "." ? entry.name : joined(dir.display, entry.name);
    };
    // Looked up only for what would be kept: most entries are neither.
    std::string relative;
    auto ignored = [&](bool is_directory) {
      if (!ignores)
        return false;
      relative = joined(dir.relative, entry.name);
      return ignores->ignores(relative, is_directory);
    };
    if (type == fs::file_type::directory) {
      if (installed || is_skipped_directory_name(entry.name) ||
          is_compiled_output(absolute) || ignored(true))
        return;
      if (is_symlink)
        report_if_outside(path, display(), out);
      else
        pending.push_back({std::move(path), display(), std::move(absolute),
                           ignores, std::move(relative)});
    } else if (type == fs::file_type::regular) {
      // A stale copy an editor left (a Cloud9 `.~c9_invoke_*.py` of a CDK
      // stack) is no code of the project's.
      if (is_editor_copy_name(entry.name))
        return;
      const FileClaim *claim = claim_of(claims_, entry.name);
      std::vector<DiscoveredFile> *kept = claim ? &out.sources[claim->language]
                                          : is_deployment_file(entry.name)
                                              ? &out.deployment_files
                                              : nullptr;
      if (kept && !ignored(false))
        kept->push_back({std::move(path), display()});
    }
  }

  /// A directory symlink is not walked. Inside the trees being walked, its
  /// target is walked anyway (no loops, no duplicates); outside them, the
  /// walk would leave the paths checked (`root/proc -> /proc` is the whole
  /// machine): reported as skipped, once for each target.
  void report_if_outside(const fs::path &link, const std::string &display,
                         Discovery &out) {
    std::error_code error;
    fs::path target = fs::canonical(link, error);
    if (error)
      return;
    for (const fs::path &root : roots_) {
      fs::path relative = target.lexically_relative(root);
      if (!relative.empty() && *relative.begin() != "..")
        return;
    }
    std::lock_guard<std::mutex> lock(reported_links_mutex_);
    if (reported_links_.insert(target.string()).second)
      out.errors.push_back({display,
                            "is a link to '" + target.string() +
                                "', a directory outside the paths checked; "
                                "not walked (name it to check it)",
                            true});
  }

  Discovery &out_;
  const FileClaims &claims_;
  const DiscoveryFilters &filters_;
  const ListedDirectories *previous_;
  std::vector<fs::path> roots_;
  std::mutex reported_links_mutex_;
  std::set<std::string> reported_links_;
  std::mutex compiled_output_mutex_;
  std::set<std::string> compiled_output_; ///< absolute, normal
};

/// Keeps one name of each file that `files` (sorted) holds under several
/// (hard links, a link and its target, one file named in two spellings), so
/// that it is checked, reported and fixed once: the first name that is no
/// symbolic link (the link's target is what a fix writes), else the first.
void keep_one_name_per_file(std::vector<DiscoveredFile> &files) {
  std::map<std::pair<dev_t, ino_t>, std::size_t> kept_at; // into `files`
  std::vector<bool> dropped(files.size());
  auto is_link = [&](std::size_t i) {
    struct stat info;
    return ::lstat(files[i].path.c_str(), &info) == 0 && S_ISLNK(info.st_mode);
  };
  for (std::size_t i = 0; i < files.size(); ++i) {
    struct stat info;
    if (::stat(files[i].path.c_str(), &info) != 0)
      continue; // a buffer, or gone: reported when read
    auto [kept, first] = kept_at.try_emplace({info.st_dev, info.st_ino}, i);
    if (first)
      continue;
    if (is_link(kept->second) && !is_link(i)) {
      dropped[kept->second] = true;
      kept->second = i;
    } else {
      dropped[i] = true;
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < files.size(); ++i)
    if (!dropped[i] && kept++ != i)
      files[kept - 1] = std::move(files[i]);
  files.resize(kept);
}

} // namespace

std::string_view extension_of(std::string_view name) {
  std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view()
                                                   : name.substr(dot);
}

std::vector<DiscoveredFile>
cdk_app_files(const std::vector<DiscoveredFile> &files,
              const std::vector<DiscoveredFile> &deployment_files) {
  std::vector<std::string> apps;
  std::error_code ignored;
  for (const DiscoveredFile &file : deployment_files) {
    fs::path path = fs::absolute(file.path, ignored).lexically_normal();
    if (path.filename() == "cdk.json")
      apps.push_back(path.parent_path().string() + "/");
  }
  std::vector<DiscoveredFile> in_apps;
  if (apps.empty())
    return in_apps;
  for (const DiscoveredFile &file : files) {
    std::string path =
        fs::absolute(file.path, ignored).lexically_normal().string();
    if (std::any_of(apps.begin(), apps.end(), [&](const std::string &app) {
          return path.compare(0, app.size(), app) == 0;
        }))
      in_apps.push_back(file);
  }
  return in_apps;
}

bool is_skipped_directory_name(const std::string &name) {
  static const std::set<std::string> kSkipped = {
      ".git",        ".hg",          ".svn",         ".bzr",
      "__pycache__", "node_modules", ".venv",        "venv",
      ".tox",        ".nox",         ".mypy_cache",  ".pytest_cache",
      ".ruff_cache", ".hoist_cache", "build",        "dist",
      ".aws-sam",    "cdk.out",      ".serverless",  ".eggs",
      ".idea",       ".vscode",      "site-packages", ".webpack",
      ".esbuild",    ".next",        ".build",
      // AWS Infrastructure Composer's copies of a template; the VS Code
      // Local History extension's timestamped copies of every file saved.
      ".aws-composer", ".history",
      // Terraform's and Terragrunt's downloaded modules.
      ".terraform",  ".terragrunt-cache"};
  return kSkipped.count(name) > 0 ||
         (name.size() > 9 &&
          name.compare(name.size() - 9, 9, ".egg-info") == 0);
}

bool is_editor_copy_name(std::string_view name) {
  auto starts = [&](std::string_view prefix) {
    return name.substr(0, prefix.size()) == prefix;
  };
  // Other backups (`.orig`, `.rej`, `.bak`, vim's `.swp`) end in no
  // source's extension: no claim takes them.
  return starts(".~c9_") || starts(".#") || starts("._") ||
         (name.size() > 1 && name.front() == '#' && name.back() == '#') ||
         (!name.empty() && name.back() == '~');
}

bool holds_installed_packages(const std::vector<ListedEntry> &entries) {
  auto ends_with = [](const std::string &name, std::string_view suffix) {
    return name.size() > suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) ==
               0;
  };
  // Not *.egg-info: `pip install -e .` and `setup.py develop` leave one
  // beside the project's own packages.
  return std::any_of(entries.begin(), entries.end(), [&](const auto &entry) {
    return ends_with(entry.name, ".dist-info");
  });
}

const std::vector<DiscoveredFile> &
Discovery::of(const std::string &language) const {
  static const std::vector<DiscoveredFile> kNone;
  auto found = sources.find(language);
  return found == sources.end() ? kNone : found->second;
}

Discovery discover_files(const std::vector<std::string> &paths,
                         const FileClaims &claims,
                         const DiscoveryFilters &filters,
                         const ListedDirectories *previous,
                         const Overlay *buffers) {
  Discovery out;
  if (previous) {
    // Directory times come from the same clock.
    timespec now;
    ::clock_gettime(CLOCK_REALTIME, &now);
    out.listings.set_taken_at({now.tv_sec, now.tv_nsec});
  }
  Walker walker(out, claims, filters, previous);
  // Files checked only through others, named, with their claims.
  std::vector<std::pair<std::string, const FileClaim *>> named_alone;
  for (const std::string &given : paths) {
    fs::path path(given);
    std::error_code error;
    auto status = fs::status(path, error);
    if (filters.force_exclude && filters.excluded &&
        excluded_with_parents(path, filters.excluded))
      continue;
    // A buffer is a file, whatever the disk holds at its path.
    const bool buffered =
        buffers &&
        buffers->count(fs::absolute(path).lexically_normal().string());
    if (!buffered && (error || !fs::exists(status))) {
      out.errors.push_back({given, "no such file or directory"});
    } else if (!buffered && fs::is_directory(status)) {
      walker.walk(path);
    } else if (!buffered && !fs::is_regular_file(status)) {
      // A FIFO or a device is never opened: reading one can hang or never
      // end. Named as a file hoist would read, it is an error.
      if (is_deployment_file(path) ||
          claim_of(claims, path.filename().string()))
        out.errors.push_back({given, "is not a regular file; not read"});
    } else if (is_deployment_file(path)) {
      out.deployment_files.push_back({path, display_path_of(path)});
    } else if (const FileClaim *claim =
                   claim_of(claims, path.filename().string())) {
      out.sources[claim->language].push_back({path, display_path_of(path)});
    } else {
      for (const FileClaim &claim : claims)
        if (claim.checked_through &&
            claim.checked_through(path.filename().string())) {
          named_alone.emplace_back(given, &claim);
          break;
        }
    }
    // Any other file named explicitly (pre-commit passes every staged YAML
    // file, say) is not hoist's to read.
  }
  // A header is checked through the sources that include it: named alone
  // (pre-commit passes a commit's changed files), nothing checks it.
  for (const auto &[given, claim] : named_alone)
    if (out.of(claim->language).empty())
      out.errors.push_back({given, claim->named_alone, true});
  out.listings.sort();
  // Threads find errors in any order.
  std::stable_sort(
      out.errors.begin(), out.errors.end(),
      [](const LoadError &a, const LoadError &b) { return a.path < b.path; });
  std::vector<std::vector<DiscoveredFile> *> lists{&out.deployment_files};
  for (auto &[language, files] : out.sources)
    lists.push_back(&files);
  for (std::vector<DiscoveredFile> *list : lists) {
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
    keep_one_name_per_file(*list);
  }
  return out;
}

} // namespace hoist
