#include "core/shown_path.h"
#include "output/writers.h"

namespace hoist {

void write_concise(std::ostream &out, const Report &report) {
  for (const Diagnostic &diagnostic : report.diagnostics) {
    const SourceFile &file = *diagnostic.location.file;
    Position at = file.position(diagnostic.location.range.begin);
    out << shown_path(file.path()) << ":" << at.line << ":" << at.column << ": "
        << rule_name(report, diagnostic) << " " << diagnostic.message << "\n";
  }
}

} // namespace hoist
