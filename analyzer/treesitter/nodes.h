#pragma once

#include <cstdint>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <tree_sitter/api.h>

namespace hoist::treesitter {

// Small helpers over the tree-sitter C API, for every grammar.
inline std::string_view kind(TSNode node) { return ts_node_type(node); }
inline bool is(TSNode node, std::string_view type) {
  return !ts_node_is_null(node) && kind(node) == type;
}

/// A grammar's field ids by name (0 for none): a hash lookup, where
/// tree-sitter compares the name with each field's in turn.
class FieldIds {
public:
  explicit FieldIds(const TSLanguage *language);
  TSFieldId operator()(std::string_view name) const {
    auto found = by_name_.find(name);
    return found == by_name_.end() ? 0 : found->second;
  }

private:
  std::unordered_map<std::string_view, TSFieldId> by_name_;
};

/// Calls `visit(cursor)` with the cursor on each child (named or not) of
/// `node` in turn; the cursor is owned by the thread.
template <typename Visit> void for_each_child(TSNode node, Visit visit) {
  // One cursor per thread, freed when the thread ends.
  struct ThreadCursor {
    bool made = false;
    TSTreeCursor cursor;
    ~ThreadCursor() {
      if (made)
        ts_tree_cursor_delete(&cursor);
    }
  };
  thread_local ThreadCursor owned;
  if (!owned.made) {
    owned.cursor = ts_tree_cursor_new(node);
    owned.made = true;
  } else {
    ts_tree_cursor_reset(&owned.cursor, node);
  }
  TSTreeCursor &cursor = owned.cursor;
  if (!ts_tree_cursor_goto_first_child(&cursor))
    return;
  do
    visit(cursor);
  while (ts_tree_cursor_goto_next_sibling(&cursor));
}

std::vector<TSNode> named_children(TSNode node);

/// Visits the named descendants of `root` (not `root`) in source order:
/// iterative, whatever the nesting. `visit(node)`, or `visit(node, parent)`
/// (asking a node for its parent walks down from the root), returns whether
/// to enter that node's children.
template <typename Visit>
void walk_named_descendants(TSNode root, Visit visit) {
  // Each node's named children by index: ts_node_named_child passes over
  // the grammar's hidden nodes and the anonymous tokens in one call, where a
  // tree cursor stops at each and climbs back (a third fewer instructions
  // measured, on tree-sitter-cpp's trees and on tree-sitter-python's).
  std::vector<std::pair<TSNode, uint32_t>> open{{root, 0}}; // node, next child
  while (!open.empty()) {
    auto &[parent, next] = open.back();
    if (next == ts_node_named_child_count(parent)) {
      open.pop_back();
      continue;
    }
    TSNode node = ts_node_named_child(parent, next++);
    bool enter;
    if constexpr (std::is_invocable_v<Visit &, TSNode, TSNode>)
      enter = visit(node, parent);
    else
      enter = visit(node);
    if (enter && ts_node_named_child_count(node) > 0)
      open.push_back({node, 0});
  }
}

/// The nodes that contain `node`, nearest first, up to `within` (included,
/// one of them) or, when `within` is null, the tree's root: one walk down,
/// where asking each node for its parent walks down from the root every
/// time. The checks ask within a function, whose module may be long.
std::vector<TSNode> ancestors(TSNode node, TSNode within = TSNode{});

} // namespace hoist::treesitter
