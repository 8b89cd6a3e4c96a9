#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/file_discovery.h"
#include "core/file_notice.h"
#include "core/fix_applier.h"
#include "core/overlay.h"
#include "core/source_encoding.h"

namespace hoist::engine {

/// A file the fixes changed: what it held when read, and what it holds now.
struct ChangedFile {
  std::string display_path;
  std::filesystem::path path;
  std::string original;
  std::string fixed;
  std::size_t fixes = 0; ///< how many fixes made the change
  std::size_t problems_fixed = 0; ///< how many findings they fixed
  std::map<std::string, std::size_t> fixes_by_rule; ///< --show-fixes
  /// What the file is written in: its texts above are UTF-8.
  SourceEncoding encoding = SourceEncoding::Utf8;
};

/// What the fix loop asks of a front-end.
struct FixableFrontEnd {
  /// Analyzes the files as `overlay` has them; returns the findings fixes
  /// are chosen from (as reported: suppressions and ignores applied).
  std::function<const std::vector<Diagnostic> &(const Overlay &overlay)>
      analyze;
  /// How many errors `text` holds as the file at `path` (absolute): syntax
  /// errors, or what the compiler reports. A fix must not add any.
  std::function<std::size_t(const std::string &path, const std::string &text)>
      errors;
  /// What a file with more errors would not do: "parse", "compile".
  std::string would_not = "parse";
};

/// What the fixes did, in memory.
struct FixOutcome {
  std::map<std::string, ChangedFile> changed; ///< by absolute path
  std::size_t fixes_applied = 0;
  std::vector<FileNotice> notices; ///< fixes dropped, and why
  /// The fixes of the last analysis that were tried and dropped: the
  /// report must not offer them as fixes it can make.
  std::set<const Fix *> dropped;
};

/// Takes the dropped fixes off the last analysis's `diagnostics`.
void withdraw_dropped_fixes(std::vector<Diagnostic> &diagnostics,
                            const FixOutcome &outcome);

/// Analyzes, applies the applicable fixes in memory, and analyzes again,
/// until no fix applies or a pass bound is reached; the last analysis is of
/// the fixed texts. A file's fixes are kept only if the fixed text has no
/// more errors than before; otherwise the first fix that does is kept and
/// the others are reported, and so are the fixes of a file that its
/// encoding (latin-1, say) could not hold any more. New lines in fixes are
/// written the way the file writes them (CRLF or LF). Only files among `files` are changed. Nothing
/// is written. The files are first read as `start` has them (stdin, an
/// editor's buffers), else from the disk.
FixOutcome fix_until_stable(const std::vector<DiscoveredFile> &files,
                            const FixableFrontEnd &front_end, FixLevel level,
                            const Overlay &start = {});

} // namespace hoist::engine
