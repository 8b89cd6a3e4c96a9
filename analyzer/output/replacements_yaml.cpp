#include "output/replacements_yaml.h"

#include "core/quoted_text.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

// A double-quoted YAML scalar: every byte survives (newlines, quotes,
// backslashes, control characters as escapes; UTF-8 as it is).
std::string yaml_quoted(std::string_view text) {
  return quoted(text, ControlEscape::Hex);
}

std::string absolute(const std::string &path) {
  return fs::absolute(path).lexically_normal().string();
}

} // namespace

void write_replacements_yaml(std::ostream &out, const fs::path &main_file,
                             const fs::path &build_directory,
                             const std::vector<ExportedFinding> &findings) {
  out << "---\n";
  out << "MainSourceFile: " << yaml_quoted(main_file.string()) << "\n";
  out << "Diagnostics:" << (findings.empty() ? " []" : "") << "\n";
  for (const ExportedFinding &finding : findings) {
    const Diagnostic &diagnostic = *finding.diagnostic;
    out << "  - DiagnosticName: " << yaml_quoted(finding.name) << "\n";
    out << "    DiagnosticMessage:\n";
    out << "      Message: " << yaml_quoted(diagnostic.message) << "\n";
    out << "      FilePath: "
        << yaml_quoted(absolute(diagnostic.location.file->path())) << "\n";
    out << "      FileOffset: " << diagnostic.location.range.begin << "\n";
    if (!finding.fix || finding.fix->edits.empty()) {
      out << "      Replacements: []\n";
    } else {
      out << "      Replacements:\n";
      for (const Edit &edit : finding.fix->edits)
        out << "        - FilePath: " << yaml_quoted(absolute(edit.file->path()))
            << "\n"
            << "          Offset: " << edit.range.begin << "\n"
            << "          Length: " << edit.range.end - edit.range.begin
            << "\n"
            << "          ReplacementText: " << yaml_quoted(edit.new_text) << "\n";
    }
    out << "    Level: "
        << (diagnostic.severity == Severity::Error ? "Error" : "Warning")
        << "\n";
    out << "    BuildDirectory: " << yaml_quoted(build_directory.string()) << "\n";
  }
  out << "...\n";
}

} // namespace hoist
