#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/listed_directories.h"
#include "core/overlay.h"
#include "core/source_file.h"

namespace hoist {

/// The files one front-end checks, as discovery asks for them: the set of
/// languages is open, each front-end bringing its own (engine/front_end.h).
struct FileClaim {
  /// The front-end's language id ("python"): discovery keeps the files it
  /// claims under it (Discovery::of).
  std::string language;
  /// True for a file name the front-end checks.
  std::function<bool(std::string_view name)> checks;
  /// True for a file of the language that is checked only through the
  /// files it checks (a C++ header); none when empty.
  std::function<bool(std::string_view name)> checked_through{};
  /// What is said of such a file named alone, when none of the files it is
  /// checked through is among those found.
  std::string named_alone{};
};
using FileClaims = std::vector<FileClaim>;

struct DiscoveredFile {
  /// Where to read it; a string, since 20,000 std::filesystem paths keep
  /// megabytes of split components.
  std::string path;
  std::string display_path; ///< how reports name it
};

struct Discovery {
  /// The files each front-end claims, by its language id
  /// (FileClaim::language), each sorted by display path, no duplicates.
  std::map<std::string, std::vector<DiscoveredFile>> sources;
  /// SAM/CloudFormation templates, serverless.yml, Dockerfiles, sorted.
  std::vector<DiscoveredFile> deployment_files;

  /// The files of `language` (none when no file is its).
  const std::vector<DiscoveredFile> &of(const std::string &language) const;
  /// For Python files, and directories below their project's root, named on
  /// the command line: the deployment files of the projects they belong to
  /// (see find_project_root) that the paths given do not hold, the Python
  /// files of those projects' CDK apps (under a directory with cdk.json)
  /// that they do not hold either, and those projects' roots (absolute).
  /// They configure the named paths' handlers; nothing else in them is
  /// checked.
  std::vector<DiscoveredFile> project_deployment_files;
  /// By the language of the front-end that reads them
  /// (FrontEnd::project_cdk_app_files).
  std::map<std::string, std::vector<DiscoveredFile>> project_cdk_app_files;
  /// The other files of those projects that the front-ends claim, by
  /// language: not checked, but what imports a file checked is looked for
  /// among them, so that a file named alone has the importers it has in a
  /// check of its whole project.
  std::map<std::string, std::vector<DiscoveredFile>> project_sources;
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
  /// What the walk reads of a project's files (a tsconfig.json's outDir)
  /// is read within this many bytes (max-file-size).
  std::uintmax_t max_file_size = kDefaultMaxFileSize;
};

/// Expands files and directories into the source files to analyze. Directories
/// are walked recursively, skipping VCS metadata, virtualenvs, node_modules,
/// caches and build output; a directory symlink is not followed: its target
/// is walked when it lies inside the paths walked, and reported as skipped
/// (once) when outside them.
/// The files some claim of `claims` checks are kept under its language (the
/// first that checks one), and deployment files (by name), named explicitly
/// or found by the walk; other files are ignored. What a walk
/// finds is dropped when `filters` say so; a path named explicitly is kept
/// unless `filters.force_exclude`.
/// Given `previous` (an earlier walk's listings, maybe empty), the walk notes
/// each directory's status change time with its listing and takes a directory
/// unchanged since then from `previous` instead of reading it: a stat instead
/// of an open, two getdents and a close. A path named that `buffers` holds
/// (stdin, an editor's unsaved text) is a file, whether or not one is on
/// disk.
Discovery discover_files(const std::vector<std::string> &paths,
                         const FileClaims &claims,
                         const DiscoveryFilters &filters = {},
                         const ListedDirectories *previous = nullptr,
                         const Overlay *buffers = nullptr);

/// A file name's extension as std::filesystem gives it: from the last '.',
/// none for a name that only starts with one (".py").
std::string_view extension_of(std::string_view name);

/// Those of `files` that belong to a CDK app: under a directory that holds
/// a cdk.json of `deployment_files` (`cdk synth` runs an app from there).
std::vector<DiscoveredFile>
cdk_app_files(const std::vector<DiscoveredFile> &files,
              const std::vector<DiscoveredFile> &deployment_files);

/// True for directory names that never hold a project's own handler code.
bool is_skipped_directory_name(const std::string &name);

/// True for the names editors and tools give their temporary, lock and
/// backup copies that keep a source's extension: Cloud9's `.~c9_*`, Emacs'
/// `.#*` locks and `#*#` auto-saves, `*~` backups, macOS's `._*`
/// AppleDouble files. A walk skips them; named on the command line, they
/// are checked.
bool is_editor_copy_name(std::string_view name);

/// True when one directory's `entries` hold a distribution's metadata
/// (`requests-2.31.0.dist-info`): pip installed into it (a
/// layer's `python/`, `pip install -t`), so the packages (directories) beside
/// that metadata are third-party code, neither checked nor followed into.
bool holds_installed_packages(const std::vector<ListedEntry> &entries);

} // namespace hoist
