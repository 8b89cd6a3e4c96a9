#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace hoist::server {

/// What the editor's settings choose, over the workspace's configuration
/// file, as `hoist check`'s options do: `initializationOptions`, and the
/// `hoist` section of `workspace/didChangeConfiguration`.
struct ServerSettings {
  std::vector<std::string> select; ///< replaces the configuration's select
  std::vector<std::string> extend_select;
  std::vector<std::string> ignore;
  bool unsafe_fixes = false; ///< offer unsafe fixes as code actions too

  /// From `{"select": [...], "extendSelect": [...], "ignore": [...],
  /// "unsafeFixes": bool}` (a `hoist` object holding them is read too);
  /// keys it lacks keep their values. Throws std::invalid_argument naming a
  /// key whose value has the wrong type.
  void update(const nlohmann::json &options);
};

} // namespace hoist::server
