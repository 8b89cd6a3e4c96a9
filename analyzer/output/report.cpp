#include "output/report.h"

#include <algorithm>
#include <set>

#include "core/shown_path.h"

namespace hoist {

std::size_t Report::count(Severity severity) const {
  return static_cast<std::size_t>(std::count_if(
      diagnostics.begin(), diagnostics.end(),
      [&](const Diagnostic &d) { return d.severity == severity; }));
}

std::string Report::relative_path(const std::string &path) const {
  std::filesystem::path given(path);
  if (!given.is_absolute())
    return given.lexically_normal().generic_string();
  std::filesystem::path relative =
      given.lexically_normal().lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..")
    return given.generic_string();
  return relative.generic_string();
}

NoticeCounts Report::notice_counts() const {
  NoticeCounts counts;
  std::set<std::string> not_analyzed, partly_analyzed, not_fixed, handlers,
      skipped;
  for (const FileNotice &notice : notices) {
    bool error = notice.severity == Severity::Error;
    ++(error ? counts.errors : counts.warnings);
    switch (notice.kind) {
    case NoticeKind::File:
      (error ? not_analyzed : skipped).insert(notice.path);
      break;
    case NoticeKind::Fix:
      not_fixed.insert(notice.path);
      break;
    case NoticeKind::Handler:
      handlers.insert(notice.path);
      break;
    case NoticeKind::Partial:
      (error ? not_analyzed : partly_analyzed).insert(notice.path);
      break;
    case NoticeKind::NoFix:
      break;
    }
  }
  counts.files_not_analyzed = not_analyzed.size();
  for (const std::string &path : partly_analyzed)
    if (!not_analyzed.count(path))
      counts.files_partly_analyzed.push_back(path);
  counts.files_not_fixed = not_fixed.size();
  counts.handlers_not_found = handlers.size();
  counts.files_skipped = skipped.size();
  return counts;
}

std::string rule_name(const Report &report, const Diagnostic &diagnostic) {
  if (!report.registry)
    return diagnostic.rule_id;
  return report.registry->display_name(diagnostic.rule_id,
                                       diagnostic.location.file->path());
}

std::string describe_failures(const NoticeCounts &counts) {
  std::string text;
  auto add = [&](std::size_t n, const char *word, const char *what) {
    if (n > 0)
      text += (text.empty() ? "" : ", ") + std::to_string(n) + " " + word +
              (n == 1 ? "" : "s") + what;
  };
  add(counts.files_not_analyzed, "file", " could not be analyzed");
  if (const auto &partly = counts.files_partly_analyzed; !partly.empty()) {
    // Named: a summary must not pass them off as checked.
    constexpr std::size_t kNamed = 5;
    std::string names;
    for (std::size_t i = 0; i < partly.size() && i < kNamed; ++i)
      names += (i == 0 ? "" : ", ") + shown_path(partly[i]);
    if (partly.size() > kNamed)
      names += " and " + std::to_string(partly.size() - kNamed) + " more";
    add(partly.size(), "file", (" analyzed only in part (" + names + ")").c_str());
  }
  add(counts.files_not_fixed, "file", " could not be fixed");
  add(counts.handlers_not_found, "handler", " not found");
  return text;
}

void write_fixes(std::ostream &out, const Report &report) {
  out << "Fixed " << report.problems_fixed << " problem"
      << (report.problems_fixed == 1 ? "" : "s")
      << (report.problems_fixed ? ":" : ".") << "\n";
  for (const FixedFile &file : report.fixed_files) {
    out << "- " << shown_path(file.path) << ":\n";
    for (const auto &[rule, count] : file.fixes_by_rule)
      out << "    " << count << " \u00d7 " << rule << "\n";
  }
}

std::string notice_place(const FileNotice &notice) {
  std::string where = shown_path(notice.path);
  if (notice.location) {
    Position at = notice.location->file->position(notice.location->range.begin);
    where += ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
  }
  return where;
}

void write_notices(std::ostream &out, const std::vector<FileNotice> &notices) {
  for (const FileNotice &notice : notices)
    out << notice_place(notice) << ": " << to_string(notice.severity) << ": "
        << notice.message << "\n";
}

} // namespace hoist
