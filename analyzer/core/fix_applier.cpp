#include "core/fix_applier.h"

#include <algorithm>

namespace hoist {
namespace {

TextRange extent(const Fix &fix) {
  TextRange range{fix.edits.front().range.begin, fix.edits.front().range.end};
  for (const Edit &edit : fix.edits) {
    range.begin = std::min(range.begin, edit.range.begin);
    range.end = std::max(range.end, edit.range.end);
  }
  return range;
}

bool same_edit(const Edit &a, const Edit &b) {
  return a.range.begin == b.range.begin && a.range.end == b.range.end &&
         a.new_text == b.new_text;
}

bool edits_overlap(const Fix &a, const Fix &b) {
  // Whole statements that fixes with claims insert at module scope do not
  // depend on each other's order (claims_conflict keeps apart those that
  // would).
  bool statements = !a.claims.empty() && !b.claims.empty();
  for (const Edit &x : a.edits)
    for (const Edit &y : b.edits) {
      if (same_edit(x, y))
        continue; // made once (apply_edits)
      // Two insertions at one point, or an insertion inside a replacement,
      // conflict too: their order would be a guess.
      bool touching =
          x.range.begin < y.range.end && y.range.begin < x.range.end;
      bool same_point = x.range.begin == y.range.begin &&
                        !(statements && x.range.empty() && y.range.empty());
      bool inside = (x.range.empty() && y.range.begin < x.range.begin &&
                     x.range.begin < y.range.end) ||
                    (y.range.empty() && x.range.begin < y.range.begin &&
                     y.range.begin < x.range.end);
      if (touching || same_point || inside)
        return true;
    }
  return false;
}

/// True when `a` and `b` bind one module-level name differently.
bool claims_conflict(const Fix &a, const Fix &b) {
  for (const auto &[name, statement] : a.claims) {
    auto other = b.claims.find(name);
    if (other != b.claims.end() && other->second != statement)
      return true;
  }
  return false;
}

/// True when `edit` deletes whole lines of `text`.
bool deletes_lines(std::string_view text, const Edit &edit) {
  return edit.new_text.empty() && !edit.range.empty() &&
         (edit.range.begin == 0 || text[edit.range.begin - 1] == '\n') &&
         text[edit.range.end - 1] == '\n';
}

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// Where lines were deleted, at `junction` of `out`: a blank line that the
/// deletion left next to another, or after the line that opens a block (or
/// the file), or one before the line that closes it (or the file's end), is
/// dropped too, so that the fixed file reads as a person would write it.
/// Only blank lines between statements go: no language gives them meaning.
void close_gap(std::string &out, std::size_t junction) {
  std::size_t next_end = out.find('\n', junction);
  next_end = next_end == std::string::npos ? out.size() : next_end + 1;
  std::string_view next(out.data() + junction, next_end - junction);
  std::size_t prev_start =
      junction < 2 ? std::string::npos : out.rfind('\n', junction - 2);
  prev_start = prev_start == std::string::npos ? 0 : prev_start + 1;
  std::string_view prev(out.data() + prev_start, junction - prev_start);
  bool next_blank = !next.empty() && blank(next);
  bool prev_blank = junction > 0 && blank(prev);
  std::size_t last = prev.find_last_not_of(" \t\r\n");
  bool opens = junction == 0 || prev_blank ||
               (last != std::string_view::npos &&
                std::string_view("{[(:").find(prev[last]) !=
                    std::string_view::npos);
  std::size_t first = next.find_first_not_of(" \t");
  bool closes = next.empty() ||
                (first != std::string_view::npos &&
                 std::string_view("}])").find(next[first]) !=
                     std::string_view::npos);
  if (next_blank && opens)
    out.erase(junction, next.size());
  else if (prev_blank && closes)
    out.erase(prev_start, prev.size());
}

} // namespace

bool applicable(const Fix &fix, FixLevel level) {
  switch (fix.applicability) {
  case Applicability::Safe:
    return true;
  case Applicability::Unsafe:
    return level == FixLevel::Unsafe;
  case Applicability::Display:
    break;
  }
  return false;
}

std::vector<const Fix *>
choose_fixes(const std::vector<Diagnostic> &diagnostics, const SourceFile &file,
             FixLevel level) {
  std::vector<const Fix *> candidates;
  for (const Diagnostic &diagnostic : diagnostics) {
    if (!diagnostic.fix || diagnostic.fix->edits.empty() ||
        !applicable(*diagnostic.fix, level))
      continue;
    const Fix &fix = *diagnostic.fix;
    // By path: a module read again after its thread dropped it is another
    // SourceFile with the same text.
    bool here =
        std::all_of(fix.edits.begin(), fix.edits.end(), [&](const Edit &edit) {
          return edit.file->path() == file.path();
        });
    if (here)
      candidates.push_back(&fix);
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Fix *a, const Fix *b) {
                     return extent(*a).begin < extent(*b).begin;
                   });
  std::vector<const Fix *> chosen;
  for (const Fix *fix : candidates)
    if (std::none_of(chosen.begin(), chosen.end(), [&](const Fix *taken) {
          return edits_overlap(*taken, *fix) || claims_conflict(*taken, *fix);
        }))
      chosen.push_back(fix);
  return chosen;
}

std::string apply_edits(std::string_view text, std::vector<Edit> edits) {
  // Insertions at one point keep their order: the fixes' order, then each
  // fix's own.
  std::stable_sort(edits.begin(), edits.end(),
                   [](const Edit &a, const Edit &b) {
                     return a.range.begin < b.range.begin;
                   });
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  std::vector<std::size_t> junctions; // in `out`, where lines were deleted
  for (std::size_t i = 0; i < edits.size(); ++i) {
    const Edit &edit = edits[i];
    // An edit two fixes share (a statement both insert) is made once.
    bool made = false;
    for (std::size_t j = i;
         j > 0 && edits[j - 1].range.begin == edit.range.begin && !made; --j)
      made = same_edit(edits[j - 1], edit);
    if (made)
      continue;
    out.append(text.substr(at, edit.range.begin - at));
    out.append(edit.new_text);
    at = edit.range.end;
    if (deletes_lines(text, edit) &&
        (junctions.empty() || junctions.back() != out.size()))
      junctions.push_back(out.size());
  }
  out.append(text.substr(at));
  // From the last, so that the earlier junctions keep their place.
  for (auto junction = junctions.rbegin(); junction != junctions.rend();
       ++junction)
    close_gap(out, *junction);
  return out;
}

} // namespace hoist
