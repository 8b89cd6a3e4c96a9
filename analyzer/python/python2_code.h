#pragma once

#include <optional>
#include <string>

#include "core/source_file.h"
#include "python/syntax_tree.h"

namespace hoist::python {

/// A construct of Python 2 that tree-sitter-python parses (its grammar keeps
/// them) and Python 3 refuses, where the file first uses one.
struct Python2Code {
  Location where;
  std::string construct; ///< "a 'print' statement"
};

/// The first Python 2 construct in `tree` (one whose parse has no errors):
/// `print x` and `print >>f, x`, `exec code`, `a <> b`, backquotes,
/// `except E, e:` (the name after the comma lower-case: Python 3.14 reads
/// `except A, B:` as two exception types), `raise E, value`, `0777` and
/// `10L`, `ur""`; indentation that depends on how wide a tab is (a tab
/// after spaces in one line, spaces in the next: Python 3's TabError).
/// Nothing in a Python 3 file.
std::optional<Python2Code> find_python2_code(const SyntaxTree &tree);

} // namespace hoist::python
