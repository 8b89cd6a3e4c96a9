#include "construction_log.h"

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

namespace hoist::runtime {

ConstructionLog read_construction_log(const std::filesystem::path &path) {
  ConstructionLog log;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    auto entry = nlohmann::json::parse(line, nullptr, false);
    if (entry.is_object() && entry.contains("uncounted") &&
        entry["uncounted"].is_string()) {
      std::string package = entry["uncounted"].get<std::string>();
      if (std::find(log.uncounted.begin(), log.uncounted.end(), package) ==
          log.uncounted.end())
        log.uncounted.push_back(std::move(package));
      continue;
    }
    if (entry.is_object() && entry.contains("pending") &&
        entry["pending"].is_object() && entry.contains("request_id") &&
        entry["request_id"].is_string()) {
      const auto &counts = entry["pending"];
      log.pending.push_back({entry["request_id"].get<std::string>(),
                             counts.value("promises", std::size_t{0}),
                             counts.value("timers", std::size_t{0})});
      continue;
    }
    if (!entry.is_object() || !entry.contains("api") ||
        !entry["api"].is_string())
      continue;
    Construction construction;
    construction.api = entry["api"].get<std::string>();
    construction.during_invoke = entry.value("phase", "") == "invoke";
    if (entry.contains("request_id") && entry["request_id"].is_string())
      construction.request_id = entry["request_id"].get<std::string>();
    construction.file = entry.value("file", "");
    construction.line = entry.value("line", 0);
    construction.function = entry.value("function", "");
    if (entry.contains("config") && entry["config"].is_object())
      for (const auto &[path, value] : entry["config"].items())
        if (value.is_string())
          construction.configuration[path] = value.get<std::string>();
    log.constructions.push_back(std::move(construction));
  }
  return log;
}

} // namespace hoist::runtime
