#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fix.h"
#include "core/source_file.h"
#include "core/text_range.h"

namespace hoist {

enum class Severity { Warning, Error };

std::string_view to_string(Severity severity);

/// A related location that explains a diagnostic: the handler, a call on the
/// chain that reaches the construction.
struct Note {
  Location location;
  std::string message;
};

/// Whether the construction a diagnostic reports can simply move to where it
/// runs once (module scope, `main()`), and why.
struct Hoistability {
  bool hoistable = false;
  std::string reason;
};

/// What a construction's message adds when it cannot move: "; no fix: it
/// depends on 'event', the event" (a reason starting "depends" or "reads"
/// gets its subject, one starting "built" its "it is").
std::string no_fix_clause(const std::string &reason);

/// What a construction's diagnostic is about, for whatever needs more than
/// its message (the writers, verify): nothing parses messages.
struct Subject {
  /// The API called: `boto3.client`, `Aws::S3::S3Client`.
  std::string api;
  /// What it builds, as the catalogue says: "an AWS SDK client".
  std::string builds;
  /// Known where the front-end decides it (Python).
  std::optional<Hoistability> hoistability;
};

/// A handler that reaches a finding: its name and where it is.
struct ReachingHandler {
  std::string name;
  Location location;
};

struct Diagnostic {
  std::string rule_id;
  Severity severity = Severity::Warning;
  Location location;
  std::string message;
  std::vector<Note> notes;
  std::optional<Fix> fix;
  std::optional<Subject> subject; ///< for constructions only
  /// The calls that lead from the handler to the finding: a suppression
  /// comment on any of their lines also applies.
  std::vector<Location> call_path;
  /// The handlers that reach it: the one the message names first, then
  /// those whose finding at the same place was folded into this one
  /// (reaching_handlers.h). Empty where no handler is named.
  std::vector<ReachingHandler> handlers;
};

/// Gives `diagnostic` `fix`. An unsafe one's reason ends the message ("; no
/// safe fix: ..."), as a construction's does: text output shows a fix's
/// title only.
void give_fix(Diagnostic &diagnostic, std::optional<Fix> fix);

/// How far a finding's fix may be applied: 0 none, 1 display only, 2 with
/// --unsafe-fixes, 3 by --fix. A construction several handlers reach moves
/// for all of them, so the finding kept takes the least of theirs.
int fix_level(const Diagnostic &diagnostic);

/// Orders diagnostics by path, then position, then rule id, for stable output.
bool diagnostic_order(const Diagnostic &a, const Diagnostic &b);

/// Makes every text of `diagnostic` a writer prints (its message, its notes,
/// its fix's title and reason, its subject's reason) one line: a finding is
/// one line in the concise, GitHub and GitLab formats, and a quoted
/// excerpt that kept a line break of the source would break it.
void keep_on_one_line(Diagnostic &diagnostic);

/// Sorts `diagnostics` in diagnostic_order and keeps one of each finding
/// reported more than once (the same rule, place and message), as where two
/// analyses of one file meet.
void sort_without_repeats(std::vector<Diagnostic> &diagnostics);

} // namespace hoist
