#include "core/suppressions.h"

#include <algorithm>
#include <map>

#include "core/closest_name.h"
#include "core/rule_registry.h"
#include "core/suppression_comment.h"

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

/// Deletes the comment and the blanks before it; the whole line when the
/// comment is all there is on it.
Fix removal(const Suppression &suppression) {
  const SourceFile &file = *suppression.comment.file;
  std::size_t line_start = file.lines().line_start(suppression.line);
  std::size_t begin = suppression.comment.range.begin;
  while (begin > line_start &&
         (file.text()[begin - 1] == ' ' || file.text()[begin - 1] == '\t'))
    --begin;
  std::size_t end = suppression.comment.range.end;
  if (begin == line_start && suppression.line < file.lines().line_count())
    end = file.lines().line_start(suppression.line + 1);
  Fix fix;
  fix.title = "remove the unused suppression";
  fix.applicability = Applicability::Safe;
  fix.edits.push_back({suppression.comment.file, {begin, end}, ""});
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
    diagnostic.rule_id = kUnusedSuppressionRule;
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
