// GitLab's Code Quality report: a JSON array of issues.
// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
#include <nlohmann/json.hpp>

#include "output/fingerprint.h"
#include "output/json_text.h"
#include "output/writers.h"

namespace hoist {

void write_gitlab(std::ostream &out, const Report &report) {
  std::vector<std::string> fingerprints =
      partial_fingerprints(report.diagnostics);
  out << "[";
  for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic &diagnostic = report.diagnostics[i];
    const SourceFile &file = *diagnostic.location.file;
    Position begin = file.position(diagnostic.location.range.begin);
    Position end = file.position(diagnostic.location.range.end);
    // A handler Lambda cannot call fails every invocation; a construction
    // per invocation costs time on each.
    const char *severity =
        diagnostic.severity == Severity::Error ? "critical" : "major";
    nlohmann::ordered_json issue = {
        {"type", "issue"},
        {"description", diagnostic.message},
        {"check_name", rule_name(report, diagnostic)},
        {"categories",
         {diagnostic.severity == Severity::Error ? "Bug Risk"
                                                 : "Performance"}},
        {"fingerprint", fingerprints[i]},
        {"severity", severity},
        {"location",
         {{"path", report.relative_path(file.path())},
          {"lines", {{"begin", begin.line}, {"end", end.line}}}}}};
    out << (i ? ",\n  " : "\n  ") << dump_at(issue, 1);
  }
  out << (report.diagnostics.empty() ? "]\n" : "\n]\n");
}

} // namespace hoist
