#include "cpp/cpp_catalogue.h"

#include <fnmatch.h>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace hoist::cpp {

CppCatalogue CppCatalogue::load(const std::filesystem::path &catalogue_file) {
  std::ifstream in(catalogue_file);
  if (!in)
    throw std::runtime_error("cannot read " + catalogue_file.string());
  nlohmann::json document = nlohmann::json::parse(in);
  const nlohmann::json &families = document.at("families");
  CppCatalogue catalogue;
  for (const auto &item : document.value("cpp", nlohmann::json::array())) {
    CppApi entry;
    entry.api = item.at("api").get<std::string>();
    entry.kind = item.value("kind", "class") == "function"
                     ? CppApi::Kind::Function
                     : CppApi::Kind::Class;
    entry.builds = item.at("builds").get<std::string>();
    entry.rule = item.at("rule").get<std::string>();
    entry.sdk_object = item.value("sdk_object", false);
    auto family = families.find(item.at("family").get<std::string>());
    if (family == families.end())
      throw std::runtime_error(catalogue_file.string() + ": '" + entry.api +
                               "' names an unknown family");
    entry.cost = item.value("cost", family->at("cost").get<std::string>());
    if (item.at("fix").get<std::string>() != "safe")
      entry.fix_risk = family->value(
          "fix_risk", "the catalogue marks moving it as unsafe");
    catalogue.entries_.push_back(std::move(entry));
  }
  return catalogue;
}

std::string construction_message(const CppApi &api, const std::string &name,
                                 const std::string &handler) {
  if (api.rule == "sdk-init-in-handler")
    return "'" + name + "' runs on every invocation of handler '" + handler +
           "'; initialize the SDK once in main(), around run_handler";
  return "'" + name + "' builds " + api.builds +
         " on every invocation of handler '" + handler + "'; " + api.cost;
}

const CppApi *CppCatalogue::match(const std::string &qualified_name,
                                  CppApi::Kind kind) const {
  for (const CppApi &entry : entries_)
    // fnmatch without FNM_PATHNAME: '*' runs across "::" too.
    if (entry.kind == kind &&
        fnmatch(entry.api.c_str(), qualified_name.c_str(), 0) == 0)
      return &entry;
  return nullptr;
}

void CppCatalogue::add_class(const std::string &name, const std::string &rule) {
  CppApi entry;
  entry.api = name;
  entry.builds = "a '" + name + "'";
  entry.cost = "it is expensive to build (configured with ExtraClasses)";
  entry.rule = rule;
  entry.fix_risk = "hoist cannot tell whether one '" + name +
                   "' can serve every invocation (configured with "
                   "ExtraClasses)";
  // Configured first, so they win over a broader catalogue pattern.
  entries_.insert(entries_.begin(), std::move(entry));
}

} // namespace hoist::cpp
