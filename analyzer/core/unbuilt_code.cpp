#include "core/unbuilt_code.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "core/source_file.h"
#include "core/read_record.h"

namespace hoist {
namespace fs = std::filesystem;
namespace {

/// A directory a build writes, by its name: SAM's, bundlers', compilers'
/// and packagers' outputs (`build-ingest` and `dist_lambda` too).
bool is_build_output_name(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  static const std::array<std::string_view, 21> kOutputs{
      ".aws-sam", "build",    ".build",   "dist",        "out",
      "output",   "target",   "bin",      "lib",         "artifacts",
      "artifact", "package",  "packaged", "publish",     "release",
      ".webpack", ".esbuild", "cdk.out",  ".serverless", "node_modules",
      "tmp"};
  for (std::string_view output : kOutputs)
    if (name == output)
      return true;
  for (std::string_view prefix : {"build", "dist", "bundle", "compiled"})
    if (name.rfind(prefix, 0) == 0)
      return true;
  return false;
}

/// True when a build script in `base` names `path`: it may make it.
bool mentioned_by_build_script(const fs::path &base, const std::string &path,
                               std::uintmax_t max_size) {
  std::error_code error;
  record_input(base); // a build script added changes its time
  for (fs::directory_iterator entry(base, error), end; !error && entry != end;
       entry.increment(error)) {
    std::string name = entry->path().filename().string();
    bool script =
        name == "Makefile" || name == "makefile" || name == "GNUmakefile" ||
        name == "package.json" || name == "justfile" || name == "Justfile" ||
        name.rfind("Taskfile.", 0) == 0 || name.rfind("build.", 0) == 0 ||
        (name.size() > 3 && (name.rfind(".sh") == name.size() - 3 ||
                             name.rfind(".mk") == name.size() - 3));
    std::error_code kind;
    if (!script || !entry->is_regular_file(kind))
      continue;
    std::string unread;
    if (auto text = read_file(entry->path(), unread, max_size);
        text && text->find(path) != std::string::npos)
      return true;
  }
  return false;
}

} // namespace

bool names_missing_code(std::string_view written, const fs::path &base,
                        std::uintmax_t max_size) {
  // A variable, a command, a URI, a home or absolute path: not plain.
  if (written.empty() || written.front() == '/' || written.front() == '~' ||
      written.find_first_of("$%{}*?:\\") != std::string_view::npos)
    return false;
  fs::path relative = fs::path(written).lexically_normal();
  std::string path = relative.generic_string();
  while (!path.empty() && path.back() == '/')
    path.pop_back();
  if (path.empty() || path == "." || path.rfind("..", 0) == 0)
    return false;
  // An archive is packaged by some step (a `.py` file is SAM's to zip).
  if (relative.has_extension() && relative.extension() != ".py")
    return false;
  for (const fs::path &part : relative)
    if (is_build_output_name(part.string()))
      return false;
  std::error_code error;
  record_input(base / relative);
  if (fs::exists(base / relative, error) || error)
    return false;
  return !mentioned_by_build_script(base, path, max_size);
}

} // namespace hoist
