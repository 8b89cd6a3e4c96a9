#include "python/python2_code.h"

#include <cctype>

namespace hoist::python {
namespace {

bool has_anonymous_child(TSNode node, std::string_view type) {
  for (uint32_t i = 0, n = ts_node_child_count(node); i < n; ++i) {
    TSNode child = ts_node_child(node, i);
    if (!ts_node_is_named(child) && kind(child) == type)
      return true;
  }
  return false;
}

/// `except E, e:`: the last of several values is a plain lower-case name,
/// the variable Python 2 bound the exception to.
bool binds_with_comma(const SyntaxTree &tree, TSNode clause) {
  std::vector<TSNode> values = fields(clause, "value");
  if (values.size() < 2 || !is(values.back(), "identifier"))
    return false;
  std::string_view name = tree.text(values.back());
  return !name.empty() &&
         (name[0] == '_' || std::islower(static_cast<unsigned char>(name[0])));
}

/// `0777` (an octal literal without `0o`) or `10L`.
const char *python2_integer(std::string_view text) {
  if (!text.empty() && (text.back() == 'L' || text.back() == 'l'))
    return "a long integer literal ('L')";
  if (text.size() > 1 && text[0] == '0' &&
      std::isdigit(static_cast<unsigned char>(text[1])) &&
      text.find_first_not_of("0_") != std::string_view::npos &&
      text.find_first_not_of("0123456789_") == std::string_view::npos)
    return "an octal literal without '0o'";
  return nullptr;
}

/// What Python 2 construct `node` is, or null.
const char *python2_construct(const SyntaxTree &tree, TSNode node) {
  std::string_view type = kind(node);
  if (type == "print_statement")
    return "a 'print' statement";
  if (type == "exec_statement")
    return "an 'exec' statement";
  if (type == "comparison_operator" && has_anonymous_child(node, "<>"))
    return "the '<>' operator";
  if (type == "except_clause" && binds_with_comma(tree, node))
    return "'except E, name:'";
  if (type == "raise_statement" && ts_node_named_child_count(node) > 0 &&
      is(ts_node_named_child(node, 0), "expression_list"))
    return "'raise E, value'";
  if (type == "integer")
    return python2_integer(tree.text(node));
  if (type == "string") {
    std::string_view text = tree.text(node);
    if (!text.empty() && text[0] == '`')
      return "backquotes";
    std::string_view prefix = text.substr(0, text.find_first_of("'\""));
    if (prefix.size() == 2 && std::tolower(prefix[0]) == 'u' &&
        std::tolower(prefix[1]) == 'r')
      return "a 'ur' string prefix";
  }
  return nullptr;
}

/// The indentation of `statement` as Python 3 measures it twice, with tabs
/// to the next multiple of 8 and with tabs as one column; nothing when
/// something else comes before it on its line (`if x: y`).
std::optional<std::pair<std::size_t, std::size_t>>
indentation(const SyntaxTree &tree, TSNode statement) {
  std::string_view text = tree.file()->text();
  std::size_t begin = tree.range(statement).begin;
  std::size_t line = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  line = line == std::string_view::npos || begin == 0 ? 0 : line + 1;
  std::size_t columns = 0, tabs_as_one = 0;
  for (std::size_t at = line; at < begin; ++at) {
    if (text[at] == '\t')
      columns = columns / 8 * 8 + 8;
    else if (text[at] == ' ' || text[at] == '\f')
      ++columns;
    else
      return std::nullopt;
    ++tabs_as_one;
  }
  return std::make_pair(columns, tabs_as_one);
}

/// The first statement whose indentation, compared with its block's
/// previous statement or with the statement that opens its block, depends
/// on how wide a tab is: Python 3 raises TabError where Python 2 took a tab
/// for 8 columns. Null when none.
TSNode inconsistent_indentation(const SyntaxTree &tree) {
  TSNode found{};
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!ts_node_is_null(found))
      return false;
    if (!is(node, "block") && !is(node, "module"))
      return !is(node, "string") && !is(node, "comment");
    TSNode opener = is(node, "block") ? ts_node_parent(node) : TSNode{};
    std::optional<std::pair<std::size_t, std::size_t>> outer =
        ts_node_is_null(opener) ? std::nullopt : indentation(tree, opener);
    std::optional<std::pair<std::size_t, std::size_t>> previous;
    for (TSNode statement : named_children(node)) {
      if (is(statement, "comment"))
        continue;
      auto here = indentation(tree, statement);
      if (!here)
        continue;
      bool inconsistent =
          previous ? (here->first == previous->first) !=
                         (here->second == previous->second)
                   : outer && (here->first > outer->first) !=
                                  (here->second > outer->second);
      if (inconsistent) {
        found = statement;
        return false;
      }
      previous = here;
    }
    return true;
  });
  return found;
}

} // namespace

std::optional<Python2Code> find_python2_code(const SyntaxTree &tree) {
  std::optional<Python2Code> found;
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (found)
      return false;
    if (const char *construct = python2_construct(tree, node)) {
      found = Python2Code{{tree.file(), tree.range(node)}, construct};
      return false;
    }
    // Nothing of interest inside a string or a comment.
    return !is(node, "string") && !is(node, "comment");
  });
  if (!found && tree.file()->text().find('\t') != std::string_view::npos)
    if (TSNode statement = inconsistent_indentation(tree);
        !ts_node_is_null(statement))
      found = Python2Code{{tree.file(), tree.range(statement)},
                          "indentation whose tabs and spaces Python 3 reads "
                          "as inconsistent, a TabError"};
  return found;
}

} // namespace hoist::python
