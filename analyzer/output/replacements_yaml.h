#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace hoist {

/// One finding as clang-tidy exports it, with the fix to apply (none: it is
/// listed with no replacements).
struct ExportedFinding {
  std::string name; ///< clang-tidy's check name: awslambda-client-in-handler
  const Diagnostic *diagnostic = nullptr;
  const Fix *fix = nullptr;
};

/// clang-tidy's --export-fixes file, which clang-apply-replacements applies:
/// MainSourceFile, then Diagnostics (DiagnosticName, DiagnosticMessage with
/// Message, FilePath, FileOffset and Replacements of FilePath, Offset,
/// Length, ReplacementText; Level, BuildDirectory). Paths are absolute;
/// offsets are bytes of the file as read.
void write_replacements_yaml(std::ostream &out,
                             const std::filesystem::path &main_file,
                             const std::filesystem::path &build_directory,
                             const std::vector<ExportedFinding> &findings);

} // namespace hoist
