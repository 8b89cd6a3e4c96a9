#include "core/diagnostic.h"

#include <tuple>

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

bool diagnostic_order(const Diagnostic &a, const Diagnostic &b) {
  return std::tie(a.location.file->path(), a.location.range.begin,
                  a.location.range.end, a.rule_id) <
         std::tie(b.location.file->path(), b.location.range.begin,
                  b.location.range.end, b.rule_id);
}

} // namespace hoist
