#pragma once

#include <string>
#include <vector>

#include "python/syntax_tree.h"

namespace hoist::python {

// What a statement stores to: the one place the Python front-end enumerates
// the targets of assignments, loops, `with ... as` and `del`, so that every
// analysis asking "what does this write" sees the same writes.

/// The targets `statement` stores to or deletes, in source order: each a
/// name, an attribute or an item (`x`, `x.a`, `x[k]`), every element of a
/// tuple, list or starred target at any depth (`C.a, (D["k"], *rest) =
/// ...`). `statement` is an assignment (annotated too; a chained one's other
/// targets are its nested assignment's), an augmented assignment, a `for`
/// statement, a comprehension's `for` (`for_in_clause`), an `as` pattern of
/// a `with` item or an `except` clause, or a `del`; none for other nodes.
std::vector<TSNode> stored_targets(TSNode statement);

/// The targets `target` (a target or a part of one) is made of: itself, or
/// the elements of a tuple, list or starred target at any depth.
std::vector<TSNode> targets_within(TSNode target);

/// The statement (as stored_targets takes it) that stores to `target`, one
/// of its targets; a null node when `target` is none.
TSNode storing_statement(TSNode target);

/// True when `node` is stored to without being read first: a target of a
/// plain assignment, a `for` or a `with ... as` (`x.a = ...`, `for x.a in
/// ...`), which runs a setter, not a getter (`x.a += 1` runs both).
bool is_assignment_target(TSNode node);

/// How `target`, a target of a statement that stores to it, is changed,
/// for messages: "CFG[\"k\"] = ...", "for C.region in ...", "with ... as
/// C.region", "del REGIONS[0]".
std::string written_as(const SyntaxTree &tree, TSNode target);

} // namespace hoist::python
