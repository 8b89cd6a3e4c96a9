#pragma once

#include <filesystem>
#include <future>
#include <string>
#include <vector>

#include "core/analysis_options.h"
#include "core/configured_functions.h"
#include "core/deployment.h"

namespace hoist::engine {

/// What the project deployment files
/// (AnalysisOptions::project_deployment_files) configure, kept between analyses
/// by a caller that knows when they change (ProjectMemo): read again only when
/// other files or trees are asked for.
struct DeploymentMemo {
  std::vector<std::string> files; ///< the paths read, in order
  std::vector<std::filesystem::path> trees;
  std::vector<DeploymentScan> scans;
  std::vector<ProjectHandler> handlers; ///< of `scans`, in order
};

/// What the deployment files of a session say.
struct DeploymentRead {
  /// The functions the deployment files checked configure; a Dockerfile
  /// that a template builds is read through the template, not on its own.
  std::vector<ConfiguredHandler> checked;
  /// The functions of the project deployment files, the same way.
  std::vector<const ProjectHandler *> project;
  /// Files that could not be read, by path; those over the size limit.
  std::vector<LoadError> errors;
  std::vector<LoadError> skipped;
  std::vector<DeploymentNotice> notices;
  /// How many functions each template or serverless.yml checked defines.
  std::vector<std::pair<SourceFilePtr, std::size_t>> functions_defined;
  /// The files read as Lambda configuration: counted as checked.
  std::size_t files_read = 0;
};

/// Reads the deployment files of `options` (SAM, serverless.yml,
/// Dockerfiles: core/deployment.h) on threads of its own as soon as it is
/// made, so that the front-ends read their files meanwhile: a large
/// template is the longest item of a check. `memo`, when given, keeps what
/// the project deployment files said between sessions. A function whose
/// runtime no file states gets one by `handler_modules`.
class DeploymentReading {
public:
  DeploymentReading(const AnalysisOptions &options, DeploymentMemo *memo,
                    std::vector<HandlerModules> handler_modules);
  ~DeploymentReading();

  /// What was read, once reading ends.
  DeploymentRead &result();

private:
  void read(const AnalysisOptions &options, DeploymentMemo *memo);

  std::vector<HandlerModules> handler_modules_;
  DeploymentMemo read_now_;
  DeploymentRead result_;
  std::future<void> reading_;
};

} // namespace hoist::engine
