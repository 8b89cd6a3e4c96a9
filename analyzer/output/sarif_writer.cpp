#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/file_uri.h"
#include "core/utf8.h"

#include "output/fingerprint.h"
#include "output/json_text.h"
#include "output/writers.h"

namespace hoist {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr const char *kRootId = "SRCROOT";

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
  return {{"uri", uri_of_path(absolute.generic_string())}};
}

json region(const Location &location) {
  Position begin = location.file->position(location.range.begin);
  Position end = location.file->position(location.range.end);
  return {{"startLine", begin.line},
          {"startColumn", begin.column},
          {"endLine", end.line},
          {"endColumn", end.column}};
}

/// Where a finding or note is: its range, or, when that is empty (Clang
/// reports C++ findings at a point), the token that starts there, so that
/// viewers have something to underline.
json flagged_region(const Location &location) {
  if (location.range.begin != location.range.end)
    return region(location);
  std::string_view text = location.file->text();
  std::size_t begin = location.range.begin, end = begin;
  auto word = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  while (end < text.size() && word(text[end]))
    ++end;
  if (end == begin && end < text.size() && text[end] != '\n' &&
      text[end] != '\r')
    end = begin + 1;
  return region({location.file, {begin, end}});
}

json physical_location(const Location &location, const fs::path &root) {
  return {{"artifactLocation", artifact_location(location.file->path(), root)},
          {"region", flagged_region(location)}};
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

/// `prose` (markdown outside code) with its relative links (to other rule
/// pages, to docs/) resolved from `page` (the page's path in the source
/// tree, rules/<id>/doc.md) against `docs_url` (the published tree), or
/// reduced to their text when there is no such address: a link code
/// scanning cannot follow is worse than none.
std::string resolve_prose_links(const std::string &prose,
                                const std::string &docs_url,
                                const fs::path &page) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    std::size_t open = prose.find("](", at);
    std::size_t start =
        open == std::string::npos ? std::string::npos : prose.rfind('[', open);
    std::size_t close =
        open == std::string::npos ? std::string::npos : prose.find(')', open + 2);
    if (close == std::string::npos || start == std::string::npos ||
        start < at) {
      out.append(prose, at, std::string::npos);
      return out;
    }
    std::string text = prose.substr(start + 1, open - start - 1);
    std::string target = prose.substr(open + 2, close - open - 2);
    out.append(prose, at, start - at);
    bool relative = target.find("://") == std::string::npos &&
                    target.rfind('#', 0) != 0 &&
                    target.rfind("mailto:", 0) != 0;
    if (!relative)
      out += "[" + text + "](" + target + ")";
    else if (!docs_url.empty())
      out += "[" + text + "](" + docs_url + "/" +
             (page.parent_path() / target).lexically_normal().generic_string() +
             ")";
    else
      out += text;
    at = close + 1;
  }
}

/// `markdown` with the links of its prose resolved (resolve_prose_links);
/// code, fenced or in backquotes, is left as written (a C++ lambda's
/// `[&client](request)` is not a link).
std::string resolve_links(const std::string &markdown,
                          const std::string &docs_url, const fs::path &page) {
  std::string out, prose;
  // Odd pieces between backquotes are code spans.
  auto flush_prose = [&] {
    std::size_t at = 0;
    for (bool code = false;; code = !code) {
      std::size_t quote = prose.find('`', at);
      std::string piece = prose.substr(
          at, quote == std::string::npos ? std::string::npos : quote - at);
      out += code ? piece : resolve_prose_links(piece, docs_url, page);
      if (quote == std::string::npos)
        break;
      out += '`';
      at = quote + 1;
    }
    prose.clear();
  };
  bool fenced = false;
  for (std::size_t at = 0; at < markdown.size();) {
    std::size_t end = markdown.find('\n', at);
    end = end == std::string::npos ? markdown.size() : end + 1;
    std::string_view line(markdown.data() + at, end - at);
    bool fence = line.substr(0, 3) == "```";
    if (fence || fenced) {
      flush_prose();
      out += line;
      fenced = fence ? !fenced : fenced;
    } else {
      prose += line;
    }
    at = end;
  }
  flush_prose();
  return out;
}

/// Plain text of a rule page's markdown: no fences, heading marks, code
/// quotes or link targets.
std::string plain_text(const std::string &markdown) {
  std::string out;
  std::istringstream lines(resolve_links(markdown, "", ""));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("```", 0) == 0)
      continue;
    std::size_t hashes = line.find_first_not_of('#');
    if (hashes != 0 && hashes != std::string::npos && line[hashes] == ' ')
      line.erase(0, hashes + 1);
    line.erase(std::remove(line.begin(), line.end(), '`'), line.end());
    out += line + "\n";
  }
  return out;
}

/// The rule's documentation page as SARIF `help`: code scanning shows it
/// with the alert, without a link to follow. Falls back to the summary when
/// the installation lacks the page.
json rule_help(const RuleInfo &rule, const std::string &docs_url) {
  std::optional<std::string> page = read_rule_page(rule);
  if (!page || page->empty())
    return sentence(rule.description);
  std::string text = to_valid_utf8(*page);
  return {{"text", plain_text(text)},
          {"markdown", resolve_links(text, docs_url, rule.doc)}};
}

json rules_json(const Report &report, const std::string &docs_url) {
  json rules = json::array();
  for (const RuleInfo &rule : report.registry->rules()) {
    json descriptor = {
        {"id", rule.id},
        {"name", pascal_case(rule.id)},
        {"shortDescription", sentence(rule.summary)},
        {"fullDescription", sentence(rule.description)},
        {"help", rule_help(rule, docs_url)},
        {"defaultConfiguration",
         {{"level", level(rule.severity)},
          {"enabled", rule.enabled_by_default}}},
        {"properties", {{"tags", {"aws-lambda", "performance"}}}}};
    // Only an address the build was given (HOIST_DOCS_URL): never one made up.
    if (!docs_url.empty())
      descriptor["helpUri"] = docs_url + "/" + rule.doc;
    rules.push_back(std::move(descriptor));
  }
  return rules;
}

/// A fix's edits as SARIF artifactChanges: one per file, its replacements
/// in order. SARIF does not order replacements that start at one point, so
/// the edits there (insertions, then perhaps a replacement) are one
/// replacement, their texts in the order hoist applies them (apply_edits).
json fix_changes(const Fix &fix, const fs::path &root) {
  std::vector<std::vector<Edit>> by_file;
  for (const Edit &edit : fix.edits) {
    auto same = std::find_if(by_file.begin(), by_file.end(), [&](auto &edits) {
      return edits.front().file->path() == edit.file->path();
    });
    if (same == by_file.end())
      by_file.push_back({edit});
    else
      same->push_back(edit);
  }
  json changes = json::array();
  for (std::vector<Edit> &edits : by_file) {
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
      return a.range.begin < b.range.begin;
    });
    json replacements = json::array();
    for (std::size_t i = 0; i < edits.size();) {
      Edit merged = edits[i++];
      while (i < edits.size() && merged.range.empty() &&
             edits[i].range.begin == merged.range.begin) {
        merged.new_text += edits[i].new_text;
        merged.range.end = edits[i++].range.end;
      }
      replacements.push_back(
          {{"deletedRegion", region({merged.file, merged.range})},
           {"insertedContent", {{"text", merged.new_text}}}});
    }
    changes.push_back(
        {{"artifactLocation", artifact_location(edits.front().file->path(), root)},
         {"replacements", std::move(replacements)}});
  }
  return changes;
}

json fix_json(const Fix &fix, const fs::path &root) {
  json changes = fix_changes(fix, root);
  // SARIF has no field for how far a fix can be trusted: the description
  // says it to whoever reads only that, the properties to a program.
  bool unsafe = fix.applicability == Applicability::Unsafe;
  json properties = {{"applicability", to_string(fix.applicability)}};
  if (unsafe)
    properties["unsafeReason"] = fix.unsafe_because;
  return {{"description",
           sentence(unsafe ? "Unsafe fix, which may change behaviour: " +
                                 fix.title
                           : fix.title)},
          {"artifactChanges", std::move(changes)},
          {"properties", std::move(properties)}};
}

/// What a result says of itself beyond its message: for a construction,
/// whether it can move and why; for one with a fix, how far the fix can be
/// trusted (as its own properties say).
json result_properties(const Diagnostic &diagnostic, const fs::path &root) {
  json properties = json::object();
  if (diagnostic.subject && diagnostic.subject->hoistability) {
    const Hoistability &hoistability = *diagnostic.subject->hoistability;
    properties["hoistable"] = hoistability.hoistable;
    properties["reason"] = hoistability.reason;
  }
  // Several handlers reach it: the message names a few, this all of them.
  if (diagnostic.handlers.size() > 1)
    for (const ReachingHandler &handler : diagnostic.handlers)
      properties["handlers"].push_back(
          {{"name", handler.name},
           {"physicalLocation", physical_location(handler.location, root)}});
  if (diagnostic.fix) {
    properties["fixApplicability"] = to_string(diagnostic.fix->applicability);
    if (diagnostic.fix->applicability == Applicability::Unsafe)
      properties["unsafeReason"] = diagnostic.fix->unsafe_because;
  }
  return properties;
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
    if (json properties = result_properties(diagnostic, report.root);
        !properties.empty())
      result["properties"] = std::move(properties);
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

ProjectAddresses ProjectAddresses::of_build() {
  return {HOIST_HOMEPAGE_URL, HOIST_DOCS_URL};
}

void write_sarif(std::ostream &out, const Report &report,
                 const ProjectAddresses &addresses) {
  const std::string &homepage = addresses.homepage;
  const std::string &docs_url = addresses.docs;
  std::string root_uri = uri_of_path(report.root.generic_string());
  if (root_uri.back() != '/')
    root_uri += '/';
  // Files hoist could not analyze make the run unsuccessful (exit 2).
  bool failed = report.notice_counts().errors > 0;
  json invocation = {{"executionSuccessful", !failed}};
  json notifications = notifications_json(report);
  if (!notifications.empty())
    invocation["toolExecutionNotifications"] = std::move(notifications);
  json driver = {{"name", "hoist"},
                 {"version", report.version},
                 {"semanticVersion", report.version},
                 {"rules", rules_json(report, docs_url)}};
  if (!homepage.empty())
    driver["informationUri"] = homepage;
  json run = {{"tool", {{"driver", std::move(driver)}}},
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
