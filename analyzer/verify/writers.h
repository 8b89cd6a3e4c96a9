#pragma once

#include <ostream>

#include "verify/verification.h"

namespace hoist::verify {

/// How the text report is written.
struct VerifyTextOptions {
  bool color = false; ///< the verdict in green, red or yellow
  bool quiet = false; ///< the verdict line alone
};

/// The verdict and what led to it, for a terminal.
void write_verify_text(std::ostream &out, const Verification &verification,
                       const VerifyTextOptions &options);

/// Everything the text report says, and every invocation and construction
/// of both runs.
void write_verify_json(std::ostream &out, const Verification &verification);

/// A self-contained HTML page (no external resources): the verdict, the
/// per-invocation latency before and after the fix as an SVG chart with the
/// cold starts marked, the constructions per phase, and the verified diff.
void write_verify_html(std::ostream &out, const Verification &verification);

} // namespace hoist::verify
