#include "core/catalogue.h"

#include <optional>
#include <stdexcept>

#include "core/source_file.h"

namespace hoist {

Catalogue Catalogue::load(const std::filesystem::path &catalogue_file) {
  std::string unread;
  std::optional<std::string> in =
      read_file(catalogue_file, unread, kDefaultMaxFileSize);
  if (!in)
    throw std::runtime_error(catalogue_file.string() + ": " + unread);
  Catalogue catalogue;
  catalogue.file_ = catalogue_file;
  try {
    catalogue.document_ = nlohmann::json::parse(*in);
    for (const auto &[family, info] : catalogue.document_.at("families").items())
      catalogue.families_[family] = {info.at("cost").get<std::string>(),
                                     info.value("fix_risk", "")};
  } catch (const std::exception &error) {
    throw std::runtime_error(catalogue_file.string() + ": " + error.what());
  }
  return catalogue;
}

std::vector<std::pair<CatalogueEntry, nlohmann::json>>
Catalogue::entries(const std::string &language) const {
  std::vector<std::pair<CatalogueEntry, nlohmann::json>> entries;
  try {
    for (const nlohmann::json &item : list(language)) {
      CatalogueEntry entry;
      entry.api = item.at("api").get<std::string>();
      entry.builds = item.at("builds").get<std::string>();
      entry.family = item.at("family").get<std::string>();
      entry.cost = item.value("cost", "");
      entry.fix_risk = item.value("fix_risk", "");
      entry.rule = item.at("rule").get<std::string>();
      entry.fix = item.at("fix").get<std::string>();
      if (entry.fix != "safe" && entry.fix != "unsafe")
        throw std::runtime_error("'" + entry.api +
                                 "': 'fix' must be 'safe' or 'unsafe'");
      std::string error;
      if (!complete(entry, error))
        throw std::runtime_error("'" + entry.api + "': " + error);
      entries.emplace_back(std::move(entry), item);
    }
  } catch (const std::exception &error) {
    throw std::runtime_error(file_.string() + ": " + error.what());
  }
  return entries;
}

const nlohmann::json &Catalogue::list(const std::string &key) const {
  static const nlohmann::json empty = nlohmann::json::array();
  auto found = document_.find(key);
  return found == document_.end() ? empty : *found;
}

bool Catalogue::complete(CatalogueEntry &entry, std::string &error) const {
  auto family = families_.find(entry.family);
  if (family == families_.end()) {
    // "a, b and c"
    std::string names;
    std::size_t left = families_.size();
    for (const auto &[name, info] : families_)
      names += name + (--left == 0 ? "" : left == 1 ? " and " : ", ");
    error = "unknown family '" + entry.family + "'; the families are " + names;
    return false;
  }
  if (entry.cost.empty())
    entry.cost = family->second.cost;
  if (entry.fix_risk.empty())
    entry.fix_risk = family->second.fix_risk;
  return true;
}

} // namespace hoist
