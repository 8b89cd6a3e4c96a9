#include "server/code_actions.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "core/file_kinds.h"
#include "core/fix_applier.h"
#include "core/line_index.h"
#include "core/file_uri.h"

namespace hoist::server {
namespace {

std::string absolute_of(const std::string &path) {
  return std::filesystem::absolute(path).lexically_normal().string();
}

/// `edits` as a WorkspaceEdit's documentChanges, one TextDocumentEdit per
/// file, each with the version of the text the edits were made on.
nlohmann::json workspace_edit(const std::vector<Edit> &edits,
                              const CodeActionQuery &query) {
  std::map<std::string, std::pair<SourceFilePtr, nlohmann::json>> by_file;
  for (const Edit &edit : edits) {
    auto &[file, text_edits] = by_file[absolute_of(edit.file->path())];
    file = edit.file;
    TextPositions positions(file->text(), query.encoding);
    text_edits.push_back(
        {{"range", positions.range(edit.range.begin, edit.range.end)},
         {"newText", edit.new_text}});
  }
  nlohmann::json changes = nlohmann::json::array();
  for (auto &[path, entry] : by_file) {
    std::optional<std::int64_t> version = query.version_of(path);
    changes.push_back(
        {{"textDocument",
          {{"uri", uri_of_path(path)},
           {"version", version ? nlohmann::json(*version) : nullptr}}},
         {"edits", std::move(entry.second)}});
  }
  return {{"documentChanges", std::move(changes)}};
}

/// A `hoist: ignore[rule]` comment at the end of the finding's line, in
/// the comment its file's kind writes; none in a file of no front-end's
/// kind, whose comments hoist does not know.
std::optional<Edit> suppression_edit(const Diagnostic &finding) {
  const SourceFile &file = *finding.location.file;
  const FileKind *kind = file_kind_of(file.path());
  if (!kind)
    return std::nullopt;
  LineIndex lines(file.text());
  std::size_t line = lines.position(finding.location.range.begin).line;
  std::size_t end = lines.line_start(line) + lines.line_text(line).size();
  return Edit{finding.location.file,
              {end, end},
              "  " + kind->line_comment + " hoist: ignore[" + finding.rule_id +
                  "]"};
}

bool wanted(const CodeActionQuery &query, const std::string &kind) {
  if (query.only.empty())
    return true;
  // "source" asks for "source.fixAll.hoist" too: kinds are hierarchical.
  return std::any_of(query.only.begin(), query.only.end(),
                     [&](const std::string &asked) {
                       return kind == asked ||
                              kind.compare(0, asked.size() + 1, asked + ".") ==
                                  0;
                     });
}

} // namespace

nlohmann::json code_actions(const std::vector<Diagnostic> &findings,
                            const CodeActionQuery &query) {
  nlohmann::json actions = nlohmann::json::array();
  if (wanted(query, "quickfix"))
    for (const Diagnostic &finding : findings) {
      const TextRange &range = finding.location.range;
      // Touching the range asked about: a cursor at the finding's end too.
      if (range.end < query.begin || range.begin > query.end)
        continue;
      const Fix *fix = finding.fix ? &*finding.fix : nullptr;
      if (fix && fix->applicability != Applicability::Display &&
          (fix->applicability == Applicability::Safe || query.unsafe_fixes)) {
        bool safe = fix->applicability == Applicability::Safe;
        actions.push_back(
            {{"title", fix->title + (safe ? "" : " (unsafe: may change "
                                                 "behaviour)")},
             {"kind", "quickfix"},
             {"isPreferred", safe},
             {"edit", workspace_edit(fix->edits, query)}});
      }
      if (std::optional<Edit> suppression = suppression_edit(finding))
        actions.push_back({{"title", "Ignore this finding (hoist: ignore[" +
                                         finding.rule_id + "])"},
                           {"kind", "quickfix"},
                           {"edit", workspace_edit({*suppression}, query)}});
    }
  if (wanted(query, kFixAllKind) && !findings.empty()) {
    std::vector<const Fix *> fixes =
        choose_fixes(findings, *findings.front().location.file, FixLevel::Safe);
    std::vector<Edit> edits;
    // An edit two fixes make (an import both need) is made once, as
    // apply_edits makes it.
    for (const Fix *fix : fixes)
      for (const Edit &edit : fix->edits)
        if (std::none_of(edits.begin(), edits.end(), [&](const Edit &known) {
              return known.file == edit.file && known.range == edit.range &&
                     known.new_text == edit.new_text;
            }))
          edits.push_back(edit);
    if (!edits.empty())
      actions.push_back({{"title", "Fix all safe hoist findings"},
                         {"kind", kFixAllKind},
                         {"edit", workspace_edit(edits, query)}});
  }
  return actions;
}

} // namespace hoist::server
