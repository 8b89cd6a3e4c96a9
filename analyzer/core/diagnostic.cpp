#include "core/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "core/message_excerpt.h"

namespace hoist {

std::string_view to_string(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

std::string_view to_string(Applicability applicability) {
  switch (applicability) {
  case Applicability::Safe:
    return "safe";
  case Applicability::Unsafe:
    return "unsafe";
  case Applicability::Display:
    break;
  }
  return "display";
}

void keep_on_one_line(Diagnostic &diagnostic) {
  auto fix = [](std::string &text) {
    if (text.find_first_of("\n\r") != std::string::npos)
      text = one_line(text);
  };
  fix(diagnostic.message);
  for (Note &note : diagnostic.notes)
    fix(note.message);
  if (diagnostic.fix) {
    fix(diagnostic.fix->title);
    fix(diagnostic.fix->unsafe_because);
  }
  if (diagnostic.subject && diagnostic.subject->hoistability)
    fix(diagnostic.subject->hoistability->reason);
}

void give_fix(Diagnostic &diagnostic, std::optional<Fix> fix) {
  if (fix && fix->applicability == Applicability::Unsafe &&
      !fix->unsafe_because.empty())
    diagnostic.message += "; no safe fix: " + fix->unsafe_because;
  diagnostic.fix = std::move(fix);
}

std::string no_fix_clause(const std::string &reason) {
  auto starts = [&](const char *word) { return reason.rfind(word, 0) == 0; };
  return "; no fix: " +
         std::string(starts("depends") || starts("reads") ? "it "
                     : starts("built")                     ? "it is "
                                                           : "") +
         reason;
}

int fix_level(const Diagnostic &diagnostic) {
  if (!diagnostic.fix)
    return 0;
  switch (diagnostic.fix->applicability) {
  case Applicability::Display:
    return 1;
  case Applicability::Unsafe:
    return 2;
  case Applicability::Safe:
    return 3;
  }
  return 0;
}

bool diagnostic_order(const Diagnostic &a, const Diagnostic &b) {
  return std::tie(a.location.file->path(), a.location.range.begin,
                  a.location.range.end, a.rule_id) <
         std::tie(b.location.file->path(), b.location.range.begin,
                  b.location.range.end, b.rule_id);
}

void sort_without_repeats(std::vector<Diagnostic> &diagnostics) {
  auto key = [](const Diagnostic &d) {
    return std::tie(d.location.file->path(), d.location.range.begin,
                    d.location.range.end, d.rule_id, d.message);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic &a, const Diagnostic &b) {
                     return key(a) < key(b);
                   });
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(),
                                [&](const Diagnostic &a, const Diagnostic &b) {
                                  return key(a) == key(b);
                                }),
                    diagnostics.end());
}

} // namespace hoist
