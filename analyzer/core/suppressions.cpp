#include "core/suppressions.h"

#include <algorithm>
#include <map>

#include "core/closest_name.h"
#include "core/rule_registry.h"
#include "core/suppression_comment.h"
#include "rules/rule_ids.h"

namespace hoist {
namespace {

bool covers(Suppression &suppression, const std::string &rule) {
  if (suppression.rules.empty()) {
    suppression.used[0] = true;
    return true;
  }
  for (std::size_t i = 0; i < suppression.rules.size(); ++i)
    if (canonical_rule_id(suppression.rules[i]) == rule) {
      suppression.used[i] = true;
      return true;
    }
  return false;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// The comment's own opening ("#", "//" or "/*").
std::string_view comment_leader(std::string_view comment) {
  if (comment.rfind("//", 0) == 0 || comment.rfind("/*", 0) == 0)
    return comment.substr(0, 2);
  if (comment.rfind("#", 0) == 0)
    return comment.substr(0, 1);
  return {};
}

/// The whole comment and the blanks before it; the whole line when the
/// comment is all there is on it.
TextRange whole_comment(const Suppression &suppression) {
  const SourceFile &file = *suppression.comment.file;
  std::size_t line_start = file.lines().line_start(suppression.line);
  std::size_t begin = suppression.comment.range.begin;
  while (begin > line_start && is_blank(file.text()[begin - 1]))
    --begin;
  std::size_t end = suppression.comment.range.end;
  if (begin == line_start && suppression.line < file.lines().line_count())
    end = file.lines().line_start(suppression.line + 1);
  return {begin, end};
}

/// What to delete so that only the directive goes: other tools' directives
/// and notes in the same comment (`# noqa: E501 hoist: ignore[...]`,
/// `# hoist: ignore[...]  # type: ignore`, `# pragma: no cover  # hoist:
/// ignore[...]`) stay, and a comment that is only the directive goes whole.
TextRange directive_removal(const Suppression &suppression) {
  const std::string_view text = suppression.comment.file->text();
  const TextRange comment = suppression.comment.range;
  const std::string_view leader =
      comment_leader(text.substr(comment.begin, comment.end - comment.begin));
  std::size_t body_end = comment.end;
  if (leader == "/*" && comment.end - comment.begin >= 4 &&
      text.substr(comment.end - 2, 2) == "*/")
    body_end -= 2;
  std::size_t before = suppression.directive.begin; // blanks before it
  while (before > comment.begin + leader.size() && is_blank(text[before - 1]))
    --before;
  std::size_t after = suppression.directive.end; // what follows, past blanks
  while (after < body_end && is_blank(text[after]))
    ++after;
  const bool nothing_before = before == comment.begin + leader.size();
  const bool nothing_after = after == body_end;
  if (nothing_before && nothing_after)
    return whole_comment(suppression);
  if (nothing_before) // "# hoist: ignore[..]  # type: ignore" keeps the second
    return text.substr(after, leader.size()) == leader && !leader.empty()
               ? TextRange{comment.begin, after}
               : TextRange{suppression.directive.begin, after};
  if (!nothing_after) // "# noqa hoist: ignore[..] note": the note stays
    return {suppression.directive.begin, after};
  // "# pragma: no cover  # hoist: ignore[..]": its own "#" goes with it.
  if (!leader.empty() && before - leader.size() > comment.begin &&
      text.substr(before - leader.size(), leader.size()) == leader) {
    before -= leader.size();
    while (before > comment.begin + leader.size() && is_blank(text[before - 1]))
      --before;
  }
  return {before, suppression.directive.end};
}

Fix removal(const Suppression &suppression) {
  Fix fix;
  fix.title = "remove the unused suppression";
  fix.applicability = Applicability::Safe;
  fix.edits.push_back(
      {suppression.comment.file, directive_removal(suppression), ""});
  return fix;
}

/// "; did you mean 'client-in-handler'?" for a mistyped rule id.
std::string typo_advice(const std::string &rule,
                        const std::unordered_set<std::string> &known_rules) {
  std::vector<std::string> candidates(known_rules.begin(), known_rules.end());
  std::sort(candidates.begin(), candidates.end()); // a tie names the same one
  return did_you_mean(rule, candidates);
}

} // namespace

std::vector<Suppression>
read_suppressions(const SourceFilePtr &file,
                  const std::vector<TextRange> &comments) {
  std::vector<Suppression> out;
  for (const TextRange &range : comments) {
    std::optional<SuppressionComment> directive =
        parse_suppression_comment(file->slice(range));
    if (!directive)
      continue;
    Suppression suppression;
    suppression.comment = {file, range};
    suppression.directive = {range.begin + directive->begin,
                             range.begin + directive->end};
    suppression.line = file->position(range.begin).line;
    suppression.file_level = directive->file_level;
    suppression.rules = std::move(directive->rules);
    suppression.used.assign(std::max<std::size_t>(suppression.rules.size(), 1),
                            false);
    out.push_back(std::move(suppression));
  }
  return out;
}

void apply_suppressions(std::vector<Diagnostic> &diagnostics,
                        std::vector<Suppression> &suppressions) {
  // (path, line) -> suppressions there; path -> file-level ones. By path:
  // a file may be read more than once (by several analysis threads).
  std::map<std::pair<std::string, std::size_t>, std::vector<Suppression *>>
      by_line;
  std::map<std::string, std::vector<Suppression *>> by_file;
  for (Suppression &suppression : suppressions) {
    const std::string &file = suppression.comment.file->path();
    if (suppression.file_level)
      by_file[file].push_back(&suppression);
    else
      by_line[{file, suppression.line}].push_back(&suppression);
  }
  auto suppressed_at = [&](const Location &location, const std::string &rule) {
    auto it =
        by_line.find({location.file->path(),
                      location.file->position(location.range.begin).line});
    if (it == by_line.end())
      return false;
    bool any = false;
    for (Suppression *suppression : it->second)
      any = covers(*suppression, rule) || any;
    return any;
  };
  auto suppressed = [&](const Diagnostic &diagnostic) {
    bool any = suppressed_at(diagnostic.location, diagnostic.rule_id);
    for (const Location &call : diagnostic.call_path)
      any = suppressed_at(call, diagnostic.rule_id) || any;
    if (auto it = by_file.find(diagnostic.location.file->path());
        it != by_file.end())
      for (Suppression *suppression : it->second)
        any = covers(*suppression, diagnostic.rule_id) || any;
    return any;
  };
  diagnostics.erase(
      std::remove_if(diagnostics.begin(), diagnostics.end(), suppressed),
      diagnostics.end());
}

std::vector<Diagnostic>
unused_suppressions(const std::vector<Suppression> &suppressions,
                    const std::unordered_set<std::string> &enabled_rules,
                    const std::unordered_set<std::string> &known_rules,
                    Severity severity) {
  std::vector<Diagnostic> out;
  for (const Suppression &suppression : suppressions) {
    std::vector<std::string> unused;
    bool judged_all = true;
    if (suppression.rules.empty() && !suppression.used[0])
      unused.push_back("");
    for (std::size_t i = 0; i < suppression.rules.size(); ++i) {
      const std::string &rule = suppression.rules[i];
      if (suppression.used[i])
        continue;
      const std::string id = canonical_rule_id(rule);
      if (known_rules.count(id) && !enabled_rules.count(id)) {
        judged_all = false; // not run, so it cannot be judged
        continue;
      }
      unused.push_back(rule);
    }
    if (unused.empty())
      continue;
    Diagnostic diagnostic;
    diagnostic.rule_id = rules::kUnusedSuppression;
    diagnostic.severity = severity;
    diagnostic.location = suppression.comment;
    std::string what;
    for (const std::string &rule : unused) {
      if (!what.empty())
        what += ", ";
      if (rule.empty())
        what += "every rule";
      else if (known_rules.count(canonical_rule_id(rule)))
        what += "'" + rule + "'";
      else
        what += "'" + rule + "' (not a hoist rule" + typo_advice(rule, known_rules) + ")";
    }
    diagnostic.message = "this suppression of " + what +
                         " matches no finding; remove it so it does not hide "
                         "a future one";
    std::size_t total = std::max<std::size_t>(suppression.rules.size(), 1);
    if (judged_all && unused.size() == total)
      diagnostic.fix = removal(suppression);
    out.push_back(std::move(diagnostic));
  }
  return out;
}

} // namespace hoist
