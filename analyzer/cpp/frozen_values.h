#pragma once

#include <string>
#include <string_view>

namespace hoist::cpp {

/// The main() fix runs the moved code once, before the first invocation,
/// where the handler ran it on each: a value that code computes from state
/// an invocation may change (a variable that is not const, a static of a
/// helper), a clock or a random source is frozen at its first value. Both
/// front-ends find such code (the Clang AST, the tree-sitter parse); these
/// say what they found, in the same words, and make the fix unsafe.

/// Whether a library function (as Clang names it, `time`,
/// `std::chrono::_V2::system_clock::now`, or as the file spells it,
/// `std::time`) is known to give the same result on every call with the
/// same arguments and to do nothing else an invocation could see: std's and
/// the SDK's (but their clocks, random sources and output), and the C
/// library's string and environment reads.
bool known_pure_library_function(std::string_view name);

/// What the moved code does that may give another value on each
/// invocation, as a phrase after "the moved code" (or after "which", for a
/// function it calls):
std::string reads_mutable(const std::string &variable); ///< a global, not const
std::string keeps_static(const std::string &variable);  ///< a static local
std::string calls_unknown(const std::string &function); ///< not known pure
/// `function` is the file's, and its body does `inner`.
std::string calls_through(const std::string &function,
                          const std::string &inner);

/// The reason the fix is unsafe, for `what` (one of the phrases above).
std::string frozen_value_risk(const std::string &what);

} // namespace hoist::cpp
