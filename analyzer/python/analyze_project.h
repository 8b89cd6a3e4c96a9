#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/analysis_options.h"
#include "core/configured_functions.h"
#include "core/diagnostic.h"
#include "core/file_discovery.h"
#include "core/rule_registry.h"
#include "core/suppressions.h"
#include "python/api_catalogue.h"
#include "python/check.h"
#include "python/handler_discovery.h"
#include "python/module_cache.h"

namespace hoist::python {

/// The Python front-end's options: the session's, with its catalogue and
/// the functions configured for the Python runtime.
struct AnalysisOptions : hoist::AnalysisOptions {
  const ApiCatalogue *catalogue = nullptr;
  /// Waits for the deployment files to be read (the engine reads them while
  /// the Python files are read); none: no function is configured.
  const std::function<const ConfiguredFunctions &()> *configured = nullptr;
};

struct ProjectAnalysis {
  std::vector<Diagnostic>
      diagnostics; ///< in diagnostic_order, one per place and rule
  std::vector<LoadError> errors;       ///< files that could not be analyzed
  std::vector<LoadError> skipped;      ///< files over the size limit
  std::vector<Location> syntax_errors; ///< first syntax error of each file
  /// The first Python 2 construct of each file that parses with one.
  std::vector<Python2Code> python2_code;
  /// The paths (as reports name them) of every file read that is Python 2
  /// code: never fixed.
  std::set<std::string> python2_files;
  /// The functions Python CDK apps configure for other runtimes.
  std::vector<ConfiguredHandler> configured_for_others;
  /// What -v says of configured functions, at their handler strings.
  std::vector<DeploymentNotice> notes;
  /// The configured handlers found and checked.
  std::vector<CheckedFunction> configured_checked;
  std::vector<HandlerSpecMatch> handler_matches;
  std::vector<Suppression> suppressions; ///< every suppression comment read
  /// Modules read because an import named them (absolute paths).
  std::vector<std::string> loaded_files;
  /// Directories whose entries import lookups consulted (absolute paths):
  /// what was looked for and not found there may appear.
  std::vector<std::string> consulted_directories;
  std::size_t files_checked = 0;
};

/// Reads and parses every file (in parallel), indexes the project, finds the
/// handlers, follows each through the calls it makes, and runs every check.
/// Suppressions are read, not applied: the caller applies them.
/// Relative paths are relative to `base`.
ProjectAnalysis analyze_project(const std::vector<DiscoveredFile> &files,
                                const AnalysisOptions &options,
                                const std::filesystem::path &base);

} // namespace hoist::python
