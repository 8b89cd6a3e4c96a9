#include <algorithm>
#include <iomanip>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/shown_path.h"
#include "core/utf8.h"
#include "output/writers.h"

namespace hoist {
namespace {

class Painter {
public:
  explicit Painter(bool color) : color_(color) {}
  std::string operator()(const char *code, const std::string &text) const {
    return color_ ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
  }

private:
  bool color_;
};

std::string location_text(const Location &location) {
  Position at = location.file->position(location.range.begin);
  return shown_path(location.file->path()) + ":" + std::to_string(at.line) +
         ":" + std::to_string(at.column);
}

/// The line under `location` and a caret line marking its range; tabs are kept
/// so the marks line up under the code.
void write_snippet(std::ostream &out, const Location &location,
                   const Painter &paint) {
  const SourceFile &file = *location.file;
  Position begin = file.position(location.range.begin);
  std::string_view line = file.lines().line_text(begin.line);
  std::size_t line_start = file.lines().line_start(begin.line);
  if (begin.line == 1) { // the BOM is not shown
    line.remove_prefix(file.bom_length());
    line_start += file.bom_length();
  }
  std::size_t offset = location.range.begin - line_start;
  std::size_t end = std::min(location.range.end - line_start, line.size());
  std::string marks;
  for (std::size_t i = 0; i < offset && i < line.size(); ++i) {
    auto byte = static_cast<unsigned char>(line[i]);
    if ((byte & 0xC0) != 0x80) // one mark per code point
      marks += byte == '\t' ? '\t' : ' ';
  }
  std::size_t span =
      end > offset ? count_code_points(line.substr(offset, end - offset)) : 0;
  marks += "^" + std::string(span > 1 ? span - 1 : 0, '~');
  out << to_valid_utf8(line) << "\n" << paint("32;1", marks) << "\n";
}

/// The files --fix could not write: their fixes are not to be had by
/// running --fix again, and no summary may say they are.
std::set<std::string> unwritten_files(const Report &report) {
  std::set<std::string> unwritten;
  for (const FileNotice &notice : report.notices)
    if (notice.kind == NoticeKind::Fix && notice.severity == Severity::Error)
      unwritten.insert(notice.path);
  return unwritten;
}

/// `--statistics`: how many findings each rule has, most first, `[fix]`
/// for a rule of which --fix fixes some (a safe fix: an unsafe one, or one
/// only shown, is not applied), and how many --fix fixes.
void write_statistics(std::ostream &out, const Report &report) {
  std::map<std::string, std::pair<std::size_t, std::size_t>>
      counts; // all, fixable
  std::size_t fixable = 0;
  const std::set<std::string> unwritten = unwritten_files(report);
  for (const Diagnostic &diagnostic : report.diagnostics) {
    auto &count = counts[diagnostic.rule_id];
    ++count.first;
    const bool safe =
        diagnostic.fix &&
        diagnostic.fix->applicability == Applicability::Safe &&
        !unwritten.count(diagnostic.location.file->path());
    count.second += safe;
    fixable += safe;
  }
  std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>> rows(
      counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
    return a.second.first > b.second.first;
  });
  for (const auto &[rule, count] : rows) {
    const RuleInfo *info = report.registry->find(rule);
    out << std::setw(6) << count.first << "  " << std::left << std::setw(23)
        << rule << std::right << (count.second ? "[fix] " : "      ")
        << (info ? info->summary : "") << "\n";
  }
  if (fixable > 0)
    out << fixable << " fixable with --fix.\n";
}

} // namespace

void write_text(std::ostream &out, const Report &report,
                const TextOptions &options) {
  Painter paint(options.color);
  if (options.statistics) {
    write_statistics(out, report);
    return;
  }
  const std::set<std::string> unwritten = unwritten_files(report);
  auto written = [&](const Diagnostic &diagnostic) {
    return !unwritten.count(diagnostic.location.file->path());
  };
  for (const Diagnostic &diagnostic : report.diagnostics) {
    bool error = diagnostic.severity == Severity::Error;
    out << paint("1", location_text(diagnostic.location) + ":") << " "
        << paint(error ? "31;1" : "35;1",
                 std::string(to_string(diagnostic.severity)) + ":")
        << " " << paint("1", diagnostic.message) << " ["
        << rule_name(report, diagnostic) << "]\n";
    write_snippet(out, diagnostic.location, paint);
    for (const Note &note : diagnostic.notes)
      out << paint("1", location_text(note.location) + ":") << " "
          << paint("30;1", "note:") << " " << note.message << "\n";
    if (diagnostic.fix)
      out << paint("1", location_text(diagnostic.location) + ":") << " "
          << paint("30;1", "note:") << " "
          << to_string(diagnostic.fix->applicability)
          << (written(diagnostic) ? " fix available: "
                                  : " fix not written (see the error): ")
          << diagnostic.fix->title << "\n";
  }
  if (options.show_fixes)
    write_fixes(out, report);
  if (options.quiet)
    return;
  auto plural = [](std::size_t n, const char *word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  if (!options.show_fixes && report.problems_fixed > 0)
    out << "Fixed " << plural(report.problems_fixed, "problem") << " in "
        << plural(report.files_fixed, "file") << ".\n";
  // What kept hoist from checking or fixing everything: the summary must
  // not read as a clean run when the exit status says otherwise.
  NoticeCounts notices = report.notice_counts();
  std::string failures = describe_failures(notices);
  std::size_t warnings = report.count(Severity::Warning);
  std::size_t errors = report.count(Severity::Error);
  std::string files = plural(report.files_checked, "file");
  // Deployment files alone (functions on a custom runtime, or a template
  // named alone) must not read as analyzed handler code.
  std::string only_deployment =
      report.files_checked > 0 &&
              report.deployment_files_checked == report.files_checked
          ? std::string(report.files_checked == 1 ? ", a deployment file"
                                                  : ", deployment files") +
                ": no source file was analyzed (-v says why)"
          : "";
  if (warnings + errors == 0) {
    // Every file given skipped (over --max-file-size, binary): a clean
    // summary of 0 files would read as a pass.
    if (std::size_t skipped = notices.files_skipped;
        failures.empty() && report.files_checked == 0 && skipped > 0)
      out << "Nothing was checked: " << plural(skipped, "file")
          << " skipped (its warnings say why).\n";
    else if (failures.empty())
      out << "No problems found in " << files << only_deployment << ".\n";
    else if (report.files_checked == 0)
      out << "Nothing was checked: " << failures << ".\n";
    else
      out << "No problems found in the " << files << " checked, but "
          << failures << ".\n";
    return;
  }
  out << "Found " << plural(warnings + errors, "problem") << " ("
      << plural(warnings, "warning") << ", " << plural(errors, "error")
      << ") in " << files << " checked"
      << (failures.empty() ? "" : "; " + failures) << ".\n";
  std::size_t safe = 0, unsafe = 0;
  for (const Diagnostic &diagnostic : report.diagnostics)
    if (diagnostic.fix && written(diagnostic)) {
      safe += diagnostic.fix->applicability == Applicability::Safe;
      unsafe += diagnostic.fix->applicability == Applicability::Unsafe;
    }
  if (safe > 0)
    out << safe << " fixable with --fix";
  // Unsafe ones say what they are: a count alone reads as "fixable".
  if (unsafe > 0)
    out << (safe > 0 ? "; " : "") << unsafe
        << (safe > 0 ? " more" : " fixable")
        << " with --fix --unsafe-fixes (unsafe fixes, which may change "
           "behaviour: review them)";
  if (safe + unsafe > 0)
    out << ".\n";
}

} // namespace hoist
