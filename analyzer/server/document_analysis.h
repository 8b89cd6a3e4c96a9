#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/overlay.h"
#include "engine/project_memo.h"
#include "output/report.h"
#include "server/server_settings.h"

namespace hoist::server {

/// What one analysis of the open documents found, by absolute path: the
/// findings (with their fixes, whose edits hold the texts analyzed), and
/// the notices that have a place (syntax errors, files hoist could not
/// read). `problems` are what stopped a document's analysis altogether (a
/// configuration file that does not load), for the editor to show.
struct DocumentAnalysis {
  std::map<std::string, std::vector<Diagnostic>> findings;
  std::map<std::string, std::vector<FileNotice>> notices;
  std::vector<std::string> problems;
};

/// What analyses keep of the projects between them (engine::ProjectMemo),
/// by the configuration file that governs them ("" for none).
using ProjectMemos = std::map<std::string, engine::ProjectMemo>;

/// Analyzes the documents (`documents`: their texts by absolute path) as
/// `hoist check` would analyze those files with those texts, with
/// `settings` over each one's configuration file: the documents under one
/// configuration file are checked together, and every document is read
/// from its text, so an edit to a helper module is seen by the handlers
/// that import it. Any language the engine checks; other documents are
/// left out. With `memos`, what the projects hold besides the documents
/// is taken from there, and kept there.
DocumentAnalysis analyze_documents(const Overlay &documents,
                                   const ServerSettings &settings,
                                   ProjectMemos *memos = nullptr);

} // namespace hoist::server
