#pragma once

#include <string>
#include <string_view>

namespace hoist::cpp {

/// The directive line (`#ifdef USE_SQS`) of the innermost preprocessor
/// conditional of `text` whose branches hold byte `offset`, or "" when none
/// does. An include guard (`#ifndef X` then `#define X`) does not count: it
/// holds the whole file for every build. A main() fix changes only the
/// branch this build compiles, and another build's branch would no longer
/// match it.
std::string enclosing_conditional(std::string_view text, std::size_t offset);

} // namespace hoist::cpp
