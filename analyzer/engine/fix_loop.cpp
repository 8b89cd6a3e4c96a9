#include "engine/fix_loop.h"

#include <algorithm>
#include <limits>
#include <set>

namespace hoist::engine {
namespace {

namespace fs = std::filesystem;

// Fixes can enable other fixes (a hoist frees a name, a second object joins
// the lambda the first C++ fix wrote); a bound keeps a pathological cycle
// from running forever.
constexpr int kMaxPasses = 10;

/// The fixes' edits, with new lines written the way the file writes them:
/// fixes say "\n", a CRLF file gets "\r\n".
std::vector<Edit> edits_of(const std::vector<const Fix *> &fixes,
                           const SourceFile &file) {
  bool crlf = file.text().find("\r\n") != std::string_view::npos;
  std::vector<Edit> edits;
  for (const Fix *fix : fixes)
    for (Edit edit : fix->edits) {
      if (crlf) {
        std::string text;
        for (std::size_t i = 0; i < edit.new_text.size(); ++i) {
          if (edit.new_text[i] == '\n' &&
              (i == 0 || edit.new_text[i - 1] != '\r'))
            text += '\r';
          text += edit.new_text[i];
        }
        edit.new_text = std::move(text);
      }
      edits.push_back(std::move(edit));
    }
  return edits;
}

std::string absolute_of(const std::string &path) {
  return fs::absolute(path).lexically_normal().string();
}

/// Counts `applied`, fixes of some of `diagnostics`, as made in `file`.
void count_applied(ChangedFile &file,
                   const std::vector<Diagnostic> &diagnostics,
                   const std::vector<const Fix *> &applied) {
  file.fixes += applied.size();
  for (const Fix *fix : applied)
    file.problems_fixed += fix->resolves;
  for (const Diagnostic &diagnostic : diagnostics)
    if (diagnostic.fix &&
        std::count(applied.begin(), applied.end(), &*diagnostic.fix))
      file.fixes_by_rule[diagnostic.rule_id] += diagnostic.fix->resolves;
}

} // namespace

FixOutcome fix_until_stable(const std::vector<DiscoveredFile> &files,
                            const FixableFrontEnd &front_end, FixLevel level,
                            const Overlay &start) {
  FixOutcome out;
  Overlay overlay = start;
  std::set<std::string> checked;
  for (const DiscoveredFile &file : files)
    checked.insert(absolute_of(file.path));
  std::set<std::string> reported_drops;

  for (int pass = 0;; ++pass) {
    const std::vector<Diagnostic> &diagnostics = front_end.analyze(overlay);
    out.dropped.clear(); // (of the analysis before)
    if (pass == kMaxPasses)
      break;
    // The files with fixes to apply, in report order.
    std::map<std::string, SourceFilePtr> targets;
    for (const Diagnostic &diagnostic : diagnostics)
      if (diagnostic.fix && applicable(*diagnostic.fix, level)) {
        const SourceFilePtr &file = diagnostic.location.file;
        std::string absolute = absolute_of(file->path());
        if (checked.count(absolute))
          targets.emplace(absolute, file);
      }
    bool changed = false;
    for (const auto &[absolute, file] : targets) {
      std::vector<const Fix *> fixes = choose_fixes(diagnostics, *file, level);
      if (fixes.empty())
        continue;
      std::string text(file->text());
      std::size_t errors_before = front_end.errors(absolute, text);
      std::string fixed = apply_edits(text, edits_of(fixes, *file));
      std::vector<const Fix *> kept = fixes;
      if (front_end.errors(absolute, fixed) > errors_before) {
        // Keep the first fix that works on its own; report the others.
        fixed = text;
        kept.clear();
        for (const Fix *fix : fixes) {
          std::string candidate = apply_edits(text, edits_of({fix}, *file));
          if (front_end.errors(absolute, candidate) <= errors_before) {
            fixed = std::move(candidate);
            kept = {fix};
            break; // the others are tried again on the next pass's text
          }
          out.dropped.insert(fix);
          if (reported_drops.insert(file->path() + fix->title).second)
            out.notices.push_back({Severity::Warning, file->path(),
                                   std::nullopt,
                                   "fix '" + fix->title +
                                       "' dropped: the fixed file would not " +
                                       front_end.would_not,
                                   NoticeKind::Fix});
        }
      }
      if (kept.empty() || fixed == text)
        continue;
      // The file is written back in its own encoding (later passes read it
      // from the overlay, as UTF-8).
      SourceEncoding encoding = file->encoding();
      if (auto known = out.changed.find(absolute); known != out.changed.end())
        encoding = known->second.encoding;
      std::string refused;
      // Python reads a coding line on line 1 or 2 only: an edit above one
      // may move it in or out, and the same bytes would read otherwise.
      if (declared_encoding_name(fixed) != declared_encoding_name(text))
        refused = "the fixed file would declare another encoding (a coding "
                  "line would move into or out of its first two lines)";
      else if (std::holds_alternative<std::size_t>(
                   encode_source(fixed, encoding)))
        refused = "the fixed file would hold a character that its encoding, " +
                  std::string(name_of(encoding)) + ", cannot";
      if (!refused.empty()) {
        for (const Fix *fix : kept) {
          out.dropped.insert(fix);
          if (reported_drops.insert(file->path() + fix->title).second)
            out.notices.push_back({Severity::Warning, file->path(),
                                   std::nullopt,
                                   "fix '" + fix->title + "' dropped: " +
                                       refused,
                                   NoticeKind::Fix});
        }
        continue;
      }
      auto [entry, fresh] = out.changed.try_emplace(absolute);
      if (fresh) {
        entry->second = {file->path(), absolute, text, "", 0, 0, {}};
        entry->second.encoding = encoding;
      }
      entry->second.fixed = fixed;
      count_applied(entry->second, diagnostics, kept);
      overlay[absolute] = std::move(fixed);
      out.fixes_applied += kept.size();
      changed = true;
    }
    if (!changed)
      break;
  }
  return out;
}

void withdraw_dropped_fixes(std::vector<Diagnostic> &diagnostics,
                            const FixOutcome &outcome) {
  for (Diagnostic &diagnostic : diagnostics)
    if (diagnostic.fix && outcome.dropped.count(&*diagnostic.fix))
      diagnostic.fix.reset();
}

} // namespace hoist::engine
