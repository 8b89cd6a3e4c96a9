// JUnit XML as CI servers read it (Jenkins, GitLab, Azure Pipelines): one
// test suite per file with findings, one failing test case per finding, an
// erroring one per file that could not be analyzed; a clean run is one
// passing test case, so that the report never reads as "no tests".
#include <map>

#include "core/utf8.h"
#include "output/writers.h"

namespace hoist {
namespace {

/// Text and attribute values escaped for XML 1.0, with the characters XML
/// cannot carry at all (most controls) replaced.
std::string xml_escape(const std::string &text) {
  std::string valid = to_valid_utf8(text), out;
  for (char c : valid) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\n':
      out += "&#10;";
      break;
    case '\t':
      out += "&#9;";
      break;
    case '\r':
      out += "&#13;";
      break;
    default:
      out += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
    }
  }
  return out;
}

struct TestCase {
  std::string name;
  std::string element; ///< "failure" or "error"
  std::string type;    ///< the rule id, or junit_type's name of a notice
  std::string message;
  std::string detail; ///< the element's text: where and what, as text prints
};

/// An error notice's type, as the summaries count it.
const char *junit_type(NoticeKind kind) {
  switch (kind) {
  case NoticeKind::File:
  case NoticeKind::Partial:
    return "file-not-analyzed";
  case NoticeKind::Fix:
  case NoticeKind::NoFix:
    return "file-not-fixed";
  case NoticeKind::Handler:
    return "handler-not-matched";
  }
  return "file-not-analyzed";
}

} // namespace

void write_junit(std::ostream &out, const Report &report) {
  // Suites by file, in report order.
  std::map<std::string, std::vector<TestCase>> suites;
  std::vector<std::string> order;
  auto suite = [&](const std::string &path) -> std::vector<TestCase> & {
    auto [it, fresh] = suites.try_emplace(path);
    if (fresh)
      order.push_back(path);
    return it->second;
  };
  std::size_t failures = 0, errors = 0;
  for (const Diagnostic &diagnostic : report.diagnostics) {
    const SourceFile &file = *diagnostic.location.file;
    Position at = file.position(diagnostic.location.range.begin);
    std::string where = file.path() + ":" + std::to_string(at.line) + ":" +
                        std::to_string(at.column);
    const std::string rule = rule_name(report, diagnostic);
    suite(file.path())
        .push_back({rule + " at " + std::to_string(at.line) + ":" +
                        std::to_string(at.column),
                    "failure", rule, diagnostic.message,
                    where + ": " + std::string(to_string(diagnostic.severity)) +
                        ": " + diagnostic.message + " [" + rule + "]"});
    ++failures;
  }
  for (const FileNotice &notice : report.notices) {
    if (notice.severity != Severity::Error)
      continue;
    suite(notice.path)
        .push_back({"analysis", "error", junit_type(notice.kind),
                    notice.message,
                    notice_place(notice) + ": error: " + notice.message});
    ++errors;
  }
  std::size_t tests = failures + errors;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"hoist\" tests=\"" << (tests ? tests : 1)
      << "\" failures=\"" << failures << "\" errors=\"" << errors << "\">\n";
  if (tests == 0)
    out << "  <testsuite name=\"hoist\" tests=\"1\" failures=\"0\" "
           "errors=\"0\" skipped=\"0\">\n"
        << "    <testcase name=\"no findings in " << report.files_checked
        << " files checked\" classname=\"hoist\"/>\n"
        << "  </testsuite>\n";
  for (const std::string &path : order) {
    const std::vector<TestCase> &cases = suites[path];
    std::size_t suite_failures = 0;
    for (const TestCase &test : cases)
      suite_failures += test.element == "failure";
    out << "  <testsuite name=\"" << xml_escape(path) << "\" tests=\""
        << cases.size() << "\" failures=\"" << suite_failures << "\" errors=\""
        << cases.size() - suite_failures << "\" skipped=\"0\">\n";
    for (const TestCase &test : cases)
      out << "    <testcase name=\"" << xml_escape(test.name)
          << "\" classname=\"" << xml_escape(path) << "\">\n"
          << "      <" << test.element << " message=\""
          << xml_escape(test.message) << "\" type=\"" << xml_escape(test.type)
          << "\">" << xml_escape(test.detail) << "</" << test.element << ">\n"
          << "    </testcase>\n";
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

} // namespace hoist
