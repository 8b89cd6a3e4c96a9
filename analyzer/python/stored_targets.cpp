#include "python/stored_targets.h"

namespace hoist::python {
namespace {

/// True for the nodes a target is made of that are not stored to themselves:
/// their elements are (`a, b`, `(a, b)`, `[a, *b]`; the last four as an
/// `as` target or a `del` writes them).
bool unpacks(TSNode node) {
  std::string_view type = kind(node);
  return type == "pattern_list" || type == "tuple_pattern" ||
         type == "list_pattern" || type == "list_splat_pattern" ||
         type == "as_pattern_target" || type == "expression_list" ||
         type == "parenthesized_expression" || type == "tuple" ||
         type == "list" || type == "list_splat";
}

/// The part of `statement` that holds its targets, or a null node.
TSNode target_part(TSNode statement) {
  std::string_view type = kind(statement);
  if (type == "assignment" || type == "augmented_assignment" ||
      type == "for_statement" || type == "for_in_clause")
    return field(statement, "left");
  if (type == "as_pattern") // a `case` pattern's `as` has no alias field
    return field(statement, "alias");
  return {};
}

void add_targets(TSNode node, std::vector<TSNode> &out) {
  if (ts_node_is_null(node))
    return;
  if (!unpacks(node)) {
    out.push_back(node);
    return;
  }
  for (TSNode child : named_children(node))
    if (!is(child, "comment"))
      add_targets(child, out);
}

} // namespace

std::vector<TSNode> targets_within(TSNode target) {
  std::vector<TSNode> out;
  add_targets(target, out);
  return out;
}

std::vector<TSNode> stored_targets(TSNode statement) {
  std::vector<TSNode> out;
  if (is(statement, "delete_statement")) {
    for (TSNode child : named_children(statement))
      if (!is(child, "comment"))
        add_targets(child, out);
    return out;
  }
  add_targets(target_part(statement), out);
  return out;
}

TSNode storing_statement(TSNode target) {
  TSNode below = target;
  for (TSNode up = ts_node_parent(target); !ts_node_is_null(up);
       below = up, up = ts_node_parent(up)) {
    if (is(up, "delete_statement"))
      return up;
    if (TSNode part = target_part(up); !ts_node_is_null(part))
      return ts_node_eq(part, below) ? up : TSNode{};
    if (!unpacks(up))
      return {};
  }
  return {};
}

bool is_assignment_target(TSNode node) {
  TSNode statement = storing_statement(node);
  return is(statement, "assignment") || is(statement, "for_statement") ||
         is(statement, "for_in_clause") || is(statement, "as_pattern");
}

std::string written_as(const SyntaxTree &tree, TSNode target) {
  std::string text(tree.text(target));
  TSNode statement = storing_statement(target);
  if (is(statement, "delete_statement"))
    return "del " + text;
  if (is(statement, "for_statement") || is(statement, "for_in_clause"))
    return "for " + text + " in ...";
  if (is(statement, "as_pattern"))
    return "with ... as " + text;
  return text + " = ...";
}

} // namespace hoist::python
