#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/listed_directories.h"
#include "core/overlay.h"
#include "core/source_file.h"

namespace hoist {

enum class Language { Python, Cpp, JavaScript };

struct DiscoveredFile {
  /// Where to read it; a string, since 20,000 std::filesystem paths keep
  /// megabytes of split components.
  std::string path;
  std::string display_path; ///< how reports name it
  Language language = Language::Python;
};

struct Discovery {
  std::vector<DiscoveredFile> files; ///< sorted by display path, no duplicates
  /// C++ sources (.cpp, .cc, .cxx, .c++), sorted; headers are checked
  /// through the sources that include them.
  std::vector<DiscoveredFile> cpp_files;
  /// JavaScript and TypeScript modules (.js .mjs .cjs .jsx .ts .mts .cts
  /// .tsx; not declaration files, .d.ts), sorted.
  std::vector<DiscoveredFile> js_files;
  /// SAM/CloudFormation templates, serverless.yml, Dockerfiles, sorted.
  std::vector<DiscoveredFile> deployment_files;

  /// The files of `language`: `files`, `cpp_files` or `js_files`.
  const std::vector<DiscoveredFile> &of(Language language) const {
    switch (language) {
    case Language::Cpp:
      return cpp_files;
    case Language::JavaScript:
      return js_files;
    case Language::Python:
      break;
    }
    return files;
  }
  /// For Python files, and directories below their project's root, named on
  /// the command line: the deployment files of the projects they belong to
  /// (see find_project_root) that the paths given do not hold, the Python
  /// files of those projects' CDK apps (under a directory with cdk.json)
  /// that they do not hold either, and those projects' roots (absolute).
  /// They configure the named paths' handlers; nothing else in them is
  /// checked.
  std::vector<DiscoveredFile> project_deployment_files;
  std::vector<DiscoveredFile> project_cdk_app_files;
  std::vector<std::filesystem::path> project_roots;
  std::vector<LoadError>
      errors; ///< paths that do not exist or cannot be walked
  /// Every directory the walk listed: imports look names up here instead of
  /// listing the directories again.
  ListedDirectories listings;
  /// How many directories were read from disk rather than taken from the
  /// previous walk's listings.
  std::size_t directories_read = 0;
};

/// What discovery leaves out besides the directories it always skips.
struct DiscoveryFilters {
  /// The configured exclusions, given an absolute path.
  std::function<bool(const std::filesystem::path &)> excluded;
  /// Leave out what git ignores (.gitignore files, .git/info/exclude, the
  /// global excludes file) inside a git work tree.
  bool respect_gitignore = true;
  /// Apply `excluded` to the paths named too, and to their parents (as Ruff's
  /// --force-exclude; pre-commit names every file).
  bool force_exclude = false;
};

/// Expands files and directories into the source files to analyze. Directories
/// are walked recursively, skipping VCS metadata, virtualenvs, node_modules,
/// caches and build output; directory symlinks are followed once (no loops).
/// Python files (`.py`), C++ sources, JavaScript and TypeScript modules and deployment files (by name) are kept,
/// named explicitly or found by the walk; other files are ignored. What a walk
/// finds is dropped when `filters` say so; a path named explicitly is kept
/// unless `filters.force_exclude`.
/// Given `previous` (an earlier walk's listings, maybe empty), the walk notes
/// each directory's modification time with its listing and takes a directory
/// unchanged since then from `previous` instead of reading it: a stat instead
/// of an open, two getdents and a close. A path named that `buffers` holds
/// (stdin, an editor's unsaved text) is a file, whether or not one is on
/// disk.
Discovery discover_files(const std::vector<std::string> &paths,
                         const DiscoveryFilters &filters = {},
                         const ListedDirectories *previous = nullptr,
                         const Overlay *buffers = nullptr);

/// A file name's extension as std::filesystem gives it: from the last '.',
/// none for a name that only starts with one (".py").
std::string_view extension_of(std::string_view name);

/// A C++ source or header, by its name's extension.
bool is_cpp_file(std::string_view name);

/// A JavaScript or TypeScript module, by its name's extension; TypeScript's
/// declaration files (`.d.ts`) hold no code that runs.
bool is_javascript_file(std::string_view name);

/// True for directory names that never hold a project's own handler code.
bool is_skipped_directory_name(const std::string &name);

/// True when one directory's `entries` hold a distribution's metadata
/// (`requests-2.31.0.dist-info`): pip installed into it (a
/// layer's `python/`, `pip install -t`), so the packages (directories) beside
/// that metadata are third-party code, neither checked nor followed into.
bool holds_installed_packages(const std::vector<ListedEntry> &entries);

} // namespace hoist
