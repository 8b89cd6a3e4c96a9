#pragma once

#include <string>

#include <yaml-cpp/yaml.h>

#include "core/deployment.h"
#include "core/diagnostic.h"

namespace hoist {

/// Where a YAML scalar is in its file, as a range over its text.
Location yaml_location(const SourceFilePtr &file, const YAML::Node &node);

/// Parses `file` as YAML; on a syntax error, records it in `out` (as "is not
/// valid <what>") and returns a null node.
YAML::Node parse_yaml(const SourceFilePtr &file, DeploymentScan &out,
                      const char *what);

/// The node's text if it is a plain string scalar, else "" (intrinsic
/// functions such as !Sub and !Ref are not strings hoist can use).
std::string yaml_string(const YAML::Node &node);

} // namespace hoist
