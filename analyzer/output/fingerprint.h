#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace hoist {

/// One fingerprint per diagnostic, stable when unrelated lines move: a hash of
/// the rule, the path, the flagged line's text without surrounding whitespace,
/// and how many identical (rule, path, text) findings came before it.
std::vector<std::string>
partial_fingerprints(const std::vector<Diagnostic> &diagnostics);

} // namespace hoist
