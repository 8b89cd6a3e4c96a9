#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hoist {

/// A user's own expensive constructor, added to the catalogue from config.
struct ConstructorConfig {
  std::string api;     ///< fully-qualified: "mycompany.aws.make_client"
  std::string rule;    ///< client-in-handler or connection-in-handler
  std::string builds;  ///< "an AWS SDK client"
  std::string family;  ///< a catalogue family: aws-sdk, database, http
  std::string fix;     ///< safe or unsafe
  std::string returns; ///< optional type of what it builds
};

/// hoist's settings from `[tool.hoist]` in pyproject.toml or from hoist.toml.
/// Relative paths and globs are relative to `directory`.
struct Config {
  std::filesystem::path file;      ///< empty when no file was found
  std::filesystem::path directory; ///< where relative paths start
  std::optional<std::vector<std::string>> select;
  std::vector<std::string> extend_select; ///< added to `select`
  std::vector<std::string> ignore;
  std::optional<std::vector<std::string>> handler_patterns;
  std::vector<std::string> handlers;
  std::vector<std::string> roots;
  std::vector<std::string> exclude;
  std::vector<std::string> extend_exclude; ///< added to `exclude`
  /// Leave out what git ignores (.gitignore, .git/info/exclude, global).
  bool respect_gitignore = true;
  /// `exclude` applies to the paths named on the command line too.
  bool force_exclude = false;
  std::vector<std::pair<std::string, std::vector<std::string>>>
      per_file_ignores;
  std::vector<ConstructorConfig> constructors;
  /// Python libraries, modules, classes or callables (dotted names) whose
  /// code changes neither the environment, nor boto3's default session, nor
  /// the objects it is given: added to the catalogue's.
  std::vector<std::string> harmless_calls;
  std::optional<std::uintmax_t> max_file_size; ///< bytes
  /// The [rules.<rule>] options the file sets, by rule and option name
  /// (each rule's rule.json says which it takes, and their defaults).
  std::map<std::pair<std::string, std::string>, bool> rule_options;

  /// `option` of `rule`: the file's value, else the rule's default.
  bool rule_option(std::string_view rule, std::string_view option) const;
};

/// A configuration error, located in its file.
struct ConfigError {
  std::string message; ///< "pyproject.toml:12:1: unknown key 'selct' ..."
};

/// Reads `file` (pyproject.toml: its [tool.hoist] table; any other name:
/// the whole file). Unknown keys and wrong types are errors.
std::optional<Config> load_config(const std::filesystem::path &file,
                                  ConfigError &error);

/// True for the names of the files find_config reads: hoist.toml, and
/// pyproject.toml (for a [tool.hoist] table).
bool is_settings_file_name(const std::string &name);

/// The config that applies to `start`: hoist.toml, or a pyproject.toml with a
/// [tool.hoist] table, in `start` or the nearest parent directory.
std::optional<std::filesystem::path>
find_config(const std::filesystem::path &start);

/// The project `start` (a file or directory) belongs to: the nearest
/// directory at or above it that holds a configuration find_config would
/// take, a `.git` (the work tree's root; not when `by_git` is false: a
/// repository may hold many projects), or the file a deployment tool
/// starts from (template.yaml, samconfig.toml, serverless.yml, cdk.json);
/// nothing when none does.
std::optional<std::filesystem::path>
find_project_root(const std::filesystem::path &start, bool by_git = true);

/// True when `relative` (a path relative to the config's directory, with '/')
/// matches `glob`: a glob without '/' matches any one path component (a file
/// or directory name); one with '/' matches the whole path, '*' spanning '/'.
bool matches_glob(const std::string &glob, const std::string &relative);

} // namespace hoist
