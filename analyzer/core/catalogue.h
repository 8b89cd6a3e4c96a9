#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace hoist {

/// One expensive-to-build API of rules/catalogue.json, in any language.
struct CatalogueEntry {
  std::string api;    ///< as the language names it: "boto3.client", "Aws::*Client"
  std::string builds; ///< what it builds: "an AWS SDK client"
  std::string family; ///< "aws-sdk", "database", "http"
  std::string cost;   ///< why building it per invocation hurts
  std::string rule;   ///< the rule that reports it
  std::string fix;    ///< "safe" or "unsafe": how far a hoist of it is trusted
  /// Why a hoist of it can change behaviour (its own, else its family's);
  /// may be empty.
  std::string fix_risk;

  bool safe_fix() const { return fix == "safe"; }
};

/// rules/catalogue.json, read once for every front-end: the families (what
/// building one costs, why a hoist may change behaviour) and a list of
/// expensive APIs per language, each in that language's own format.
class Catalogue {
public:
  /// Throws std::runtime_error naming the file and what is wrong in it.
  static Catalogue load(const std::filesystem::path &catalogue_file);

  /// `language`'s list ("python", "cpp"): each entry with its family's cost
  /// and fix risk (unless it names its own), beside the item as written, for
  /// the language's own keys.
  std::vector<std::pair<CatalogueEntry, nlohmann::json>>
  entries(const std::string &language) const;
  /// Another top-level list ("python_routers"); empty when absent.
  const nlohmann::json &list(const std::string &key) const;
  /// Fills `entry`'s cost and fix risk (when it has none) from its family;
  /// false, with `error` saying why, for an unknown family.
  bool complete(CatalogueEntry &entry, std::string &error) const;

private:
  struct Family {
    std::string cost;
    std::string fix_risk;
  };
  std::filesystem::path file_;
  std::map<std::string, Family> families_;
  nlohmann::json document_;
};

} // namespace hoist
