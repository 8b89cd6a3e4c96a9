#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hoist {

/// The patterns of one gitignore-style file (.gitignore, .git/info/exclude,
/// the global excludes file), with git's semantics (gitignore(5)): the last
/// matching pattern decides; `!` re-includes; a leading or middle '/'
/// anchors a pattern to the file's directory; a trailing '/' matches
/// directories only; `*`, `?` and `[...]` do not match '/'; `**/`, `/**/`
/// and `/**` span directories; '\' escapes.
class GitignoreFile {
public:
  /// `base`: the directory the patterns are relative to, as a path relative
  /// to the walk's repository root with '/' ("" for the root itself).
  GitignoreFile(std::string_view text, std::string base);

  /// Whether the last pattern matching `path` (relative to the repository
  /// root, with '/') ignores it (true) or re-includes it (false); nothing
  /// when no pattern matches or `path` is not below `base`.
  std::optional<bool> match(std::string_view path, bool is_directory) const;

  bool empty() const { return patterns_.empty(); }

private:
  struct Pattern {
    std::string glob;
    bool negated = false;
    bool directory_only = false;
    bool anchored = false; ///< matched against the path below base, else
                           ///< against the last component
  };
  std::string base_;
  std::vector<Pattern> patterns_;
};

/// git's wildmatch with WM_PATHNAME: true when `glob` matches all of `text`.
bool wildmatch(std::string_view glob, std::string_view text);

/// The gitignore files in force in one directory of a walk: its own
/// .gitignore and those of its parents up to the repository root, then
/// .git/info/exclude and the global excludes file. Shared by the
/// directories below it; immutable once built.
class IgnoreScope {
public:
  /// The scope of a repository's root: .git/info/exclude and the global
  /// excludes file (core.excludesFile, else $XDG_CONFIG_HOME/git/ignore).
  static std::shared_ptr<const IgnoreScope>
  repository(const std::filesystem::path &root);

  /// The scope inside `directory` (relative to the repository root, '/'),
  /// whose .gitignore is `gitignore`; `parent` when it adds no pattern (or
  /// there is none).
  static std::shared_ptr<const IgnoreScope>
  nested(const std::shared_ptr<const IgnoreScope> &parent,
         const std::filesystem::path &gitignore, std::string directory);

  /// True when git would ignore `path` (relative to the repository root):
  /// the innermost file with a matching pattern decides.
  bool ignores(std::string_view path, bool is_directory) const;

private:
  std::shared_ptr<const IgnoreScope> parent_;
  std::vector<GitignoreFile> files_; ///< innermost first
};

/// The root of the git work tree holding `path` (the nearest directory
/// upward with a `.git` entry), or nothing outside a repository.
std::optional<std::filesystem::path>
find_repository_root(const std::filesystem::path &path);

} // namespace hoist
