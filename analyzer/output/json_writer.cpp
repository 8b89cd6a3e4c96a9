#include <nlohmann/json.hpp>

#include "core/parallel_for.h"
#include "output/json_text.h"
#include "output/writers.h"

namespace hoist {
namespace {

// Keys keep the order written here, which reads best: rule, severity, path,
// line...
using json = nlohmann::ordered_json;

/// path, line, column, end_line, end_column (1-based, code-point columns).
json span_json(const Location &location) {
  Position begin = location.file->position(location.range.begin);
  Position end = location.file->position(location.range.end);
  return {{"path", location.file->path()},
          {"line", begin.line},
          {"column", begin.column},
          {"end_line", end.line},
          {"end_column", end.column}};
}

json fix_json(const Fix &fix) {
  json edits = json::array();
  for (const Edit &edit : fix.edits) {
    json item = span_json({edit.file, edit.range});
    item["content"] = edit.new_text;
    edits.push_back(std::move(item));
  }
  json out = {{"title", fix.title},
              {"applicability", to_string(fix.applicability)}};
  if (fix.applicability == Applicability::Unsafe)
    out["unsafe_reason"] = fix.unsafe_because;
  out["edits"] = std::move(edits);
  return out;
}

json diagnostic_json(const Diagnostic &diagnostic) {
  json item = span_json(diagnostic.location);
  json notes = json::array();
  for (const Note &note : diagnostic.notes) {
    json entry = span_json(note.location);
    entry.erase("end_line");
    entry.erase("end_column");
    entry["message"] = note.message;
    notes.push_back(std::move(entry));
  }
  json out = {{"rule", diagnostic.rule_id},
              {"severity", to_string(diagnostic.severity)}};
  out.update(item);
  out["message"] = diagnostic.message;
  out["notes"] = std::move(notes);
  out["fix"] = diagnostic.fix ? fix_json(*diagnostic.fix) : json(nullptr);
  if (diagnostic.subject && diagnostic.subject->hoistability) {
    const Hoistability &hoistability = *diagnostic.subject->hoistability;
    out["hoistable"] = hoistability.hoistable;
    out["reason"] = hoistability.reason;
  }
  // Several handlers reach it: the message names a few, this all of them.
  if (diagnostic.handlers.size() > 1)
    for (const ReachingHandler &handler : diagnostic.handlers) {
      json entry = span_json(handler.location);
      entry.erase("end_line");
      entry.erase("end_column");
      entry["name"] = handler.name;
      out["handlers"].push_back(std::move(entry));
    }
  return out;
}

const char *kind_name(NoticeKind kind) {
  switch (kind) {
  case NoticeKind::File:
    return "file";
  case NoticeKind::Fix:
    return "fix";
  case NoticeKind::Handler:
    return "handler";
  case NoticeKind::Partial:
    return "partial";
  case NoticeKind::NoFix:
    return "no-fix";
  }
  return "file";
}

json notice_json(const FileNotice &notice) {
  json item = {{"severity", to_string(notice.severity)},
               {"kind", kind_name(notice.kind)},
               {"path", notice.path},
               {"message", notice.message}};
  if (notice.location) {
    Position at = notice.location->file->position(notice.location->range.begin);
    item["line"] = at.line;
    item["column"] = at.column;
  }
  return item;
}

/// Writes `"key": [item, ...]` a block of items at a time, each block
/// rendered on every core and written in order, so a report with many
/// findings never sits in memory as one document.
template <typename Items, typename ToJson>
void write_array(std::ostream &out, const char *key, const Items &items,
                 ToJson to_json) {
  constexpr std::size_t kBlock = 512;
  out << "  \"" << key << "\": [";
  std::vector<std::string> rendered;
  for (std::size_t begin = 0; begin < items.size(); begin += kBlock) {
    rendered.assign(std::min(kBlock, items.size() - begin), {});
    parallel_for(rendered.size(), default_jobs(), [&](std::size_t i, unsigned) {
      rendered[i] = dump_at(to_json(items[begin + i]), 2);
    });
    for (std::size_t i = 0; i < rendered.size(); ++i)
      out << (begin + i == 0 ? "\n    " : ",\n    ") << rendered[i];
  }
  out << (items.empty() ? "]" : "\n  ]");
}

} // namespace

void write_json(std::ostream &out, const Report &report) {
  json by_rule = json::object();
  for (const Diagnostic &diagnostic : report.diagnostics)
    by_rule[diagnostic.rule_id] = by_rule.value(diagnostic.rule_id, 0) + 1;
  NoticeCounts notices = report.notice_counts();
  json summary = {
      {"files_checked", report.files_checked},
      {"diagnostics", report.diagnostics.size()},
      {"warnings", report.count(Severity::Warning)},
      // Findings only, as every summary counts them: notices are below.
      {"errors", report.count(Severity::Error)},
      {"notices", {{"errors", notices.errors}, {"warnings", notices.warnings}}},
      {"files_not_analyzed", notices.files_not_analyzed},
      {"files_not_fixed", notices.files_not_fixed},
      {"handlers_not_found", notices.handlers_not_found},
      {"fixed", report.fixes_applied},
      {"files_fixed", report.files_fixed},
      {"by_rule", std::move(by_rule)}};
  out << "{\n  \"version\": " << dump_at(json(report.version), 1) << ",\n";
  write_array(out, "diagnostics", report.diagnostics, diagnostic_json);
  out << ",\n";
  write_array(out, "notices", report.notices, notice_json);
  out << ",\n  \"summary\": " << dump_at(summary, 1) << "\n}\n";
}

} // namespace hoist
