#pragma once

#include <ostream>

#include "cli/verify_report.h"

namespace hoist::cli {

/// A self-contained HTML page (no external resources): the verdict, the
/// per-invocation latency before and after the fix as an SVG chart with the
/// cold starts marked, the constructions per phase, and the verified diff.
void write_verify_html(std::ostream &out, const Verification &verification);

} // namespace hoist::cli
