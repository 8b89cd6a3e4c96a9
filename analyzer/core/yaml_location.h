#pragma once

#include <string>

#include "core/deployment.h"
#include "core/diagnostic.h"
#include "core/yaml_document.h"

namespace hoist {

/// Where a YAML node is in its file; a scalar's range covers its text.
Location yaml_location(const SourceFilePtr &file, const YamlNode &node);

/// Parses `file` as YAML; on a syntax error, records it in `out` (as "is not
/// valid <what>") and returns null.
YamlNode::Ptr parse_yaml(const SourceFilePtr &file, DeploymentScan &out,
                         const char *what);

/// The node's text if it is a plain string scalar, else "" (intrinsic
/// functions such as !Sub and !Ref are not strings hoist can use).
std::string yaml_string(const YamlNode *node);

} // namespace hoist
