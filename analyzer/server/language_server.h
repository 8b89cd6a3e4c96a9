#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/rule_registry.h"
#include "server/document_analysis.h"
#include "server/document_store.h"
#include "server/json_rpc.h"
#include "server/server_settings.h"
#include "server/text_positions.h"

namespace hoist::server {

/// `hoist server`: the Language Server Protocol 3.17 over a connection. The
/// open documents are analyzed together, from their texts, on a worker
/// thread a short while after the last change (newer versions supersede
/// the work on older ones), and their diagnostics are pushed; requests
/// (code actions, hover, pulled diagnostics) are answered from an analysis
/// of the documents' current versions.
class LanguageServer {
public:
  LanguageServer(JsonRpcConnection &connection, RuleRegistry registry,
                 std::chrono::milliseconds debounce);
  ~LanguageServer();

  /// Serves until `exit` or the end of the input; returns the exit status
  /// LSP asks for: 0 after a shutdown request, 1 otherwise.
  int run();

private:
  /// One analysis's findings in a document, of the version it analyzed.
  struct DocumentFindings {
    std::int64_t version = 0;
    std::vector<Diagnostic> findings;
    std::vector<FileNotice> notices;
  };

  /// A pull of diagnostics (textDocument/diagnostic, or workspace/diagnostic
  /// when `uri` is empty) waiting for the analysis of the current versions.
  struct PendingPull {
    nlohmann::json id;
    std::string uri;
  };

  void handle(const std::string &body, const std::string &framing_error);
  /// The result of request `id`; nothing when it is answered later (a pull
  /// of diagnostics that waits for an analysis).
  std::optional<nlohmann::json> answer(const nlohmann::json &id,
                                       const std::string &method,
                                       const nlohmann::json &params);
  void notified(const std::string &method, const nlohmann::json &params);

  nlohmann::json initialize(const nlohmann::json &params);
  nlohmann::json code_action(const nlohmann::json &params);
  nlohmann::json hover_at(const nlohmann::json &params);
  /// Answers a pull now when the findings are of the current versions,
  /// else queues it for the worker: the main thread goes on reading (a
  /// newer version, a $/cancelRequest).
  std::optional<nlohmann::json> pull(const nlohmann::json &id,
                                     const std::string &uri);
  /// The answer to `pulled`, or nothing while the findings it asks for are
  /// of older versions. Called with `mutex_` held.
  std::optional<nlohmann::json> pull_answer(const PendingPull &pulled) const;
  /// Answers the queued pulls that the last analysis can. Called with
  /// `mutex_` held.
  void answer_pulls();
  /// $/cancelRequest: a queued pull is answered RequestCancelled.
  void cancel(const nlohmann::json &id);
  void update_settings(const nlohmann::json &options);
  /// Notes that the projects' memos are stale when `changes` (of
  /// didChangeWatchedFiles) create or delete a file, or change a deployment
  /// or configuration file.
  void files_changed(const nlohmann::json &changes);

  /// Marks the documents changed: the worker analyzes them after the
  /// debounce.
  void schedule();
  void work();
  /// Analyzes the open documents as they are now and publishes what
  /// changed; serialized with itself.
  void analyze_now();
  /// The findings of `uri` at its current version, analyzing first when
  /// the last analysis is of another version. Called with `mutex_` held
  /// (by `lock`), which it releases while it analyzes.
  const DocumentFindings *current_findings(const std::string &uri,
                                           std::unique_lock<std::mutex> &lock);
  /// The last analysis's findings of `uri`, when it analyzed the version
  /// open now (a later change to another document may still change them).
  const DocumentFindings *of_current_version(const std::string &uri) const;
  nlohmann::json lsp_diagnostics(const DocumentFindings &findings) const;
  void publish(const std::string &uri, const DocumentFindings &findings);
  void show_message(const std::string &message, int type);

  JsonRpcConnection &connection_;
  const RuleRegistry registry_;
  const std::chrono::milliseconds debounce_;

  // The protocol's state: the main thread's alone.
  bool initialized_ = false;
  bool shutdown_requested_ = false;
  bool client_pulls_ = false; ///< the client asks for diagnostics itself
  bool refresh_support_ = false;
  bool watches_files_ = false; ///< the client registers file watchers
  std::atomic<std::int64_t> next_request_id_{0}; ///< of the server's requests

  std::mutex mutex_; ///< guards what follows, shared with the worker
  DocumentStore documents_;
  ServerSettings settings_;
  PositionEncoding encoding_ = PositionEncoding::Utf16;
  std::uint64_t generation_ = 0; ///< counts the changes
  std::uint64_t analyzed_generation_ = 0;
  std::map<std::string, DocumentFindings> results_; ///< by URI
  std::vector<PendingPull> pending_pulls_;
  std::chrono::steady_clock::time_point last_change_;
  bool stopping_ = false;
  std::condition_variable changed_;

  /// A file was created or deleted, or a deployment or configuration file
  /// changed, since the last analysis: what it kept of the projects is
  /// stale.
  bool projects_changed_ = false;

  std::mutex analysis_mutex_; ///< one analysis at a time, guards what follows
  /// What analyses keep of the projects, when the client tells the server
  /// of the files that change (it watches them); else each analysis reads
  /// all afresh, as `hoist check` does.
  ProjectMemos memos_;
  /// What stopped the last analysis (a configuration that does not load).
  std::vector<std::string> shown_problems_;
  std::thread worker_;
};

} // namespace hoist::server
