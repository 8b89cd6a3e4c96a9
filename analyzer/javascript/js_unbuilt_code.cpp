#include "javascript/js_unbuilt_code.h"

#include <map>

#include "core/message_excerpt.h"
#include "javascript/js_handlers.h"

namespace hoist::javascript {

namespace fs = std::filesystem;

namespace {

/// `path` without its JavaScript or TypeScript extension; "" for another
/// file or a declaration file.
std::string module_stem(const std::string &path) {
  for (std::string_view extension :
       {".d.ts", ".d.mts", ".d.cts", ".tsx", ".ts", ".mts", ".cts", ".js",
        ".mjs", ".cjs"}) {
    if (path.size() > extension.size() &&
        path.compare(path.size() - extension.size(), extension.size(),
                     extension) == 0)
      return extension.rfind(".d.", 0) == 0
                 ? ""
                 : path.substr(0, path.size() - extension.size());
  }
  return "";
}

/// The -v note that `function`'s handler is checked in `source` (`what`
/// says why that file).
std::string checked_note(const ConfiguredHandler &function,
                         const std::string &source, const std::string &what) {
  return "the code of " + function.origin +
         " is a build's output that is not there; its handler '" +
         message_excerpt(function.handler) + "' is checked in '" +
         path_excerpt(source) + "', " + what + ", " +
         (function.runtime.empty() ? std::string("with no runtime stated")
                                   : "with its runtime " + function.runtime);
}

} // namespace

std::vector<ConfiguredHandler>
match_unbuilt_code(std::vector<ConfiguredHandler> configured,
                   const std::vector<DiscoveredFile> &files,
                   std::uintmax_t max_file_size,
                   std::vector<std::pair<Location, std::string>> &notes) {
  // Each unbuilt function's source candidates: file paths (absolute) ending
  // with its module's path, below its configuration's directory.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> sources(configured.size(), kNone); // in `files`
  std::map<std::size_t, int> named; // how many functions name a source
  std::vector<std::string> stems;   // of `files`, absolute; "" for others
  bool any = false;
  for (const ConfiguredHandler &function : configured)
    any = any || function.code_unbuilt;
  if (!any)
    return configured;
  for (const DiscoveredFile &file : files)
    stems.push_back(module_stem(fs::absolute(file.path).lexically_normal().string()));
  for (std::size_t i = 0; i < configured.size(); ++i) {
    const ConfiguredHandler &function = configured[i];
    std::string error;
    std::optional<NodeHandlerString> handler =
        function.code_unbuilt ? parse_node_handler(function, error)
                              : std::nullopt;
    // What a build maps elsewhere itself (tsc's outDir with its rootDir).
    if (!handler || module_file(*handler, function, max_file_size))
      continue;
    std::string module =
        "/" + handler->stem.lexically_relative(function.code_root).generic_string();
    std::string under =
        fs::absolute(function.where.file->path()).parent_path().lexically_normal().string() +
        "/";
    std::size_t found = kNone;
    int matches = 0;
    for (std::size_t f = 0; f < stems.size(); ++f) {
      const std::string &stem = stems[f];
      if (stem.size() > module.size() && stem.rfind(under, 0) == 0 &&
          stem.compare(stem.size() - module.size(), module.size(), module) == 0 &&
          ++matches == 1)
        found = f;
    }
    if (matches != 1)
      continue;
    sources[i] = found;
    ++named[found];
  }
  std::vector<ConfiguredHandler> kept;
  for (std::size_t i = 0; i < configured.size(); ++i) {
    ConfiguredHandler &function = configured[i];
    if (!function.code_unbuilt) {
      kept.push_back(std::move(function));
      continue;
    }
    const std::size_t source = sources[i];
    if (source == kNone || named[source] != 1) {
      // A module the build maps itself is checked there; the others are
      // left to the handlers' names.
      std::string error;
      std::optional<NodeHandlerString> handler =
          parse_node_handler(function, error);
      std::optional<fs::path> built_from =
          handler ? module_file(*handler, function, max_file_size)
                  : std::nullopt;
      if (built_from) {
        std::error_code ignored;
        fs::path shown = built_from->lexically_relative(fs::current_path(ignored));
        if (shown.empty() || *shown.begin() == "..")
          shown = *built_from;
        notes.emplace_back(function.where,
                           checked_note(function, shown.generic_string(),
                                        "the source its build compiles to it"));
        kept.push_back(std::move(function));
      } else {
        notes.emplace_back(function.where, function.unbuilt_note);
      }
      continue;
    }
    std::string error;
    std::optional<NodeHandlerString> handler = parse_node_handler(function, error);
    fs::path module = handler->stem.lexically_relative(function.code_root);
    fs::path root = fs::path(stems[source]);
    for (auto part = module.begin(); part != module.end(); ++part)
      root = root.parent_path();
    notes.emplace_back(function.where,
                       checked_note(function, files[source].display_path,
                                    "the one source of that module"));
    function.code_root = root;
    kept.push_back(std::move(function));
  }
  return kept;
}

} // namespace hoist::javascript
