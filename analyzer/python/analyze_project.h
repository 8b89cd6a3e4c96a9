#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/deployment.h"
#include "core/diagnostic.h"
#include "core/file_discovery.h"
#include "core/rule_registry.h"
#include "core/suppressions.h"
#include "python/api_catalogue.h"
#include "python/check.h"
#include "python/handler_discovery.h"
#include "python/project.h"

namespace hoist::python {

/// What the project deployment files (AnalysisOptions::project_deployment_files)
/// configure, kept between analyses by a caller that knows when they change
/// (engine::ProjectMemo): read again only when other files or trees are
/// asked for.
struct DeploymentMemo {
  /// A Python handler of `scans`, with what finding its module takes
  /// worked out once: a large template configures thousands.
  struct PythonHandler {
    const ConfiguredHandler *entry;
    std::string module_stem; ///< "" when the handler names no module
    std::string code_root;   ///< normalized
  };
  std::vector<std::string> files; ///< the paths read, in order
  std::vector<std::filesystem::path> trees;
  std::vector<DeploymentScan> scans;
  std::vector<PythonHandler> python_handlers; ///< of `scans`, in order
};

struct AnalysisOptions {
  const RuleRegistry *registry = nullptr;
  const ApiCatalogue *catalogue = nullptr;
  HandlerOptions handlers;
  std::unordered_set<std::string> enabled_rules;
  /// Code roots (--root) under which absolute imports of project modules are
  /// looked up first; the handler's own directory and its parents follow.
  std::vector<std::filesystem::path> roots;
  /// The paths the user asked to check (relative to the base, or absolute):
  /// a file's test-ness is judged only below the one that holds it.
  std::vector<std::string> checked_paths;
  /// Deployment files to read (SAM, serverless.yml, Dockerfiles): read on an
  /// analysis thread while the others read the Python files. Their handlers,
  /// and those of CDK apps among the files, are the truth: code under their
  /// code roots gets no heuristic handlers.
  std::vector<DiscoveredFile> deployment_files;
  /// The trees being checked (absolute, normalized): code that deployment
  /// files point to outside them is not read. Empty: no such limit.
  std::vector<std::filesystem::path> checked_trees;
  /// The deployment files of the projects that files named on the command
  /// line belong to (Discovery::project_deployment_files), and those
  /// projects' roots (absolute, normalized; what the files may point to):
  /// read for the handlers of the files checked only. What they say of
  /// other code, and what is wrong in them, is not reported.
  std::vector<DiscoveredFile> project_deployment_files;
  std::vector<std::filesystem::path> project_trees;
  /// The Python files of those projects' CDK apps
  /// (Discovery::project_cdk_app_files): read for the handlers their stacks
  /// define, for the files checked only.
  std::vector<DiscoveredFile> project_cdk_app_files;
  /// When given, the project deployment files are read only when the memo
  /// is of other files or trees, and it keeps what they said.
  DeploymentMemo *project_deployment_memo = nullptr;
  CheckSettings settings;
  unsigned jobs = 0; ///< 0: one per core
  /// Files larger than this many bytes are skipped with a warning.
  std::uintmax_t max_file_size = kDefaultMaxFileSize;
  const Overlay *overlay = nullptr; ///< fixed texts that replace files
  /// What discovery listed, so imports need not list it again.
  const ListedDirectories *listings = nullptr;
  /// Called from analysis threads as work completes: (what, done, total).
  std::function<void(const char *, std::size_t, std::size_t)> progress;
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
  /// What reading the deployment files found to say, at its place.
  std::vector<DeploymentNotice> deployment_notices;
  /// The Node.js functions the deployment files configure, for the
  /// JavaScript front-end.
  std::vector<ConfiguredHandler> javascript_handlers;
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
