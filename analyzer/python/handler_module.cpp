#include "python/handler_module.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "core/deployment.h"
#include "core/handler_spec.h"
#include "core/paths.h"
#include "python/handler_discovery.h"
#include "python/module_cache.h"
#include "python/module_model.h"
#include "core/read_record.h"

namespace hoist::python {

namespace fs = std::filesystem;

namespace {

// Handler strings for the files under `root` that are `spec`'s module by
// their path's end (`orders/app.py` for `app`): what the user may have
// meant. A few, from a bounded walk.
std::vector<std::string> handlers_meant(const HandlerSpec &spec,
                                        const fs::path &root) {
  constexpr std::size_t kMaxShown = 3, kMaxEntries = 20000;
  std::vector<std::string> meant;
  std::error_code ec;
  std::size_t entries = 0;
  for (auto it = fs::recursive_directory_iterator(root, ec);
       !ec && it != fs::recursive_directory_iterator() &&
       ++entries <= kMaxEntries && meant.size() < kMaxShown;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec) &&
        (name[0] == '.' || name == "node_modules" || name == "__pycache__")) {
      it.disable_recursion_pending();
      continue;
    }
    if (!is_module_file(spec, it->path().generic_string()))
      continue;
    fs::path module = it->path().lexically_relative(root);
    module = name == "__init__.py" ? module.parent_path()
                                   : module.replace_extension();
    meant.push_back(module.generic_string() + "." + spec.function);
  }
  std::sort(meant.begin(), meant.end());
  return meant;
}

} // namespace

bool check_handler_module(const std::string &handler,
                          const std::string &task_root,
                          const std::string &python_path,
                          const std::string &also_looked_for,
                          std::string &error) {
  auto spec = HandlerSpec::parse(handler, error);
  if (!spec) {
    error += "; Lambda would fail with 'Runtime.MalformedHandlerName'";
    return false;
  }
  std::string module_path;
  for (const std::string &component : spec->module_components)
    module_path += (module_path.empty() ? "" : "/") + component;
  const std::string root = normalized_dir(fs::absolute(task_root));
  std::string stem = spec->module_stem(root);
  for (const std::string &dir : python_path_entries(python_path, root))
    if (std::string there = spec->module_stem(dir);
        !is_file_recorded(stem + ".py") &&
        !is_file_recorded(stem + "/__init__.py") &&
        (is_file_recorded(there + ".py") ||
         is_file_recorded(there + "/__init__.py")))
      stem = there;
  // Paths as the user spelled the task root.
  auto shown = [&](const std::string &file) {
    return (fs::path(task_root) / fs::path(file).lexically_relative(root))
        .lexically_normal()
        .generic_string();
  };
  std::string file = stem + ".py";
  if (!is_file_recorded(file))
    file = stem + "/__init__.py";
  if (!is_file_recorded(file) && module_path == "wsgi_handler") {
    // serverless-wsgi writes it into the package, never into the source.
    error = "the handler '" + handler +
            "' is the module the serverless-wsgi plugin writes into the "
            "package when it deploys, not in this source tree: give as "
            "--root the package it makes ('serverless package', then unzip "
            ".serverless/<service>.zip into a directory)";
    return false;
  }
  if (!is_file_recorded(file)) {
    error = "no module '" + module_path + "' for the handler '" + handler +
            "' under the task root (looked for '" + shown(stem + ".py") +
            "' and '" + shown(stem + "/__init__.py") + "'" +
            (also_looked_for.empty() ? "" : ", and " + also_looked_for) +
            "); Lambda would fail with 'Runtime.ImportModuleError'";
    // The module path starts at the task root, as Lambda reads it.
    std::vector<std::string> meant = handlers_meant(*spec, root);
    for (std::size_t i = 0; i < meant.size(); ++i)
      error += (i == 0 ? "; did you mean '" : "' or '") + meant[i];
    if (!meant.empty())
      error += "'?";
    return false;
  }
  auto source = load_source(file, file);
  if (std::holds_alternative<LoadError>(source))
    return true; // hoist's check says why it cannot read it
  ParsedModule module = parse_source(std::get<SourceFilePtr>(source));
  // A name a star import or a module `__getattr__` may provide counts as
  // bound. So does one found in a file that parses only in part: the
  // runtime tells whether Python reads it (its Runtime.UserCodeSyntaxError
  // makes the run inconclusive).
  if (may_bind_handler_name(*module.model, spec->function))
    return true;
  if (module.syntax_error) {
    Position at =
        module.syntax_error->file->position(module.syntax_error->range.begin);
    error = "the handler's module '" + shown(file) + "' does not parse (line " +
            std::to_string(at.line) + ") and defines no '" + spec->function +
            "' before that; Lambda would fail with "
            "'Runtime.UserCodeSyntaxError'";
    return false;
  }
  error = "the handler's module '" + shown(file) + "' defines no '" +
          spec->function +
          "'; Lambda would fail with 'Runtime.HandlerNotFound'";
  return false;
}

} // namespace hoist::python
