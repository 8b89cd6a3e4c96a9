#pragma once

#include <optional>

#include "python/name_resolver.h"

namespace hoist::python {

/// The truth value a literal has (`True`, `1`, `"x"`: true; `False`,
/// `None`, `0`, `0x0`, `0.0e3`, `""`: false), or nothing for anything else.
std::optional<bool> literal_truth(const SyntaxTree &tree, TSNode value);

/// The truth value `test` (in `scope`) has whenever Python evaluates it,
/// when hoist can tell: a literal (`False`, `0`, `None`, `""`, `True`) or a
/// module-level name bound once to one and never rebound (value_behind_name),
/// `typing.TYPE_CHECKING` (false when the code runs), whether a variable
/// Lambda sets in every function is set (true in Lambda:
/// always_set_by_lambda), and `not`, `and`, `or` of those. Nothing for
/// anything else.
std::optional<bool> constant_truth(const NameResolver &resolver, Scope scope,
                                   TSNode test);

/// True when `node` (within `body`, of `scope`) is in a branch that never
/// runs: under an `if`, `elif` or `while` whose test is always false (`if
/// False:`, `while 0:`, `if TYPE_CHECKING:`), or after one that is always
/// true (the `elif` or `else` of `if True:`); or in code Python never
/// evaluates, the annotation of a function's local (`value: make() = 1`).
bool in_branch_never_taken(const NameResolver &resolver, Scope scope,
                           TSNode node, TSNode body);

} // namespace hoist::python
