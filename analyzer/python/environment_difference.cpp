#include "python/environment_difference.h"

#include <algorithm>
#include <optional>


namespace hoist::python {
namespace {

/// What `environment` gives `name`: its literal value; "" with `known`
/// false when set to a value known only at deployment; nullopt when unset.
std::optional<std::pair<std::string, bool>>
given(const FunctionEnvironment &environment, const std::string &name) {
  for (const auto &[variable, value] : environment.variables)
    if (variable == name)
      return std::make_pair(value, true);
  if (std::count(environment.unknown.begin(), environment.unknown.end(), name))
    return std::make_pair(std::string(), false);
  return std::nullopt;
}

} // namespace

std::string environment_difference(const ModuleCache &cache,
                                   const std::vector<std::string> &files,
                                   const FunctionEnvironment &mine,
                                   const FunctionEnvironment &other) {
  std::vector<std::string> names;
  for (const FunctionEnvironment *environment : {&mine, &other}) {
    for (const auto &[name, value] : environment->variables)
      names.push_back(name);
    names.insert(names.end(), environment->unknown.begin(),
                 environment->unknown.end());
  }
  for (const std::string &name : names) {
    auto here = given(mine, name), there = given(other, name);
    if (here && there && here->second && there->second &&
        here->first == there->first)
      continue;
    if (!here && !there)
      continue;
    // A file not read in this run (outside the projects checked) may name
    // it.
    bool matters = read_by_libraries(name);
    for (std::size_t i = 0; !matters && i < files.size(); ++i)
      matters = cache.read_file_spells(files[i], name).value_or(true);
    if (!matters)
      continue;
    if (!there)
      return "does not set '" + name + "'";
    if (!here)
      return "sets '" + name + "', which this function does not";
    if (!there->second || !here->second)
      return "sets '" + name + "' to a value known only at deployment";
    return "sets '" + name + "' to another value";
  }
  return "";
}

} // namespace hoist::python
