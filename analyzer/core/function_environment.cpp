#include "core/function_environment.h"

#include <algorithm>

#include "core/yaml_location.h"

namespace hoist {

void FunctionEnvironment::add(const YamlNode *node, bool variables_in_strings) {
  if (!node || !node->is_map())
    return;
  for (const auto &[key, value] : node->entries) {
    const std::string &name = key->scalar;
    if (!key->is_scalar() || name.empty())
      continue;
    // The later mapping's entry replaces the earlier one, known or not.
    variables.erase(std::remove_if(variables.begin(), variables.end(),
                                   [&](const auto &variable) {
                                     return variable.first == name;
                                   }),
                    variables.end());
    unknown.erase(std::remove(unknown.begin(), unknown.end(), name),
                  unknown.end());
    const bool literal =
        value->is_scalar() && !is_intrinsic(value.get()) &&
        !(variables_in_strings &&
          value->scalar.find("${") != std::string::npos);
    if (literal)
      variables.emplace_back(name, value->scalar);
    else
      unknown.push_back(name);
  }
}

} // namespace hoist
