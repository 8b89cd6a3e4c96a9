#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/deployment.h"
#include "core/diagnostic.h"
#include "core/file_discovery.h"
#include "core/handler_spec.h"
#include "core/overlay.h"
#include "core/rule_registry.h"
#include "core/source_file.h"
#include "core/text_range.h"
#include "javascript/js_catalogue.h"

namespace hoist::javascript {

/// How long a call chain from a handler is followed: what lies deeper is
/// not reported, and a notice says the bound was reached.
constexpr std::size_t kMaxCallDepth = 64;

/// What the JavaScript front-end is asked to check.
struct JsRequest {
  const std::vector<DiscoveredFile> &files;
  const Overlay *overlay = nullptr; ///< texts that replace files on disk
  std::unordered_set<std::string> enabled_rules;
  const RuleRegistry *registry = nullptr; ///< for each rule's severity
  const JsCatalogue *catalogue = nullptr;
  /// The Node.js functions deployment configuration names: their handlers
  /// are checked, or reported not found. Files under their code roots get
  /// no handlers by name.
  std::vector<ConfiguredHandler> configured;
  /// What relative paths in messages are relative to.
  std::filesystem::path base;
  /// --handler-pattern's globs; empty: the defaults (find_handlers).
  std::vector<std::string> handler_patterns;
  /// --handler's handler strings: when any is given, exports are handlers
  /// only as these name them (and as deployment configuration does).
  std::vector<HandlerSpec> given_handlers;
  /// Report constructions given credentials this invocation obtained (not
  /// hoistable), as client-in-handler's option report-minted-credentials says.
  bool report_minted_credentials = false;
  unsigned jobs = 0; ///< threads; 0: one per core
  /// Every file read (sources, modules imported, tsconfig.json,
  /// package.json, serverless.yml) is read within this many bytes.
  std::uintmax_t max_file_size = kDefaultMaxFileSize;
  /// The code roots of the other functions of the projects of the files
  /// named (FrontEnd::checks_project_functions): files under them get no
  /// handlers by name either, as in a check of the whole project.
  std::vector<std::filesystem::path> project_code_roots{};
  /// Those projects' CDK apps and serverless.ts files that are not among
  /// `files`: read for the functions they define whose modules are.
  std::vector<DiscoveredFile> project_apps{};
};

/// One checked file's comments, where `hoist: ignore` comments may be.
struct FileComments {
  SourceFilePtr file;
  std::vector<TextRange> comments;
};

struct JsResult {
  std::vector<Diagnostic> diagnostics;
  std::vector<LoadError> errors;
  /// The first syntax error of each file that has one.
  std::vector<Location> syntax_errors;
  std::vector<FileComments> comments;
  std::size_t files_checked = 0;
  /// Per given handler that a checked file answered: its index, and
  /// whether the file exports the name.
  std::vector<HandlerSpecMatch> given_matches;
  /// A call where a chain from a handler grew longer than hoist follows
  /// (what it calls was not checked), if any.
  std::optional<Location> call_depth_cut;
  /// Wrapper calls a handler is made by that hoist could not follow
  /// (Registrations::unknown_wrapper), and functions a serverless.ts
  /// defines that it could not read, each with what to say of it.
  std::vector<std::pair<Location, std::string>> unknown_wrappers;
  /// Functions a CDK app defines that hoist cannot read (an entry built
  /// otherwise, a spread of what it cannot see), each with what to say of
  /// it under -v.
  std::vector<std::pair<Location, std::string>> unread_functions;
  /// The configured handlers found and checked.
  std::vector<CheckedFunction> configured_checked;
};

/// Checks JavaScript and TypeScript files: finds their handlers (the
/// configured ones, else exported functions named like handlers), the
/// functions each runs on every
/// invocation (through calls within the module and into the project's own
/// modules, by relative import), and reports the catalogued constructions
/// in them that are not lazily cached in module-level state.
JsResult analyze(const JsRequest &request);

} // namespace hoist::javascript
