#include "javascript/js_sst.h"

#include <cctype>
#include <optional>
#include <system_error>

#include "javascript/js_resolve.h"
#include "javascript/js_syntax.h"
#include "treesitter/nodes.h"

// https://sst.dev/docs/component/aws/function/ (v3: `handler` "relative to
// the root of your app", `api.route(route, handler)`),
// https://v2.sst.dev/constructs/Function (v2: `handler`, `srcPath`).
namespace hoist::javascript {
namespace {

namespace fs = std::filesystem;
using treesitter::is;
using treesitter::walk_named_descendants;

/// The SST app `module_directory` belongs to: the nearest directory at or
/// above it with sst.config.ts (v2, v3), sst.config.js or sst.json (v1).
std::optional<fs::path> sst_app_directory(fs::path dir) {
  std::error_code error;
  for (;; dir = dir.parent_path()) {
    for (const char *name : {"sst.config.ts", "sst.config.js", "sst.json"})
      if (fs::is_regular_file(dir / name, error))
        return dir;
    if (dir == dir.parent_path())
      return std::nullopt;
  }
}

/// `base` with the first JavaScript or TypeScript extension that names a
/// regular file.
bool source_exists(const fs::path &base) {
  std::error_code error;
  for (const char *extension :
       {".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".jsx"})
    if (fs::is_regular_file(fs::path(base.string() + extension), error))
      return true;
  return false;
}

/// `text` split as a handler string, "path/file.export", when it is one.
std::optional<std::pair<std::string, std::string>>
handler_parts(const std::string &text) {
  std::size_t dot = text.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == text.size() ||
      text.find("://") != std::string::npos || text[0] == '/')
    return std::nullopt;
  std::string name = text.substr(dot + 1);
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool letter = std::isalpha(static_cast<unsigned char>(c)) || c == '_' ||
                  c == '$';
    if (!letter && !(i > 0 && std::isdigit(static_cast<unsigned char>(c))))
      return std::nullopt;
  }
  return std::make_pair(text.substr(0, dot), name);
}

bool mentions_sst(std::string_view text) {
  for (std::string_view mark :
       {"sst/constructs", "@serverless-stack/", "sst.aws.", "$config("})
    if (text.find(mark) != std::string_view::npos)
      return true;
  return false;
}

} // namespace

AppFunctions sst_functions(const JsModule &module) {
  const JsTree &tree = module.tree();
  AppFunctions found;
  if (!mentions_sst(tree.file()->text()))
    return found;
  std::optional<fs::path> app = sst_app_directory(
      fs::absolute(fs::path(tree.file()->path())).lexically_normal().parent_path());
  if (!app)
    return found;
  // A property's name, written bare or quoted.
  auto key_of = [&](TSNode pair) {
    TSNode key = field(pair, "key");
    return string_value(tree, key).value_or(std::string(tree.text(key)));
  };
  // Where handler strings start: the app's directory, and each srcPath the
  // module gives (v2's default function props or a function's own).
  std::vector<fs::path> bases{*app};
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (is(node, "pair") && key_of(node) == "srcPath")
      if (auto dir = string_value(tree, field(node, "value")))
        bases.push_back((*app / *dir).lexically_normal());
    return true;
  });
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!is(node, "string") && !is(node, "template_string"))
      return true;
    auto text = string_value(tree, node);
    auto parts = text ? handler_parts(*text) : std::nullopt;
    if (!parts)
      return false;
    // A handler is a property's value or a call's argument, never a key.
    TSNode parent = ts_node_parent(node);
    bool value = is(parent, "pair") && ts_node_eq(field(parent, "value"), node);
    if (!value && !is(parent, "arguments"))
      return false;
    for (const fs::path &base : bases) {
      fs::path file = (base / parts->first).lexically_normal();
      if (!source_exists(file))
        continue;
      bool named_handler = value && key_of(parent) == "handler";
      std::string runtime;
      if (named_handler)
        if (auto given = string_value(
                tree, property_value(tree, ts_node_parent(parent), "runtime"));
            given && given->rfind("nodejs", 0) == 0)
          runtime = *given;
      found.read.push_back({file, parts->second, node, runtime,
                            "the SST app's function", "", !named_handler});
      break;
    }
    return false;
  });
  return found;
}

} // namespace hoist::javascript
