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
  }
  out.append(text.substr(at));
  return out;
}

} // namespace hoist
