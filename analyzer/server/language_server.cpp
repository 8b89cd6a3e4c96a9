#include "server/language_server.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "server/code_actions.h"
#include "core/deployment.h"
#include "core/file_uri.h"
#include "server/hover.h"
#include "server/lsp_diagnostic.h"

namespace hoist::server {
namespace {

using nlohmann::json;

// MessageType of window/showMessage.
constexpr int kMessageError = 1;
constexpr int kMessageWarning = 2;

// TextDocumentSyncKind.Incremental.
constexpr int kIncrementalSync = 2;

// FileChangeType.Changed (Created is 1, Deleted 3).
constexpr int kFileChanged = 2;

/// True when a change of `path`'s text changes what a project configures,
/// not just its code: a deployment or configuration file.
bool configures_project(const std::string &path) {
  std::string name = std::filesystem::path(path).filename().string();
  return is_deployment_file(path) || name == "pyproject.toml" ||
         name == "hoist.toml" || name == "cdk.json";
}

/// A request for a method the server does not have.
struct UnknownMethod : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const std::string &uri_of(const json &params) {
  return params.at("textDocument").at("uri").get_ref<const std::string &>();
}

} // namespace

LanguageServer::LanguageServer(JsonRpcConnection &connection,
                               RuleRegistry registry,
                               std::chrono::milliseconds debounce)
    : connection_(connection), registry_(std::move(registry)),
      debounce_(debounce), worker_([this] { work(); }) {}

LanguageServer::~LanguageServer() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  worker_.join();
}

int LanguageServer::run() {
  std::string framing_error;
  while (std::optional<std::string> body = connection_.read(framing_error)) {
    json message = json::parse(*body, nullptr, false);
    if (!message.is_discarded() && message.is_object() &&
        message.value("method", "") == "exit")
      return shutdown_requested_ ? 0 : 1;
    handle(*body, framing_error);
  }
  return shutdown_requested_ ? 0 : 1; // the client went away
}

void LanguageServer::handle(const std::string &body,
                            const std::string &framing_error) {
  if (!framing_error.empty()) {
    connection_.respond_error(nullptr, RpcError::ParseError, framing_error);
    return;
  }
  json message = json::parse(body, nullptr, false);
  if (message.is_discarded()) {
    connection_.respond_error(nullptr, RpcError::ParseError,
                              "the message is not JSON");
    return;
  }
  const bool has_method = message.is_object() && message.contains("method") &&
                          message.at("method").is_string();
  const bool has_id = message.is_object() && message.contains("id") &&
                      (message.at("id").is_string() ||
                       message.at("id").is_number_integer());
  if (!has_method) {
    // A response to a request of the server's (registerCapability,
    // refresh): nothing to do.
    if (!has_id || !(message.contains("result") || message.contains("error")))
      connection_.respond_error(
          has_id ? message.at("id") : json(nullptr), RpcError::InvalidRequest,
          "a JSON-RPC request or notification needs a 'method' string");
    return;
  }
  const std::string method = message.at("method").get<std::string>();
  const json params = message.value("params", json::object());
  if (!has_id) {
    if (message.contains("id")) {
      connection_.respond_error(nullptr, RpcError::InvalidRequest,
                                "a request's id is a number or a string");
      return;
    }
    if (!initialized_)
      return; // notifications before initialize are dropped
    try {
      notified(method, params);
    } catch (const std::exception &error) {
      show_message(method + ": " + error.what(), kMessageWarning);
    }
    return;
  }
  const json &id = message.at("id");
  if (!initialized_ && method != "initialize") {
    connection_.respond_error(id, RpcError::ServerNotInitialized,
                              "the server is not initialized yet");
    return;
  }
  if (shutdown_requested_) {
    connection_.respond_error(id, RpcError::InvalidRequest,
                              "the server is shutting down");
    return;
  }
  try {
    if (std::optional<json> result = answer(id, method, params))
      connection_.respond(id, std::move(*result));
  } catch (const UnknownMethod &) {
    connection_.respond_error(id, RpcError::MethodNotFound,
                              "hoist has no method '" + method + "'");
  } catch (const json::exception &error) {
    connection_.respond_error(id, RpcError::InvalidParams,
                              method + ": " + error.what());
  } catch (const std::invalid_argument &error) {
    connection_.respond_error(id, RpcError::InvalidParams,
                              method + ": " + error.what());
  } catch (const std::exception &error) {
    connection_.respond_error(id, RpcError::InternalError,
                              method + ": " + error.what());
  }
}

std::optional<json> LanguageServer::answer(const json &id,
                                           const std::string &method,
                                           const json &params) {
  if (method == "initialize")
    return initialize(params);
  if (method == "shutdown") {
    shutdown_requested_ = true;
    return nullptr;
  }
  if (method == "textDocument/codeAction")
    return code_action(params);
  if (method == "textDocument/hover")
    return hover_at(params);
  if (method == "textDocument/diagnostic")
    return pull(id, uri_of(params));
  if (method == "workspace/diagnostic")
    return pull(id, "");
  throw UnknownMethod(method);
}

void LanguageServer::notified(const std::string &method, const json &params) {
  if (method == "initialized") {
    if (!watches_files_)
      return;
    // Configuration and deployment files, and modules that are not open,
    // change what the open documents' findings are.
    json watchers = json::array();
    for (const char *glob :
         {"**/pyproject.toml", "**/hoist.toml", "**/*.py", "**/*.{yaml,yml}",
          "**/Dockerfile", "**/cdk.json", "**/.clang-tidy",
          "**/compile_commands.json", "**/*.{cpp,cc,cxx,h,hh,hpp,hxx}"})
      watchers.push_back({{"globPattern", glob}});
    json registration = {{"id", "hoist-watched-files"},
                         {"method", "workspace/didChangeWatchedFiles"},
                         {"registerOptions", {{"watchers", watchers}}}};
    connection_.send(
        {{"jsonrpc", "2.0"},
         {"id", "hoist-" + std::to_string(next_request_id_++)},
         {"method", "client/registerCapability"},
         {"params", {{"registrations", json::array({registration})}}}});
    return;
  }
  if (method == "textDocument/didOpen") {
    const json &document = params.at("textDocument");
    std::optional<std::string> path =
        path_of_uri(document.at("uri").get<std::string>());
    if (!path)
      return; // not a file: nothing hoist can check
    {
      std::lock_guard<std::mutex> lock(mutex_);
      documents_.open(document.at("uri").get<std::string>(),
                      {*path, document.at("text").get<std::string>(),
                       document.at("version").get<std::int64_t>()});
    }
    schedule();
    return;
  }
  if (method == "textDocument/didChange") {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      documents_.change(uri_of(params),
                        params.at("textDocument").at("version").get<std::int64_t>(),
                        params.at("contentChanges"), encoding_);
      if (configures_project(documents_.find(uri_of(params))->path))
        projects_changed_ = true;
    }
    schedule();
    return;
  }
  if (method == "textDocument/didClose") {
    const std::string uri = uri_of(params);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      documents_.close(uri);
      results_.erase(uri);
    }
    connection_.notify("textDocument/publishDiagnostics",
                       {{"uri", uri}, {"diagnostics", json::array()}});
    schedule(); // the disk's text stands for it now
    return;
  }
  if (method == "workspace/didChangeConfiguration") {
    update_settings(params.value("settings", json::object()));
    schedule();
    return;
  }
  if (method == "workspace/didChangeWatchedFiles") {
    files_changed(params.at("changes"));
    schedule();
    return;
  }
  if (method == "textDocument/didSave" ||
      method == "workspace/didChangeWorkspaceFolders") {
    if (method == "textDocument/didSave")
      files_changed(json::array({{{"uri", uri_of(params)},
                                  {"type", kFileChanged}}}));
    schedule();
    return;
  }
  if (method == "$/cancelRequest") {
    cancel(params.at("id"));
    return;
  }
  // $/setTrace and any other notification: nothing to do.
}

json LanguageServer::initialize(const json &params) {
  if (initialized_)
    throw std::invalid_argument("the server is initialized already");
  const json capabilities = params.value("capabilities", json::object());
  PositionEncoding encoding = PositionEncoding::Utf16;
  if (capabilities.contains("general") &&
      capabilities.at("general").contains("positionEncodings"))
    for (const json &offered :
         capabilities.at("general").at("positionEncodings"))
      if (offered == "utf-8")
        encoding = PositionEncoding::Utf8;
  const json text_document =
      capabilities.value("textDocument", json::object());
  client_pulls_ = text_document.contains("diagnostic");
  const json workspace = capabilities.value("workspace", json::object());
  watches_files_ =
      workspace.contains("didChangeWatchedFiles") &&
      workspace.at("didChangeWatchedFiles").value("dynamicRegistration", false);
  refresh_support_ = workspace.contains("diagnostics") &&
                     workspace.at("diagnostics").value("refreshSupport", false);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    encoding_ = encoding;
  }
  if (params.contains("initializationOptions"))
    update_settings(params.at("initializationOptions"));
  initialized_ = true;
  return {
      {"capabilities",
       {{"positionEncoding",
         encoding == PositionEncoding::Utf8 ? "utf-8" : "utf-16"},
        {"textDocumentSync",
         {{"openClose", true}, {"change", kIncrementalSync}, {"save", true}}},
        {"codeActionProvider",
         {{"codeActionKinds", {"quickfix", kFixAllKind}}}},
        {"hoverProvider", true},
        {"diagnosticProvider",
         {{"identifier", "hoist"},
          {"interFileDependencies", true},
          {"workspaceDiagnostics", true}}},
        {"workspace",
         {{"workspaceFolders",
           {{"supported", true}, {"changeNotifications", true}}}}}}},
      {"serverInfo", {{"name", "hoist"}, {"version", HOIST_VERSION}}}};
}

void LanguageServer::files_changed(const json &changes) {
  for (const json &change : changes) {
    std::optional<std::string> path =
        path_of_uri(change.at("uri").get<std::string>());
    if (change.at("type").get<int>() != kFileChanged ||
        (path && configures_project(*path))) {
      std::lock_guard<std::mutex> lock(mutex_);
      projects_changed_ = true;
      return;
    }
  }
}

void LanguageServer::update_settings(const json &options) {
  std::lock_guard<std::mutex> lock(mutex_);
  ServerSettings settings = settings_;
  try {
    settings.update(options);
  } catch (const std::invalid_argument &error) {
    show_message(std::string("hoist: settings not applied: ") + error.what(),
                 kMessageError);
    return;
  }
  settings_ = std::move(settings);
}

json LanguageServer::code_action(const json &params) {
  std::unique_lock<std::mutex> lock(mutex_);
  const std::string &uri = uri_of(params);
  const DocumentFindings *found = current_findings(uri, lock);
  if (!found)
    return json::array();
  const Document &document = *documents_.find(uri);
  TextPositions positions(document.text, encoding_);
  CodeActionQuery query;
  query.begin = positions.offset(params.at("range").at("start"));
  query.end = positions.offset(params.at("range").at("end"));
  const json context = params.value("context", json::object());
  if (context.contains("only"))
    query.only = context.at("only").get<std::vector<std::string>>();
  query.unsafe_fixes = settings_.unsafe_fixes;
  query.encoding = encoding_;
  std::map<std::string, std::int64_t> versions;
  for (const auto &[open_uri, open] : documents_.documents())
    versions[open.path] = open.version;
  query.version_of =
      [&](const std::string &path) -> std::optional<std::int64_t> {
    auto version = versions.find(path);
    if (version == versions.end())
      return std::nullopt;
    return version->second;
  };
  return code_actions(found->findings, query);
}

json LanguageServer::hover_at(const json &params) {
  std::unique_lock<std::mutex> lock(mutex_);
  const std::string &uri = uri_of(params);
  const DocumentFindings *found = current_findings(uri, lock);
  if (!found)
    return nullptr;
  const Document &document = *documents_.find(uri);
  std::size_t offset = TextPositions(document.text, encoding_)
                           .offset(params.at("position"));
  return hover(found->findings, document.text, offset, registry_, encoding_)
      .value_or(json(nullptr));
}

std::optional<json> LanguageServer::pull(const json &id,
                                         const std::string &uri) {
  std::lock_guard<std::mutex> lock(mutex_);
  PendingPull pulled{id, uri};
  if (std::optional<json> result = pull_answer(pulled))
    return result;
  pending_pulls_.push_back(std::move(pulled));
  return std::nullopt;
}

std::optional<json> LanguageServer::pull_answer(const PendingPull &pulled) const {
  if (analyzed_generation_ < generation_)
    return std::nullopt; // an analysis is due
  if (!pulled.uri.empty()) {
    const DocumentFindings *found = of_current_version(pulled.uri);
    return json{{"kind", "full"},
                {"items", found ? lsp_diagnostics(*found) : json::array()}};
  }
  json items = json::array();
  for (const auto &[uri, document] : documents_.documents())
    if (const DocumentFindings *found = of_current_version(uri))
      items.push_back({{"kind", "full"},
                       {"uri", uri},
                       {"version", found->version},
                       {"items", lsp_diagnostics(*found)}});
  return json{{"items", std::move(items)}};
}

void LanguageServer::answer_pulls() {
  std::vector<PendingPull> waiting;
  for (PendingPull &pulled : pending_pulls_)
    if (std::optional<json> result = pull_answer(pulled))
      connection_.respond(pulled.id, std::move(*result));
    else
      waiting.push_back(std::move(pulled));
  pending_pulls_ = std::move(waiting);
}

void LanguageServer::cancel(const json &id) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto pulled = std::find_if(
      pending_pulls_.begin(), pending_pulls_.end(),
      [&](const PendingPull &pending) { return pending.id == id; });
  if (pulled == pending_pulls_.end())
    return; // answered already, or answered in order before this was read
  connection_.respond_error(id, RpcError::RequestCancelled,
                            "cancelled by the client");
  pending_pulls_.erase(pulled);
}

void LanguageServer::schedule() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++generation_;
    last_change_ = std::chrono::steady_clock::now();
  }
  changed_.notify_all();
}

void LanguageServer::work() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] {
      return stopping_ || analyzed_generation_ < generation_;
    });
    // Quiet for the debounce first: typing goes on.
    while (!stopping_ &&
           std::chrono::steady_clock::now() < last_change_ + debounce_)
      changed_.wait_until(lock, last_change_ + debounce_);
    if (stopping_)
      return;
    lock.unlock();
    analyze_now();
    lock.lock();
  }
}

void LanguageServer::analyze_now() {
  std::lock_guard<std::mutex> serial(analysis_mutex_);
  Overlay texts;
  std::map<std::string, std::pair<std::string, std::int64_t>> analyzed;
  ServerSettings settings;
  std::uint64_t generation;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (analyzed_generation_ == generation_)
      return; // another call analyzed these versions meanwhile
    texts = documents_.overlay();
    for (const auto &[uri, document] : documents_.documents())
      analyzed[document.path] = {uri, document.version};
    settings = settings_;
    generation = generation_;
    if (projects_changed_)
      memos_.clear();
    projects_changed_ = false;
  }
  DocumentAnalysis analysis;
  try {
    analysis = analyze_documents(texts, settings,
                                 watches_files_ ? &memos_ : nullptr);
  } catch (const std::exception &error) {
    analysis.problems.push_back(std::string("analysis failed: ") +
                                error.what());
  }
  // Said once, not on every keystroke while it lasts.
  if (analysis.problems != shown_problems_)
    for (const std::string &problem : analysis.problems)
      show_message("hoist: " + problem, kMessageError);
  shown_problems_ = std::move(analysis.problems);
  std::vector<std::string> refreshed;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    analyzed_generation_ = std::max(analyzed_generation_, generation);
    for (const auto &[path, entry] : analyzed) {
      const auto &[uri, version] = entry;
      const Document *document = documents_.find(uri);
      if (!document || document->version != version)
        continue; // superseded: a newer analysis will say
      DocumentFindings &findings = results_[uri];
      findings.version = version;
      findings.findings = std::move(analysis.findings[path]);
      findings.notices = std::move(analysis.notices[path]);
      if (!client_pulls_)
        publish(uri, findings);
    }
    answer_pulls();
  }
  if (client_pulls_ && refresh_support_)
    connection_.send({{"jsonrpc", "2.0"},
                      {"id", "hoist-" + std::to_string(next_request_id_++)},
                      {"method", "workspace/diagnostic/refresh"}});
}

const LanguageServer::DocumentFindings *
LanguageServer::current_findings(const std::string &uri,
                                 std::unique_lock<std::mutex> &lock) {
  auto fresh = [&]() -> const DocumentFindings * {
    return analyzed_generation_ < generation_ ? nullptr
                                              : of_current_version(uri);
  };
  if (const DocumentFindings *found = fresh())
    return found;
  if (!documents_.find(uri))
    return nullptr;
  lock.unlock();
  analyze_now();
  lock.lock();
  return fresh();
}

const LanguageServer::DocumentFindings *
LanguageServer::of_current_version(const std::string &uri) const {
  const Document *document = documents_.find(uri);
  auto found = results_.find(uri);
  if (!document || found == results_.end() ||
      found->second.version != document->version)
    return nullptr;
  return &found->second;
}

json LanguageServer::lsp_diagnostics(const DocumentFindings &findings) const {
  json diagnostics = json::array();
  for (const Diagnostic &finding : findings.findings)
    diagnostics.push_back(lsp_diagnostic(finding, encoding_));
  for (const FileNotice &notice : findings.notices)
    diagnostics.push_back(lsp_diagnostic(notice, encoding_));
  return diagnostics;
}

void LanguageServer::publish(const std::string &uri,
                             const DocumentFindings &findings) {
  connection_.notify("textDocument/publishDiagnostics",
                     {{"uri", uri},
                      {"version", findings.version},
                      {"diagnostics", lsp_diagnostics(findings)}});
}

void LanguageServer::show_message(const std::string &message, int type) {
  connection_.notify("window/showMessage",
                     {{"type", type}, {"message", message}});
}

} // namespace hoist::server
