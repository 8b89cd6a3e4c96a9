#include "treesitter/nodes.h"

#include <algorithm>

namespace hoist::treesitter {

FieldIds::FieldIds(const TSLanguage *language) {
  for (TSFieldId id = 1; id <= ts_language_field_count(language); ++id)
    by_name_.emplace(ts_language_field_name_for_id(language, id), id);
}

std::vector<TSNode> named_children(TSNode node) {
  std::vector<TSNode> children;
  children.reserve(ts_node_named_child_count(node));
  for_each_child(node, [&](TSTreeCursor &cursor) {
    TSNode child = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_named(child))
      children.push_back(child);
  });
  return children;
}

std::vector<TSNode> ancestors(TSNode node, TSNode within) {
  std::vector<TSNode> chain;
  // A `within` that does not hold `node` (a call of a function's default
  // value, asked within its body) is the root, as a walk up would reach.
  if (ts_node_is_null(within) ||
      ts_node_start_byte(node) < ts_node_start_byte(within) ||
      ts_node_end_byte(node) > ts_node_end_byte(within))
    within = ts_tree_root_node(node.tree);
  for (TSNode at = within;
       !ts_node_is_null(at) && !ts_node_eq(at, node);
       at = ts_node_child_with_descendant(at, node))
    chain.push_back(at);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

} // namespace hoist::treesitter
