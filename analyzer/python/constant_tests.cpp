#include "python/constant_tests.h"

#include <string_view>

#include "core/function_environment.h"
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

namespace {

/// True when `read` (of `scope`) reads a variable Lambda always sets:
/// `os.environ.get("X")`, `os.getenv("X")`, `os.environ["X"]`.
bool reads_always_set(const NameResolver &resolver, Scope scope, TSNode read) {
  const SyntaxTree &tree = scope.module->tree();
  read = unparenthesize(read);
  TSNode key{};
  if (is(read, "call")) {
    std::string path = resolver.called_path(read, scope);
    if (path == "os.environ.get" || path == "os.getenv")
      key = ts_node_named_child(field(read, "arguments"), 0);
  } else if (is(read, "subscript")) {
    Symbol value = resolver.resolve(field(read, "value"), scope);
    if (value.kind == Symbol::Kind::Path && value.path == "os.environ")
      key = field(read, "subscript");
  }
  std::optional<std::string> name =
      ts_node_is_null(key) ? std::nullopt : string_value(tree, key);
  return name && always_set_by_lambda(*name);
}

/// The truth of a test of whether a variable Lambda always sets is set
/// (`os.environ.get("AWS_LAMBDA_FUNCTION_NAME")`, `"LAMBDA_TASK_ROOT" in
/// os.environ`, `os.getenv(...) is None`), in Lambda.
std::optional<bool> lambda_environment_test(const NameResolver &resolver,
                                            Scope scope, TSNode test) {
  if (reads_always_set(resolver, scope, test))
    return true;
  if (!is(test, "comparison_operator"))
    return std::nullopt;
  std::vector<TSNode> operands = named_children(test);
  TSNode op = field(test, "operators");
  if (operands.size() != 2 || ts_node_is_null(op))
    return std::nullopt;
  const SyntaxTree &tree = scope.module->tree();
  std::string_view operator_type = ts_node_type(op);
  if (operator_type == "in" || operator_type == "not in") {
    Symbol container = resolver.resolve(operands[1], scope);
    std::optional<std::string> name = string_value(tree, operands[0]);
    if (container.kind == Symbol::Kind::Path &&
        container.path == "os.environ" && name && always_set_by_lambda(*name))
      return operator_type == "in";
  }
  if ((operator_type == "is" || operator_type == "is not") &&
      is(unparenthesize(operands[1]), "none") &&
      reads_always_set(resolver, scope, operands[0]))
    return operator_type == "is not";
  return std::nullopt;
}

} // namespace

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
  return lambda_environment_test(resolver, scope, test);
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
  // The containing nodes found once: a walk up from each of a function's n
  // nested calls, asking tree-sitter for each parent, costs n^3.
  const std::vector<TSNode> containing = ancestors(node, body);
  TSNode current = node;
  for (std::size_t up = 0; up < containing.size() && !ts_node_eq(current, body);
       current = containing[up++]) {
    TSNode parent = containing[up];
    TSNode grandparent =
        up + 1 < containing.size() ? containing[up + 1] : TSNode{};
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
        is(grandparent, "if_statement") &&
        earlier_test_true(grandparent, parent))
      return true;
  }
  return false;
}

} // namespace hoist::python
