#include "python/constant_tests.h"

#include <string_view>

#include "python/module_constants.h"

namespace hoist::python {

std::optional<bool> literal_truth(const SyntaxTree &tree, TSNode value) {
  value = unparenthesize(value);
  if (is(value, "true"))
    return true;
  if (is(value, "false") || is(value, "none"))
    return false;
  if (is(value, "integer") || is(value, "float")) {
    // Zero when no digit but 0 follows a base prefix (`0x0`, `0o0`,
    // `0b0`) or comes before an exponent (`0.0e5`); `0j` is zero too.
    std::string_view text = tree.text(value);
    std::size_t digits = 0;
    if (is(value, "integer") && text.size() > 1 && text[0] == '0' &&
        std::string_view("xXoObB").find(text[1]) != std::string_view::npos)
      digits = 2;
    else
      text = text.substr(0, text.find_first_of("eEjJ"));
    return text.find_first_not_of("0._", digits) != std::string_view::npos;
  }
  if (std::optional<std::string> text = string_value(tree, value))
    return !text->empty();
  return std::nullopt;
}

std::optional<bool> constant_truth(const NameResolver &resolver, Scope scope,
                                   TSNode test) {
  test = unparenthesize(test);
  const SyntaxTree &tree = scope.module->tree();
  // A module constant (`ASSUME_ROLE_MODE = False`, bound once and never
  // rebound) has its literal's truth.
  if (std::optional<bool> literal =
          literal_truth(tree, value_behind_name(scope, test)))
    return literal;
  if (is(test, "not_operator")) {
    std::optional<bool> operand =
        constant_truth(resolver, scope, field(test, "argument"));
    return operand ? std::optional<bool>(!*operand) : std::nullopt;
  }
  if (is(test, "boolean_operator")) {
    std::optional<bool> left =
        constant_truth(resolver, scope, field(test, "left"));
    std::optional<bool> right =
        constant_truth(resolver, scope, field(test, "right"));
    // Either side decides it when it is the absorbing value.
    bool is_and = tree.text(field(test, "operator")) == "and";
    if ((left && *left != is_and) || (right && *right != is_and))
      return !is_and;
    if (left && right)
      return is_and;
    return std::nullopt;
  }
  std::string_view text = tree.text(test);
  if ((is(test, "identifier") || is(test, "attribute")) &&
      text.size() >= 13 && text.substr(text.size() - 13) == "TYPE_CHECKING") {
    Symbol symbol = resolver.resolve(test, scope);
    if (symbol.kind == Symbol::Kind::Path &&
        (symbol.path == "typing.TYPE_CHECKING" ||
         symbol.path == "typing_extensions.TYPE_CHECKING"))
      return false;
  }
  return std::nullopt;
}

bool in_branch_never_taken(const NameResolver &resolver, Scope scope,
                           TSNode node, TSNode body) {
  auto truth = [&](TSNode test) {
    return constant_truth(resolver, scope, test);
  };
  // True when a test of `statement`, an `if`, before `clause` is always
  // true, so that `clause` (an `elif` or the `else`) is never reached.
  auto earlier_test_true = [&](TSNode statement, TSNode clause) {
    if (truth(field(statement, "condition")) == true)
      return true;
    for (TSNode other : named_children(statement)) {
      if (ts_node_eq(other, clause))
        break;
      if (is(other, "elif_clause") &&
          truth(field(other, "condition")) == true)
        return true;
    }
    return false;
  };
  for (TSNode current = node;
       !ts_node_is_null(current) && !ts_node_eq(current, body);
       current = ts_node_parent(current)) {
    TSNode parent = ts_node_parent(current);
    // Python never evaluates the annotation of a function's local
    // (`value: make() = ...`); a module's or a class's it does.
    if (is(parent, "assignment") && ts_node_eq(current, field(parent, "type")) &&
        is(enclosing_scope(parent), "function_definition"))
      return true;
    bool in_body = ts_node_eq(current, field(parent, "consequence")) ||
                   ts_node_eq(current, field(parent, "body"));
    if ((is(parent, "if_statement") || is(parent, "elif_clause") ||
         is(parent, "while_statement")) &&
        in_body && truth(field(parent, "condition")) == false)
      return true;
    if ((is(parent, "elif_clause") || is(parent, "else_clause")) &&
        is(ts_node_parent(parent), "if_statement") &&
        earlier_test_true(ts_node_parent(parent), parent))
      return true;
  }
  return false;
}

} // namespace hoist::python
