#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace hoist {

/// Which fixes --fix may apply.
enum class FixLevel { Safe, Unsafe };

/// True when `fix` may be applied at `level` (display fixes never are).
bool applicable(const Fix &fix, FixLevel level);

/// The fixes to apply to one file in one pass: applicable ones, in order of
/// their first edit, skipping any that touch another file, overlap a fix
/// already taken (an edit both make is no overlap) or bind one of its
/// module-level names differently (Fix::claims); the next pass sees those
/// again on the fixed text.
std::vector<const Fix *>
choose_fixes(const std::vector<Diagnostic> &diagnostics, const SourceFile &file,
             FixLevel level);

/// `text` with `edits` applied; edits must not overlap, except that an edit
/// given twice is made once, and insertions at one point keep their order.
std::string apply_edits(std::string_view text, std::vector<Edit> edits);

} // namespace hoist
