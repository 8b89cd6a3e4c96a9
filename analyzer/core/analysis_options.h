#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/file_discovery.h"
#include "core/handler_spec.h"
#include "core/listed_directories.h"
#include "core/overlay.h"
#include "core/rule_registry.h"
#include "core/source_file.h"

namespace hoist {

/// Rule options that change what checks report, in every language.
struct CheckSettings {
  /// Report constructions built from credentials minted during the invocation
  /// (`sts.assume_role`): per-invocation by nature, so silent by default.
  bool report_minted_credentials = false;
};

/// What every front-end of a check is given: the rules, the handlers asked
/// for, where code and deployment files are, the limits and the buffers.
struct AnalysisOptions {
  const RuleRegistry *registry = nullptr;
  HandlerOptions handlers;
  std::unordered_set<std::string> enabled_rules;
  /// Code roots (--root) under which absolute imports of project modules are
  /// looked up first; the handler's own directory and its parents follow.
  std::vector<std::filesystem::path> roots;
  /// The paths the user asked to check (relative to the base, or absolute):
  /// a file's test-ness is judged only below the one that holds it.
  std::vector<std::string> checked_paths;
  /// Deployment files to read (SAM, serverless.yml, Dockerfiles). Their
  /// handlers, and those of CDK apps among the files, are the truth: code
  /// under their code roots gets no heuristic handlers.
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
  /// The files of those projects' CDK apps, by the language of the
  /// front-end that reads them (Discovery::project_cdk_app_files): read
  /// for the handlers their stacks define, for the files checked only.
  std::map<std::string, std::vector<DiscoveredFile>> project_cdk_app_files;
  /// The other files of those projects, by language
  /// (Discovery::project_sources): where what imports a file checked is
  /// looked for besides the files checked.
  std::map<std::string, std::vector<DiscoveredFile>> project_sources;
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

} // namespace hoist
