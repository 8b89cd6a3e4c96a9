#include "javascript/js_workspace.h"

#include <optional>

#include <nlohmann/json.hpp>

#include "core/source_file.h"

namespace hoist::javascript {
namespace {

namespace fs = std::filesystem;

/// A package.json larger than this is no workspace's (its bound as a read).
constexpr std::uintmax_t kPackageJsonLimit = 4 << 20;

std::optional<nlohmann::json> package_json(const fs::path &directory,
                                           std::uintmax_t max_size) {
  std::string error;
  std::optional<std::string> text =
      read_file(directory / "package.json", error, max_size);
  if (!text)
    return std::nullopt;
  nlohmann::json parsed = nlohmann::json::parse(*text, nullptr, false);
  if (!parsed.is_object())
    return std::nullopt;
  return parsed;
}

/// `@scope/name` or `name`: the package a specifier imports from.
std::string_view package_name(std::string_view specifier) {
  std::size_t slash = specifier.find('/');
  if (!specifier.empty() && specifier.front() == '@' &&
      slash != std::string_view::npos)
    slash = specifier.find('/', slash + 1);
  return specifier.substr(0, slash);
}

bool named(const fs::path &directory, std::string_view name,
           std::uintmax_t max_size) {
  std::optional<nlohmann::json> package = package_json(directory, max_size);
  return package && package->value("name", "") == name;
}

/// The workspace of `root` (a directory with that package.json) named
/// `name`: the patterns are directories, or `dir/*` for each directory in
/// `dir` (npm, Yarn and pnpm spell them so; deeper globs are not followed).
fs::path workspace_named(const fs::path &root, const nlohmann::json &patterns,
                         std::string_view name, std::uintmax_t max_size) {
  const nlohmann::json &list =
      patterns.is_object() ? patterns.value("packages", nlohmann::json())
                           : patterns;
  if (!list.is_array())
    return {};
  for (const nlohmann::json &pattern : list) {
    if (!pattern.is_string())
      continue;
    std::string text = pattern.get<std::string>();
    if (text.size() >= 2 && text.compare(text.size() - 2, 2, "/*") == 0) {
      std::error_code error;
      for (fs::directory_iterator it(root / text.substr(0, text.size() - 2),
                                     error),
           end;
           !error && it != end; it.increment(error))
        if (it->is_directory(error) && named(it->path(), name, max_size))
          return it->path();
    } else if (text.find('*') == std::string::npos &&
               named(root / text, name, max_size)) {
      return root / text;
    }
  }
  return {};
}

} // namespace

fs::path workspace_package(const fs::path &directory,
                           std::string_view specifier) {
  const std::uintmax_t max_size = kPackageJsonLimit;
  std::string name(package_name(specifier));
  if (name.empty() || name.front() == '.' || name.front() == '/')
    return {};
  // A file checked by its bare name has no parent in its path: '.'.
  std::error_code error;
  fs::path start = fs::absolute(directory.empty() ? "." : directory, error);
  if (error)
    return {};
  for (fs::path dir = start.lexically_normal();; dir = dir.parent_path()) {
    if (std::optional<nlohmann::json> package = package_json(dir, max_size)) {
      for (const char *kind : {"dependencies", "devDependencies"}) {
        const nlohmann::json &dependencies =
            package->value(kind, nlohmann::json::object());
        if (!dependencies.is_object() || !dependencies.contains(name) ||
            !dependencies[name].is_string())
          continue;
        std::string version = dependencies[name].get<std::string>();
        for (std::string_view by_path : {"file:", "link:"})
          if (version.rfind(by_path, 0) == 0)
            return (dir / version.substr(by_path.size())).lexically_normal();
        if (version.rfind("workspace:", 0) == 0)
          break; // pnpm's: the workspaces below say where
      }
      if (package->contains("workspaces"))
        if (fs::path found =
                workspace_named(dir, (*package)["workspaces"], name, max_size);
            !found.empty())
          return found;
    }
    if (!dir.has_relative_path() || dir.parent_path() == dir)
      return {};
  }
}

} // namespace hoist::javascript
