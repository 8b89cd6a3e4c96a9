#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/file_discovery.h"
#include "cpp/cpp_catalogue.h"
#include "cpp/cpp_check.h"

namespace hoist::cpp {

/// What Clang could not analyze in files it compiled: the offsets of the
/// errors it went on after, and what it found anyway.
struct ClangGaps {
  const OffsetsByFile &error_offsets;
  const std::vector<Diagnostic> &findings;
};

/// Checks C++ files without compiling them, on tree-sitter-cpp: for code
/// whose headers are not at hand (no build, no SDK installed). Handlers are
/// what `run_handler(...)` is given and functions with the handler's
/// signature; constructions are found by their spelled names, resolved
/// through the file's `using` directives, declarations and namespace aliases.
/// Each finding says it was made this way (keep_first_mode_notes leaves
/// that note on the first one of each file that is reported). Each file runs its rules of `settings`, with the
/// awslambda checks' FollowCalls and ExtraClasses options; files are read
/// from its overlay when it holds them. With `gaps`, only the handlers whose
/// code (their body or a function they call) holds one of a file's error
/// offsets are checked, and what Clang found on the same line is not
/// reported again. `with_directives`, when given, receives the files read
/// whose text names `hoist:` (the only ones whose `hoist: ignore` comments
/// are read next), by path, as checked: no file is read twice.
CppCheckResult check_cpp_syntactically(
    const std::vector<DiscoveredFile> &files, const CppCatalogue &catalogue,
    const CppCheckSettings &settings, const ClangGaps *gaps = nullptr,
    std::map<std::string, SourceFilePtr> *with_directives = nullptr);

/// Leaves the syntactic mode's note (found without compiling) on the first
/// of `diagnostics` (in report order) of each file: said once per file, on
/// a finding that is reported, whatever suppressions removed before.
void keep_first_mode_notes(std::vector<Diagnostic> &diagnostics);

/// How many syntax errors tree-sitter-cpp finds in `text` (ERROR and
/// MISSING nodes): a fix made without compiling must not add any.
std::size_t cpp_syntax_errors(std::string_view text);

/// Whether `text` can hold a Lambda handler at all: files that cannot are
/// not parsed.
bool may_hold_cpp_handler(std::string_view text);

} // namespace hoist::cpp
