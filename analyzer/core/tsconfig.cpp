#include "core/tsconfig.h"

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

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
bool read_into(const fs::path &file, TsconfigDirs &dirs, int depth) {
  std::ifstream in(file);
  if (!in || depth > 4)
    return false;
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json config =
      nlohmann::json::parse(strict_json(text.str()), nullptr,
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
      read_into(target, dirs, depth + 1);
    }
  }
  auto options = config.find("compilerOptions");
  if (options == config.end() || !options->is_object())
    return true;
  for (auto [key, kept] : {std::pair("outDir", &dirs.out_dir),
                           std::pair("rootDir", &dirs.root_dir)}) {
    auto value = options->find(key);
    if (value != options->end() && value->is_string())
      *kept = (directory / value->get<std::string>()).lexically_normal();
  }
  return true;
}

} // namespace

std::optional<TsconfigDirs> read_tsconfig(const fs::path &file) {
  TsconfigDirs dirs;
  dirs.directory = fs::absolute(file).lexically_normal().parent_path();
  if (!read_into(file, dirs, 0))
    return std::nullopt;
  for (std::optional<fs::path> *dir : {&dirs.out_dir, &dirs.root_dir})
    if (*dir && !(*dir)->has_filename())
      **dir = (*dir)->parent_path(); // "lib/" names lib
  return dirs;
}

} // namespace hoist
