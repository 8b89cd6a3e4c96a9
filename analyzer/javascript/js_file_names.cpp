#include "javascript/js_file_names.h"

#include "core/file_discovery.h"

namespace hoist::javascript {

bool is_typescript_file(std::string_view name) {
  std::string_view extension = extension_of(name);
  if (extension == ".ts" || extension == ".mts" || extension == ".cts") {
    std::string_view stem = name.substr(0, name.size() - extension.size());
    return extension_of(stem) != ".d";
  }
  return extension == ".tsx";
}

bool is_javascript_file(std::string_view name) {
  std::string_view extension = extension_of(name);
  return extension == ".js" || extension == ".mjs" || extension == ".cjs" ||
         extension == ".jsx" || is_typescript_file(name);
}

} // namespace hoist::javascript
