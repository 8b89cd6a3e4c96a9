#include "server/lsp_diagnostic.h"

#include <filesystem>

#include "output/writers.h"
#include "rules/rule_ids.h"
#include "core/file_uri.h"

namespace hoist::server {
namespace {

// DiagnosticSeverity and DiagnosticTag of LSP 3.17.
constexpr int kSeverityError = 1;
constexpr int kSeverityWarning = 2;
constexpr int kTagUnnecessary = 1;

int lsp_severity(Severity severity) {
  return severity == Severity::Error ? kSeverityError : kSeverityWarning;
}

} // namespace

nlohmann::json lsp_location(const Location &location,
                            PositionEncoding encoding) {
  TextPositions positions(location.file->text(), encoding);
  return {{"uri", uri_of_path(std::filesystem::absolute(location.file->path())
                                  .lexically_normal()
                                  .string())},
          {"range", positions.range(location.range.begin, location.range.end)}};
}

nlohmann::json lsp_diagnostic(const Diagnostic &diagnostic,
                              PositionEncoding encoding) {
  nlohmann::json out = lsp_location(diagnostic.location, encoding);
  out.erase("uri");
  out["severity"] = lsp_severity(diagnostic.severity);
  out["code"] = diagnostic.rule_id;
  out["source"] = "hoist";
  out["message"] = diagnostic.message;
  // Only an address the build was given: never a made-up one.
  const std::string docs = ProjectAddresses::of_build().docs;
  if (!docs.empty())
    out["codeDescription"] = {
        {"href", docs + "/rules/" + diagnostic.rule_id + "/doc.md"}};
  if (diagnostic.rule_id == rules::kUnusedSuppression)
    out["tags"] = {kTagUnnecessary};
  nlohmann::json related = nlohmann::json::array();
  for (const Note &note : diagnostic.notes)
    related.push_back({{"location", lsp_location(note.location, encoding)},
                       {"message", note.message}});
  if (!related.empty())
    out["relatedInformation"] = std::move(related);
  return out;
}

nlohmann::json lsp_diagnostic(const FileNotice &notice,
                              PositionEncoding encoding) {
  nlohmann::json out = lsp_location(*notice.location, encoding);
  out.erase("uri");
  out["severity"] = lsp_severity(notice.severity);
  out["source"] = "hoist";
  out["message"] = notice.message;
  return out;
}

} // namespace hoist::server
