#include "javascript/js_memoizer.h"

#include <set>
#include <string>

#include "javascript/js_syntax.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// The name of `function`'s first parameter when it is a plain name.
std::string first_parameter(const JsTree &tree, TSNode function) {
  TSNode single = field(function, "parameter"); // factory => ...
  if (is(single, "identifier"))
    return std::string(tree.text(single));
  std::vector<TSNode> parameters = named_children(field(function, "parameters"));
  if (parameters.empty())
    return "";
  TSNode first = parameters.front();
  if (is(first, "required_parameter") || is(first, "optional_parameter"))
    first = field(first, "pattern");
  return is(first, "identifier") ? std::string(tree.text(first)) : "";
}

/// The `let`/`var` names `function`'s body declares in its own statements.
std::set<std::string, std::less<>> own_variables(const JsTree &tree,
                                                 TSNode function) {
  std::set<std::string, std::less<>> names;
  for (TSNode statement : named_children(field(function, "body")))
    if (is(statement, "lexical_declaration") ||
        is(statement, "variable_declaration"))
      for (TSNode declarator : named_children(statement))
        if (is(declarator, "variable_declarator") &&
            is(field(declarator, "name"), "identifier"))
          names.insert(std::string(tree.text(field(declarator, "name"))));
  return names;
}

/// True when `text` mentions `name` as a whole word.
bool mentions_name(std::string_view text, std::string_view name) {
  auto word = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
  };
  for (std::size_t at = text.find(name); at != std::string_view::npos;
       at = text.find(name, at + 1))
    if ((at == 0 || !word(text[at - 1])) &&
        (at + name.size() == text.size() || !word(text[at + name.size()])))
      return true;
  return false;
}

/// True when `call` (of the parameter) fills one of `kept` under a test of
/// it, inside a function nested in `memoizer`.
bool fills_kept_variable(const JsTree &tree, TSNode call, TSNode memoizer,
                         const std::set<std::string, std::less<>> &kept) {
  if (!in_nested_function(call, memoizer))
    return false;
  TSNode at = call;
  TSNode parent = ts_node_parent(at);
  while (is(parent, "parenthesized_expression") || is(parent, "await_expression")) {
    at = parent;
    parent = ts_node_parent(parent);
  }
  if (!ts_node_eq(field(parent, "right"), at))
    return false;
  TSNode left = field(parent, "left");
  if (!is(left, "identifier") || !kept.count(tree.text(left)))
    return false;
  std::string_view name = tree.text(left);
  if (is(parent, "augmented_assignment_expression")) {
    std::string_view op = ts_node_type(field(parent, "operator"));
    return op == "?\?=" || op == "||=";
  }
  if (!is(parent, "assignment_expression"))
    return false;
  // `if (value === undefined) value = factory()`, `if (!value) { ... }`
  for (TSNode up = ts_node_parent(parent);
       !ts_node_is_null(up) && !ts_node_eq(up, memoizer) &&
       !is_function_node(up);
       up = ts_node_parent(up))
    if (is(up, "if_statement") &&
        mentions_name(tree.text(field(up, "condition")), name) &&
        !ts_node_eq(field(up, "alternative"), ts_node_parent(parent)))
      return true;
  return false;
}

} // namespace

bool memoizes_parameter(const JsTree &tree, TSNode function) {
  if (!is_function_node(function))
    return false;
  std::string parameter = first_parameter(tree, function);
  if (parameter.empty())
    return false;
  std::set<std::string, std::less<>> kept = own_variables(tree, function);
  if (kept.count(parameter))
    return false;
  bool called = false, uncached = false;
  walk_named_descendants(field(function, "body"), [&](TSNode node) {
    if (!is(node, "identifier") || tree.text(node) != parameter)
      return true;
    TSNode parent = ts_node_parent(node);
    // Handed on or read otherwise, it may be called anywhere.
    if (!is(parent, "call_expression") ||
        !ts_node_eq(field(parent, "function"), node)) {
      uncached = true;
      return false;
    }
    called = true;
    uncached = uncached || !fills_kept_variable(tree, parent, function, kept);
    return false;
  });
  return called && !uncached;
}

} // namespace hoist::javascript
