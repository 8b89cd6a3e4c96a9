#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "core/deployment.h"

namespace hoist {

/// A function of a project deployment file (one of the projects the files
/// named belong to), with what finding its module takes worked out once: a
/// large template configures thousands.
struct ProjectHandler {
  const ConfiguredHandler *entry;
  std::string module_stem; ///< "" when the handler names no module
  std::string code_root;   ///< normalized
};

/// The functions the deployment configuration gives one front-end's
/// runtime, as the engine routes them.
struct ConfiguredFunctions {
  /// Those of the deployment files checked, and of the front-ends that ran
  /// before (their CDK apps): each is checked, or reported not found.
  std::vector<ConfiguredHandler> checked;
  /// Those of the project deployment files: checked when their module is
  /// among the files checked; their code roots are where deployment
  /// configuration is the truth either way. What they say of other code is
  /// not reported.
  std::vector<const ProjectHandler *> project;

  /// Of `project`, the functions a front-end checks as configured: those
  /// whose handler module is at one of `stems` (absolute, normal paths
  /// without their extension: its files checked), so that checking a file
  /// alone finds the handlers a check of its whole project would.
  std::vector<const ProjectHandler *>
  project_answered_by(const std::unordered_set<std::string> &stems) const {
    std::vector<const ProjectHandler *> answered;
    for (const ProjectHandler *handler : project)
      if (stems.count(handler->module_stem))
        answered.push_back(handler);
    return answered;
  }
};

} // namespace hoist
