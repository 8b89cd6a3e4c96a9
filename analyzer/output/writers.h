#pragma once

#include <ostream>

#include "output/report.h"

namespace hoist {

struct TextOptions {
  bool color = false;
  bool quiet = false;      ///< no closing summary
  bool statistics = false; ///< counts per rule instead of the findings
  bool show_fixes = false; ///< the fixes --fix applied, before the summary
};

/// Clang style: `path:line:col: warning: message [rule]`, the source line with
/// a caret, notes, and a closing summary.
void write_text(std::ostream &out, const Report &report,
                const TextOptions &options);
/// `path:line:col: rule-id message`, one line per finding, nothing else.
void write_concise(std::ostream &out, const Report &report);
/// One JSON object: version, diagnostics, notices, summary
/// (docs/output.md).
void write_json(std::ostream &out, const Report &report);
/// Where the project is published, as the build was told (the CMake options
/// HOIST_HOMEPAGE_URL and HOIST_DOCS_URL, the base its rules/ and docs/ paths are
/// under); empty: no address is written, never a made-up one.
struct ProjectAddresses {
  std::string homepage;
  std::string docs;

  static ProjectAddresses of_build();
};

/// SARIF 2.1.0, one run; rules link to `addresses` when there are any.
void write_sarif(std::ostream &out, const Report &report,
                 const ProjectAddresses &addresses = ProjectAddresses::of_build());
/// GitHub Actions workflow commands (`::warning file=...::message`), for the
/// findings and for the files that could not be analyzed.
void write_github(std::ostream &out, const Report &report);
/// GitLab's Code Quality report (a JSON array of issues).
void write_gitlab(std::ostream &out, const Report &report);
/// JUnit XML: a test suite per file, a failing test case per finding.
void write_junit(std::ostream &out, const Report &report);

} // namespace hoist
