#include "output/report.h"

#include <algorithm>

namespace hoist {

std::size_t Report::count(Severity severity) const {
  return static_cast<std::size_t>(std::count_if(
      diagnostics.begin(), diagnostics.end(),
      [&](const Diagnostic &d) { return d.severity == severity; }));
}

} // namespace hoist
