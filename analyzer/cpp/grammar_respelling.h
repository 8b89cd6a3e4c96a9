#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hoist::cpp {

/// The text tree-sitter-cpp is given for a C++ file: the file's bytes, each
/// at its own offset, with the valid preprocessor spellings its grammar
/// trips on respelled in blanks: blanks that end a directive's line
/// (`#include <x> `, which the grammar calls an error, and `#define X `,
/// whose value it would take from the next line) moved past the line's
/// end, a null directive (`#` alone) blanked, and the operand of
/// `__has_include(<x>)` blanked. Nothing a node's text is read for moves,
/// since that text is read from the file. nullopt when there is none of
/// these: the file's text is parsed as it is.
std::optional<std::string> respelled_for_grammar(std::string_view text);

} // namespace hoist::cpp
