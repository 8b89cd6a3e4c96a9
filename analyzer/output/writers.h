#pragma once

#include <ostream>

#include "output/report.h"

namespace hoist {

struct TextOptions {
  bool color = false;
  bool quiet = false;      ///< no closing summary
  bool statistics = false; ///< counts per rule instead of the findings
};

/// Clang style: `path:line:col: warning: message [rule]`, the source line with
/// a caret, notes, and a closing summary.
void write_text(std::ostream &out, const Report &report,
                const TextOptions &options);
/// One JSON object: version, diagnostics, notices, summary
/// (docs/json-output.md).
void write_json(std::ostream &out, const Report &report);
/// SARIF 2.1.0, one run.
void write_sarif(std::ostream &out, const Report &report);
/// GitHub Actions workflow commands (`::warning file=...::message`).
void write_github(std::ostream &out, const Report &report);

} // namespace hoist
