#include "core/tsconfig.h"

#include <string>

#include <nlohmann/json.hpp>

#include "core/source_file.h"
#include "core/read_record.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// `text` without comments and trailing commas, which tsc accepts and JSON
/// does not.
std::string strict_json(const std::string &text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      std::size_t end = i + 1;
      while (end < text.size() && text[end] != '"')
        end += text[end] == '\\' ? 2 : 1;
      out.append(text, i, end + 1 - i);
      i = end;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      i = text.find('\n', i);
      if (i == std::string::npos)
        break;
      out += '\n';
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      i = text.find("*/", i + 2);
      if (i == std::string::npos)
        break;
      ++i;
    } else if (c == ',') {
      std::size_t next = text.find_first_not_of(" \t\r\n", i + 1);
      if (next == std::string::npos || (text[next] != '}' && text[next] != ']'))
        out += c;
    } else {
      out += c;
    }
  }
  return out;
}

/// Adds what `file` (and what it extends) says to `dirs`; false when it
/// cannot be read or parsed.
bool read_into(const fs::path &file, TsconfigDirs &dirs, int depth,
               std::uintmax_t max_size) {
  std::string unread;
  std::optional<std::string> text = read_file(file, unread, max_size);
  if (!text || depth > 4)
    return false;
  nlohmann::json config =
      nlohmann::json::parse(strict_json(*text), nullptr,
                            /*allow_exceptions=*/false);
  if (!config.is_object())
    return false;
  fs::path directory = fs::absolute(file).lexically_normal().parent_path();
  // What the file extends comes first; its own options override it.
  auto extends = config.find("extends");
  if (extends != config.end() && extends->is_string()) {
    std::string base = extends->get<std::string>();
    if (base.rfind("./", 0) == 0 || base.rfind("../", 0) == 0) {
      fs::path target = directory / base;
      if (target.extension() != ".json")
        target += ".json";
      read_into(target, dirs, depth + 1, max_size);
    }
  }
  auto options = config.find("compilerOptions");
  if (options == config.end() || !options->is_object())
    return true;
  auto paths = options->find("paths");
  if (paths != options->end() && paths->is_object()) {
    dirs.paths.clear();
    for (const auto &[pattern, targets] : paths->items()) {
      std::vector<std::string> kept;
      for (const auto &target : targets)
        if (target.is_string())
          kept.push_back(target.get<std::string>());
      dirs.paths.emplace_back(pattern, std::move(kept));
    }
    dirs.paths_base = directory;
  }
  for (auto [key, kept] : {std::pair("outDir", &dirs.out_dir),
                           std::pair("rootDir", &dirs.root_dir),
                           std::pair("baseUrl", &dirs.base_url)}) {
    auto value = options->find(key);
    if (value != options->end() && value->is_string())
      *kept = (directory / value->get<std::string>()).lexically_normal();
  }
  return true;
}

} // namespace

std::vector<fs::path> aliased_paths(const TsconfigDirs &tsconfig,
                                    const std::string &specifier) {
  std::vector<fs::path> found;
  fs::path base = tsconfig.base_url.value_or(tsconfig.paths_base);
  for (const auto &[pattern, targets] : tsconfig.paths) {
    std::size_t star = pattern.find('*');
    std::string matched;
    if (star == std::string::npos) {
      if (pattern != specifier)
        continue;
    } else {
      std::string prefix = pattern.substr(0, star);
      std::string suffix = pattern.substr(star + 1);
      if (specifier.size() < prefix.size() + suffix.size() ||
          specifier.compare(0, prefix.size(), prefix) != 0 ||
          specifier.compare(specifier.size() - suffix.size(), suffix.size(),
                            suffix) != 0)
        continue;
      matched = specifier.substr(
          prefix.size(), specifier.size() - prefix.size() - suffix.size());
    }
    for (std::string target : targets) {
      if (std::size_t at = target.find('*'); at != std::string::npos)
        target.replace(at, 1, matched);
      found.push_back((base / target).lexically_normal());
    }
  }
  if (tsconfig.base_url)
    found.push_back((*tsconfig.base_url / specifier).lexically_normal());
  return found;
}

std::optional<TsconfigDirs> read_tsconfig(const fs::path &file,
                                          std::uintmax_t max_size) {
  TsconfigDirs dirs;
  dirs.directory = fs::absolute(file).lexically_normal().parent_path();
  if (!read_into(file, dirs, 0, max_size))
    return std::nullopt;
  for (std::optional<fs::path> *dir : {&dirs.out_dir, &dirs.root_dir})
    if (*dir && !(*dir)->has_filename())
      **dir = (*dir)->parent_path(); // "lib/" names lib
  return dirs;
}

std::optional<fs::path> compiled_source(const fs::path &stem,
                                        std::uintmax_t max_size) {
  fs::path dir = stem.parent_path();
  for (int level = 0; level < 8 && dir.has_relative_path();
       ++level, dir = dir.parent_path()) {
    std::optional<TsconfigDirs> tsconfig =
        read_tsconfig(dir / "tsconfig.json", max_size);
    if (!tsconfig)
      continue;
    if (!tsconfig->out_dir)
      return std::nullopt;
    fs::path relative = stem.lexically_relative(*tsconfig->out_dir);
    if (relative.empty() || *relative.begin() == "..")
      return std::nullopt;
    std::vector<fs::path> roots{tsconfig->directory,
                                tsconfig->directory / "src"};
    if (tsconfig->root_dir)
      roots = {*tsconfig->root_dir};
    for (const fs::path &root : roots)
      for (const char *extension : {".ts", ".mts", ".cts", ".tsx"}) {
        fs::path candidate = root / relative;
        candidate += extension;
        if (is_file_recorded(candidate))
          return candidate;
      }
    return std::nullopt;
  }
  return std::nullopt;
}

} // namespace hoist
