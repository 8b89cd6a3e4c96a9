#include "cpp/cpp_catalogue.h"

#include <fnmatch.h>

namespace hoist::cpp {

CppCatalogue CppCatalogue::load(const std::filesystem::path &catalogue_file) {
  CppCatalogue catalogue;
  for (auto &[common, item] : Catalogue::load(catalogue_file).entries("cpp")) {
    catalogue.entries_.push_back({std::move(common),
                                  item.value("kind", "class") == "function"
                                      ? CppApi::Kind::Function
                                      : CppApi::Kind::Class,
                                  item.value("sdk_object", false)});
  }
  return catalogue;
}

std::string CppApi::move_risk() const {
  if (safe_fix())
    return {};
  return fix_risk.empty() ? "the catalogue marks moving it as unsafe"
                          : fix_risk;
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
  entry.fix = "unsafe";
  entry.fix_risk = "hoist cannot tell whether one '" + name +
                   "' can serve every invocation (configured with "
                   "ExtraClasses)";
  // Configured first, so they win over a broader catalogue pattern.
  entries_.insert(entries_.begin(), std::move(entry));
}

} // namespace hoist::cpp
