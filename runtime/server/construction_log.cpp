#include "construction_log.h"

#include <fstream>

#include <nlohmann/json.hpp>

namespace hoist::runtime {

std::vector<Construction>
read_construction_log(const std::filesystem::path &path) {
  std::vector<Construction> constructions;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    auto entry = nlohmann::json::parse(line, nullptr, false);
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
    constructions.push_back(std::move(construction));
  }
  return constructions;
}

} // namespace hoist::runtime
