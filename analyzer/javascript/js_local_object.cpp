#include "javascript/js_local_object.h"

#include <set>
#include <string_view>

#include "core/message_excerpt.h"
#include "javascript/js_hoist_fix.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::walk_named_descendants;

bool is_pattern(TSNode node) {
  static const std::set<std::string_view> kPatterns{
      "object_pattern", "array_pattern", "pair_pattern", "assignment_pattern",
      "rest_pattern", "object_assignment_pattern"};
  return kPatterns.count(ts_node_type(node)) != 0;
}

/// Parentheses and TypeScript's `x!`, `x as T` around what is read.
bool transparent(TSNode node) {
  return is(node, "parenthesized_expression") ||
         is(node, "non_null_expression") || is(node, "as_expression") ||
         is(node, "satisfies_expression");
}

/// True when `node` is read by the arguments of a catalogued construction
/// (`new DynamoDBClient(config)`, `{ ...opts }` in them), no other call
/// between.
bool read_by_construction(const JsModule &module, const JsCatalogue &catalogue,
                          TSNode node, TSNode body) {
  for (TSNode at = ts_node_parent(node);
       !ts_node_is_null(at) && !ts_node_eq(at, body); at = ts_node_parent(at)) {
    if (is_catalogued(module, catalogue, at))
      return true;
    if (is(at, "call_expression") || is(at, "new_expression") ||
        is_function_node(at) || is(at, "assignment_expression"))
      return false;
  }
  return false;
}

} // namespace

bool may_hold_object(const JsTree &tree, TSNode value) {
  value = unwrap_expression(value);
  if (ts_node_is_null(value))
    return false;
  if (is(value, "ternary_expression"))
    return may_hold_object(tree, field(value, "consequence")) ||
           may_hold_object(tree, field(value, "alternative"));
  if (is(value, "binary_expression")) {
    std::string_view op = tree.text(field(value, "operator"));
    return (op == "&&" || op == "||" || op == "??") &&
           (may_hold_object(tree, field(value, "left")) ||
            may_hold_object(tree, field(value, "right")));
  }
  if (is(value, "object") || is(value, "array"))
    return true;
  if (is(value, "identifier"))
    return tree.text(value) != "undefined";
  if (is(value, "member_expression") || is(value, "subscript_expression")) {
    std::string_view text = tree.text(value);
    return text.rfind("process.env.", 0) != 0 &&
           text.rfind("process.env[", 0) != 0;
  }
  return false;
}

std::string object_change(const JsModule &module, const JsCatalogue &catalogue,
                          TSNode body, TSNode declarator) {
  const JsTree &tree = module.tree();
  TSNode declared = field(declarator, "name");
  std::string name(tree.text(declared));
  // Members of members may be objects too (`{ tags: [] }`): handing one on
  // may change it.
  TSNode value = unwrap_expression(field(declarator, "value"));
  bool nested = !is(value, "object") && !is(value, "array");
  if (!nested)
    walk_named_descendants(value, [&](TSNode inner) {
      nested = nested || (!ts_node_eq(inner, value) &&
                          (is(inner, "object") || is(inner, "array")));
      return !nested && !is_function_node(inner);
    });
  std::string change;
  walk_named_descendants(body, [&](TSNode node) {
    if (!change.empty())
      return false;
    bool shorthand = is(node, "shorthand_property_identifier");
    if ((!is(node, "identifier") && !shorthand) || tree.text(node) != name ||
        ts_node_eq(node, declared))
      return true;
    auto declaration = local_declaration(module, node, name);
    if (!declaration || !ts_node_eq(*declaration, declarator))
      return true;
    if (read_by_construction(module, catalogue, node, body))
      return true;
    if (shorthand) { // `{ opts }`: kept in another object
      change = tree.text(ts_node_parent(node));
      return false;
    }
    // The member chain it starts: `opts.tags[0]`.
    TSNode reached = node;
    bool chained = false;
    for (TSNode parent = ts_node_parent(reached);; parent = ts_node_parent(reached)) {
      if ((is(parent, "member_expression") || is(parent, "subscript_expression")) &&
          ts_node_eq(field(parent, "object"), reached))
        chained = true;
      else if (!transparent(parent))
        break;
      reached = parent;
    }
    TSNode around = ts_node_parent(reached);
    // Written: assigned to, or in a pattern assigned to, updated, deleted.
    TSNode target = reached;
    while (is_pattern(ts_node_parent(target)))
      target = ts_node_parent(target);
    TSNode assignment = ts_node_parent(target);
    if (((is(assignment, "assignment_expression") ||
          is(assignment, "augmented_assignment_expression") ||
          is(assignment, "for_in_statement")) &&
         ts_node_eq(field(assignment, "left"), target)) ||
        is(around, "update_expression") ||
        (is(around, "unary_expression") &&
         tree.text(field(around, "operator")) == "delete")) {
      change = tree.text(is(around, "update_expression") ||
                                 is(around, "unary_expression")
                             ? around
                             : assignment);
      return false;
    }
    if (chained) {
      // A method of it or of a member (`opts.tags.push(t)`) may change it;
      // a member object handed on too.
      bool method = is(around, "call_expression") &&
                    ts_node_eq(field(around, "function"), reached);
      bool handed = nested && is(around, "arguments") &&
                    !is_catalogued(module, catalogue, ts_node_parent(around));
      if (method || handed)
        change = tree.text(method ? around : ts_node_parent(around));
      return change.empty();
    }
    // The object itself: read only by spreading it into another literal,
    // iterating its keys, or testing it.
    if ((is(around, "spread_element") && is(ts_node_parent(around), "object")) ||
        (is(around, "for_in_statement") && ts_node_eq(field(around, "right"), reached)) ||
        (is(around, "unary_expression") &&
         tree.text(field(around, "operator")) == "typeof"))
      return true;
    change = tree.text(is(around, "arguments") ? ts_node_parent(around)
                       : is(around, "expression_statement") ? reached
                                                           : around);
    return false;
  });
  return change.empty() ? "" : message_excerpt(change, 60);
}

} // namespace hoist::javascript
