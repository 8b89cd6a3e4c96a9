#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/file_discovery.h"
#include "engine/deployment_reading.h"

namespace hoist::engine {

/// What a project holds that the texts of the files checked in it do not
/// change: the deployment files and CDK apps' files a walk of its root
/// finds, and what those deployment files configure. `hoist server` keeps
/// one per configuration between analyses, and clears it when a file is
/// created or deleted, or a deployment or configuration file changes:
/// walking a large project and reading its template is most of the time of
/// a check of one file. `hoist check` keeps none.
struct ProjectMemo {
  /// What a walk of a project's root found, before the files checked are
  /// left out of it.
  struct ProjectFiles {
    std::vector<DiscoveredFile> deployment_files;
    /// By the language of the front-end that reads them.
    std::map<std::string, std::vector<DiscoveredFile>> cdk_app_files;
    /// The files the front-ends claim, by language.
    std::map<std::string, std::vector<DiscoveredFile>> sources;
  };
  std::map<std::filesystem::path, ProjectFiles> walks; ///< by project root
  DeploymentMemo deployment;
};

} // namespace hoist::engine
