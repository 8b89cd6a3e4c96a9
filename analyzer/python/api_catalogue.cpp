#include "python/api_catalogue.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace hoist::python {

bool MethodCalls::configures(std::string_view method,
                             bool result_unused) const {
  bool listed = std::find(except.begin(), except.end(), method) != except.end();
  return configure ? result_unused && !listed : listed;
}

ApiCatalogue ApiCatalogue::load(const std::filesystem::path &catalogue_file) {
  std::ifstream in(catalogue_file);
  if (!in)
    throw std::runtime_error(catalogue_file.string() + ": cannot be read");
  ApiCatalogue catalogue;
  try {
    nlohmann::json document = nlohmann::json::parse(in);
    std::unordered_map<std::string, MethodCalls> method_kinds;
    const nlohmann::json method_section =
        document.value("python_methods", nlohmann::json::object());
    for (const auto &[name, info] : method_section.items()) {
      std::string calls = info.at("calls").get<std::string>();
      if (calls != "configure" && calls != "use")
        throw std::runtime_error("methods '" + name +
                                 "': 'calls' is 'configure' or 'use'");
      method_kinds[name] = {
          calls == "configure",
          info.value("except", std::vector<std::string>{})};
    }
    auto methods_named = [&](const std::string &name) {
      auto found = method_kinds.find(name);
      if (found == method_kinds.end())
        throw std::runtime_error("unknown methods '" + name + "'");
      return found->second;
    };
    const auto &families = document.at("families");
    for (const auto &[family, info] : families.items())
      catalogue.families_[family] = {
          info.at("cost").get<std::string>(), info.value("fix_risk", ""),
          info.contains("methods")
              ? methods_named(info.at("methods").get<std::string>())
              : MethodCalls{}};
    for (const auto &item : document.at("python")) {
      ApiEntry entry;
      entry.api = item.at("api").get<std::string>();
      entry.builds = item.at("builds").get<std::string>();
      entry.family = item.at("family").get<std::string>();
      const auto family = catalogue.families_.find(entry.family);
      if (family == catalogue.families_.end())
        throw std::runtime_error("'" + entry.api + "' names an unknown family");
      entry.cost = family->second.cost;
      entry.fix_risk = family->second.fix_risk;
      entry.rule = item.at("rule").get<std::string>();
      entry.fix = item.at("fix").get<std::string>();
      entry.returns = item.value("returns", "");
      entry.methods = item.contains("methods")
                          ? methods_named(item.at("methods").get<std::string>())
                          : family->second.methods;
      if (!catalogue.entries_.emplace(entry.api, entry).second)
        throw std::runtime_error("duplicate entry '" + entry.api + "'");
    }
    for (const auto &item :
         document.value("python_routers", nlohmann::json::array())) {
      RouterEntry router{item.at("class").get<std::string>(),
                         item.at("dispatch").get<std::vector<std::string>>(),
                         item.at("routes").get<std::vector<std::string>>()};
      catalogue.routers_.emplace(router.type, router);
    }
  } catch (const std::exception &error) {
    throw std::runtime_error(catalogue_file.string() + ": " + error.what());
  }
  return catalogue;
}

bool ApiCatalogue::add(ApiEntry entry, std::string &error) {
  auto family = families_.find(entry.family);
  if (family == families_.end()) {
    error = "constructor '" + entry.api + "': unknown family '" + entry.family +
            "'; the families are aws-sdk, database and http";
    return false;
  }
  entry.cost = family->second.cost;
  entry.fix_risk = family->second.fix_risk;
  entry.methods = family->second.methods;
  if (!entries_.emplace(entry.api, entry).second) {
    error = "constructor '" + entry.api + "' is already in the catalogue";
    return false;
  }
  return true;
}

const RouterEntry *ApiCatalogue::router(const std::string &type) const {
  auto it = routers_.find(type);
  return it == routers_.end() ? nullptr : &it->second;
}

std::vector<std::string> ApiCatalogue::root_modules() const {
  std::vector<std::string> roots;
  for (const auto &[api, entry] : entries_) {
    std::string root = api.substr(0, api.find('.'));
    if (std::find(roots.begin(), roots.end(), root) == roots.end())
      roots.push_back(root);
  }
  std::sort(roots.begin(), roots.end());
  return roots;
}

const ApiEntry *ApiCatalogue::find(const std::string &api) const {
  auto it = entries_.find(api);
  return it == entries_.end() ? nullptr : &it->second;
}

} // namespace hoist::python
