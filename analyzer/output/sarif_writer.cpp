#include <algorithm>

#include <nlohmann/json.hpp>

#include "output/fingerprint.h"
#include "output/json_text.h"
#include "output/writers.h"

namespace hoist {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr const char *kRootId = "SRCROOT";

/// Percent-encodes everything but RFC 3986 unreserved characters and '/'.
std::string uri_escape(const std::string &path) {
  static const char *kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' ||
        c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

/// A relative URI under %SRCROOT% when the file is inside the root, else an
/// absolute file URI.
json artifact_location(const std::string &path, const fs::path &root) {
  fs::path given(path);
  fs::path absolute =
      (given.is_absolute() ? given : root / given).lexically_normal();
  fs::path relative = absolute.lexically_relative(root);
  if (!relative.empty() && *relative.begin() != "..")
    return {{"uri", uri_escape(relative.generic_string())},
            {"uriBaseId", kRootId}};
  return {{"uri", "file://" + uri_escape(absolute.generic_string())}};
}

json region(const Location &location) {
  Position begin = location.file->position(location.range.begin);
  Position end = location.file->position(location.range.end);
  return {{"startLine", begin.line},
          {"startColumn", begin.column},
          {"endLine", end.line},
          {"endColumn", end.column}};
}

json physical_location(const Location &location, const fs::path &root) {
  return {{"artifactLocation", artifact_location(location.file->path(), root)},
          {"region", region(location)}};
}

/// SARIF asks for messages that are sentences; hoist's end without a period.
json sentence(const std::string &text) {
  bool ends = !text.empty() &&
              (text.back() == '.' || text.back() == '!' || text.back() == '?');
  return {{"text", ends ? text : text + "."}};
}

const char *level(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

/// PascalCase of a kebab id, for reportingDescriptor.name.
std::string pascal_case(const std::string &id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-') {
      upper = true;
      continue;
    }
    out += upper
               ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
               : c;
    upper = false;
  }
  return out;
}

json rules_json(const Report &report, const std::string &homepage) {
  json rules = json::array();
  for (const RuleInfo &rule : report.registry->rules())
    rules.push_back(
        {{"id", rule.id},
         {"name", pascal_case(rule.id)},
         {"shortDescription", sentence(rule.summary)},
         {"fullDescription", sentence(rule.description)},
         {"helpUri", homepage + "/blob/main/" + rule.doc},
         {"help", sentence("See " + homepage + "/blob/main/" + rule.doc)},
         {"defaultConfiguration",
          {{"level", level(rule.severity)},
           {"enabled", rule.enabled_by_default}}},
         {"properties", {{"tags", {"aws-lambda", "performance"}}}}});
  return rules;
}

json fix_json(const Fix &fix, const fs::path &root) {
  json changes = json::array();
  for (const Edit &edit : fix.edits) {
    json replacement = {{"deletedRegion", region({edit.file, edit.range})},
                        {"insertedContent", {{"text", edit.new_text}}}};
    changes.push_back(
        {{"artifactLocation", artifact_location(edit.file->path(), root)},
         {"replacements", json::array({replacement})}});
  }
  return {{"description", sentence(fix.title)},
          {"artifactChanges", std::move(changes)}};
}

json result_json(const Report &report, std::size_t i,
                 const std::vector<std::string> &fingerprints) {
  {
    const Diagnostic &diagnostic = report.diagnostics[i];
    json related = json::array();
    for (std::size_t n = 0; n < diagnostic.notes.size(); ++n) {
      const Note &note = diagnostic.notes[n];
      related.push_back(
          {{"id", n},
           {"physicalLocation", physical_location(note.location, report.root)},
           {"message", sentence(note.message)}});
    }
    json result = {
        {"ruleId", diagnostic.rule_id},
        {"ruleIndex", report.registry->index_of(diagnostic.rule_id)},
        {"level", level(diagnostic.severity)},
        {"message", sentence(diagnostic.message)},
        {"locations", json::array({{{"physicalLocation",
                                     physical_location(diagnostic.location,
                                                       report.root)}}})},
        {"partialFingerprints", {{"hoist/v1", fingerprints[i]}}}};
    if (!related.empty())
      result["relatedLocations"] = std::move(related);
    if (diagnostic.fix)
      result["fixes"] = json::array({fix_json(*diagnostic.fix, report.root)});
    if (diagnostic.hoistability)
      result["properties"] = {{"hoistable", diagnostic.hoistability->hoistable},
                              {"reason", diagnostic.hoistability->reason}};
    return result;
  }
}

json notifications_json(const Report &report) {
  json notifications = json::array();
  for (const FileNotice &notice : report.notices) {
    json location = {
        {"physicalLocation",
         {{"artifactLocation", artifact_location(notice.path, report.root)}}}};
    if (notice.location)
      location = {{"physicalLocation",
                   physical_location(*notice.location, report.root)}};
    notifications.push_back({{"level", level(notice.severity)},
                             {"message", sentence(notice.message)},
                             {"locations", json::array({location})}});
  }
  return notifications;
}

} // namespace

void write_sarif(std::ostream &out, const Report &report) {
  const std::string homepage = HOIST_HOMEPAGE;
  std::string root_uri = "file://" + uri_escape(report.root.generic_string());
  if (root_uri.back() != '/')
    root_uri += '/';
  // Files hoist could not analyze make the run unsuccessful (exit 2).
  bool failed = report.notice_counts().errors > 0;
  json invocation = {{"executionSuccessful", !failed}};
  json notifications = notifications_json(report);
  if (!notifications.empty())
    invocation["toolExecutionNotifications"] = std::move(notifications);
  json run = {{"tool",
               {{"driver",
                 {{"name", "hoist"},
                  {"version", report.version},
                  {"semanticVersion", report.version},
                  {"informationUri", homepage},
                  {"rules", rules_json(report, homepage)}}}}},
              {"originalUriBaseIds", {{kRootId, {{"uri", root_uri}}}}},
              {"invocations", json::array({invocation})},
              {"columnKind", "unicodeCodePoints"}};
  // The results stream one at a time: a large report never sits in memory
  // as one document. The run object is written without its closing brace,
  // then its "results".
  std::string head = dump_at(run, 2);
  head.erase(head.rfind('\n')); // "\n    }"
  out << "{\n  \"$schema\": "
         "\"https://json.schemastore.org/sarif-2.1.0.json\",\n"
      << "  \"version\": \"2.1.0\",\n  \"runs\": [\n    " << head
      << ",\n      \"results\": [";
  std::vector<std::string> fingerprints =
      partial_fingerprints(report.diagnostics);
  for (std::size_t i = 0; i < report.diagnostics.size(); ++i)
    out << (i ? ",\n        " : "\n        ")
        << dump_at(result_json(report, i, fingerprints), 4);
  out << (report.diagnostics.empty() ? "]" : "\n      ]")
      << "\n    }\n  ]\n}\n";
}

} // namespace hoist
