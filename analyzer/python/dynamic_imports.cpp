#include "python/dynamic_imports.h"

#include <vector>

#include "treesitter/nodes.h"

namespace hoist::python {
namespace {

/// The loaders by the last name of their callable, and the argument that
/// holds the module's name or file: 0 for a name (`import_module(name)`),
/// a position for a file's path (`spec_from_file_location(name, path)`).
struct Loader {
  std::string_view name;
  std::size_t position;
  std::string_view keyword; ///< the argument's keyword, when given so
  bool file;
};

constexpr Loader kLoaders[] = {
    {"__import__", 0, "name", false},
    {"import_module", 0, "name", false},
    {"run_module", 0, "mod_name", false},
    {"run_path", 0, "path_name", true},
    {"spec_from_file_location", 1, "location", true},
    {"SourceFileLoader", 1, "path", true},
    {"load_source", 1, "pathname", true},
};

const Loader *loader_of(std::string_view callee) {
  std::size_t dot = callee.rfind('.');
  std::string_view last =
      dot == std::string_view::npos ? callee : callee.substr(dot + 1);
  for (const Loader &loader : kLoaders)
    if (last == loader.name)
      return &loader;
  return nullptr;
}

/// The argument of `call` at `position` or given as `keyword`, or null.
TSNode argument(TSNode call, std::size_t position, std::string_view keyword,
                const SyntaxTree &tree) {
  std::size_t at = 0;
  for (TSNode given : named_children(field(call, "arguments"))) {
    if (is(given, "keyword_argument")) {
      if (tree.text(field(given, "name")) == keyword)
        return field(given, "value");
    } else if (is(given, "comment")) {
      continue;
    } else if (at++ == position) {
      return given;
    }
  }
  return {};
}

/// The string `node` holds: a literal, or an identifier bound once at
/// module level, to a literal (`MOD = "app"`), and nowhere else.
std::optional<std::string> constant_string(const SyntaxTree &tree,
                                           TSNode node) {
  node = unparenthesize(node);
  if (std::optional<std::string> text = string_value(tree, node))
    return text;
  if (!is(node, "identifier"))
    return std::nullopt;
  std::string_view name = tree.text(node);
  std::optional<std::string> found;
  int bound = 0;
  walk_named_descendants(tree.root(), [&](TSNode inner) {
    if (is(inner, "identifier") && tree.text(inner) == name) {
      TSNode parent = ts_node_parent(inner);
      bool target = (is(parent, "assignment") ||
                     is(parent, "augmented_assignment")) &&
                    ts_node_eq(field(parent, "left"), inner);
      // Any other binding (a parameter, a loop's target, `global`, an
      // import) makes it not one constant.
      bool other = is(parent, "parameters") || is(parent, "for_statement") ||
                   is(parent, "global_statement") ||
                   is(parent, "pattern_list") || is(parent, "tuple_pattern") ||
                   is(parent, "aliased_import") || is(parent, "dotted_name") ||
                   is(parent, "named_expression");
      if (target) {
        ++bound;
        if (is(parent, "assignment") &&
            is(ts_node_parent(ts_node_parent(parent)), "module"))
          found = string_value(tree, field(parent, "right"));
        else
          found.reset();
      } else if (other) {
        bound += 2;
      }
    }
    return bound < 2;
  });
  return bound == 1 ? found : std::nullopt;
}

/// The module name of the `.py` file a path names: the last string literal
/// in `path` that ends with `.py` (`app.py`, `/var/task/app.py`), its stem;
/// a package's `__init__.py`, its directory's name.
std::optional<std::string> file_module(const SyntaxTree &tree, TSNode path) {
  std::optional<std::string> named;
  auto visit = [&](TSNode node) {
    std::optional<std::string> text = constant_string(tree, node);
    if (text && text->size() > 3 &&
        text->compare(text->size() - 3, 3, ".py") == 0)
      named = *text;
    return true;
  };
  visit(path);
  walk_named_descendants(path, visit);
  if (!named)
    return std::nullopt;
  std::string file = named->substr(0, named->size() - 3);
  std::size_t slash = file.find_last_of('/');
  std::string stem = slash == std::string::npos ? file : file.substr(slash + 1);
  if (stem == "__init__") {
    if (slash == std::string::npos || slash == 0)
      return std::nullopt;
    std::string dir = file.substr(0, slash);
    stem = dir.substr(dir.find_last_of('/') + 1);
  }
  if (stem.empty() || stem.find('.') != std::string::npos)
    return std::nullopt;
  return stem;
}

} // namespace

bool loads_by_name(std::string_view callee) {
  return loader_of(callee) != nullptr;
}

bool may_load_by_name(std::string_view text) {
  for (const Loader &loader : kLoaders)
    if (text.find(loader.name) != std::string_view::npos)
      return true;
  return text.find("exec(") != std::string_view::npos;
}

std::optional<std::string> loaded_name(const SyntaxTree &tree, TSNode call) {
  const Loader *loader = loader_of(tree.text(field(call, "function")));
  if (!loader)
    return std::nullopt;
  TSNode given = argument(call, loader->position, loader->keyword, tree);
  if (ts_node_is_null(given))
    return std::nullopt;
  std::optional<std::string> name = loader->file
                                        ? file_module(tree, given)
                                        : constant_string(tree, given);
  if (!name || name->empty() || name->front() == '.')
    return std::nullopt;
  return name;
}

bool loads_unknown_code(const SyntaxTree &tree, TSNode call) {
  std::string_view callee = tree.text(field(call, "function"));
  if (callee == "exec") {
    TSNode code = argument(call, 0, "source", tree);
    return !ts_node_is_null(code) && !string_value(tree, unparenthesize(code));
  }
  return loads_by_name(callee) && !loaded_name(tree, call);
}

} // namespace hoist::python
