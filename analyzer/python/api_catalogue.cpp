#include "python/api_catalogue.h"

#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace hoist::python {

ApiCatalogue ApiCatalogue::load(const std::filesystem::path &catalogue_file) {
  std::ifstream in(catalogue_file);
  if (!in)
    throw std::runtime_error(catalogue_file.string() + ": cannot be read");
  ApiCatalogue catalogue;
  try {
    nlohmann::json document = nlohmann::json::parse(in);
    const auto &families = document.at("families");
    for (const auto &item : document.at("python")) {
      ApiEntry entry;
      entry.api = item.at("api").get<std::string>();
      entry.builds = item.at("builds").get<std::string>();
      entry.family = item.at("family").get<std::string>();
      entry.cost = families.at(entry.family).at("cost").get<std::string>();
      entry.rule = item.at("rule").get<std::string>();
      entry.fix = item.at("fix").get<std::string>();
      entry.returns = item.value("returns", "");
      if (!catalogue.entries_.emplace(entry.api, entry).second)
        throw std::runtime_error("duplicate entry '" + entry.api + "'");
    }
  } catch (const std::exception &error) {
    throw std::runtime_error(catalogue_file.string() + ": " + error.what());
  }
  return catalogue;
}

const ApiEntry *ApiCatalogue::find(const std::string &api) const {
  auto it = entries_.find(api);
  return it == entries_.end() ? nullptr : &it->second;
}

} // namespace hoist::python
