#include <string>

#include "output/writers.h"

namespace hoist {
namespace {

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
std::string escape_data(const std::string &text) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escape_property(const std::string &text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

} // namespace

void write_github(std::ostream &out, const Report &report) {
  for (const Diagnostic &diagnostic : report.diagnostics) {
    const SourceFile &file = *diagnostic.location.file;
    Position begin = file.position(diagnostic.location.range.begin);
    Position end = file.position(diagnostic.location.range.end);
    out << "::" << to_string(diagnostic.severity)
        << " file=" << escape_property(file.path())
        << ",line=" << begin.line << ",col=" << begin.column
        << ",endLine=" << end.line << ",endColumn=" << end.column
        << ",title=" << escape_property("hoist " + diagnostic.rule_id)
        << "::" << escape_data(diagnostic.message) << "\n";
  }
  for (const FileNotice &notice : report.notices)
    out << "::" << to_string(notice.severity)
        << " file=" << escape_property(notice.path)
        << ",title=hoist::" << escape_data(notice.message) << "\n";
}

} // namespace hoist
