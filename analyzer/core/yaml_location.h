#pragma once

#include <optional>
#include <string>

#include "core/deployment.h"
#include "core/diagnostic.h"
#include "core/yaml_document.h"

namespace hoist {

/// Where a YAML node is in its file; a scalar's range covers its text.
Location yaml_location(const SourceFilePtr &file, const YamlNode &node);

/// Parses `file` as YAML (JSON is YAML too). On a syntax error, returns
/// nothing and records it at its place: an error when `needed` (the file
/// defines functions hoist should check), else a warning, saying `why` the
/// file is not needed when given.
std::optional<YamlStream> parse_yaml(const SourceFilePtr &file,
                                     DeploymentScan &out, const char *what,
                                     bool needed, const std::string &why = "");

/// Reports a key repeated within a mapping at the second one, naming the
/// first and saying what reads it (`consequence`); hoist reads the last
/// value. A warning: the file is analyzed all the same.
void report_duplicate_key(const SourceFilePtr &file,
                          const YamlDuplicateKey &duplicate,
                          const char *consequence, DeploymentScan &out);

/// The node's text if it is a string scalar (plain, quoted, or a number or
/// boolean, which CloudFormation reads as its text), else "": intrinsic
/// functions such as !Sub and !Ref are not strings hoist can use.
std::string yaml_string(const YamlNode *node);

/// True for an intrinsic function: `!Ref X`, `!Sub ...`, or JSON's
/// `{"Ref": ...}` / `{"Fn::Sub": ...}`: a value known only at deployment.
bool is_intrinsic(const YamlNode *node);

/// The name a `!Ref X` or `{"Ref": "X"}` names ("X"); "" for anything else.
std::string ref_target(const YamlNode &node);

/// The name an intrinsic function is written with: "!Sub", "Fn::Sub".
std::string intrinsic_name(const YamlNode &node);

} // namespace hoist
