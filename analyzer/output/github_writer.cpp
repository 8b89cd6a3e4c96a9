#include <string>

#include "output/writers.h"

namespace hoist {
namespace {

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
// Message data escapes %, CR and LF; property values also ':' and ','.
std::string escape(const std::string &text, bool property) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '%':
      out += "%25";
      break;
    case '\r':
      out += "%0D";
      break;
    case '\n':
      out += "%0A";
      break;
    case ':':
      out += property ? "%3A" : ":";
      break;
    case ',':
      out += property ? "%2C" : ",";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string escape_data(const std::string &text) { return escape(text, false); }
std::string escape_property(const std::string &text) {
  return escape(text, true);
}

} // namespace

void write_github(std::ostream &out, const Report &report) {
  for (const Diagnostic &diagnostic : report.diagnostics) {
    const SourceFile &file = *diagnostic.location.file;
    Position begin = file.position(diagnostic.location.range.begin);
    Position end = file.position(diagnostic.location.range.end);
    out << "::" << to_string(diagnostic.severity)
        << " file=" << escape_property(file.path()) << ",line=" << begin.line
        << ",col=" << begin.column << ",endLine=" << end.line
        << ",endColumn=" << end.column
        << ",title=" << escape_property("hoist " + rule_name(report, diagnostic))
        << "::" << escape_data(diagnostic.message) << "\n";
  }
  for (const FileNotice &notice : report.notices) {
    out << "::" << to_string(notice.severity)
        << " file=" << escape_property(notice.path);
    if (notice.location) {
      Position at =
          notice.location->file->position(notice.location->range.begin);
      out << ",line=" << at.line << ",col=" << at.column;
    }
    out << ",title=hoist::" << escape_data(notice.message) << "\n";
  }
}

} // namespace hoist
