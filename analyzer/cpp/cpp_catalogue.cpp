#include "cpp/cpp_catalogue.h"

#include <fnmatch.h>

#include <algorithm>
#include <string_view>

#include "core/indefinite_article.h"
#include "core/rule_text.h"

namespace hoist::cpp {

CppCatalogue CppCatalogue::load(const std::filesystem::path &catalogue_file) {
  CppCatalogue catalogue;
  for (auto &[common, item] : Catalogue::load(catalogue_file).entries("cpp")) {
    catalogue.entries_.emplace_back(CppApi{std::move(common),
                                           item.value("kind", "class") == "function"
                                               ? CppApi::Kind::Function
                                               : CppApi::Kind::Class,
                                           item.value("sdk_object", false),
                                           item.value("returns", "")});
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
  // The call path is in the notes, not in the message.
  return rule_message(api.rule, "construction",
                      {{"call", "'" + name + "'"},
                       {"builds", api.builds},
                       {"handler", handler},
                       {"reaching", ""},
                       {"through", ""},
                       {"cost", api.cost}});
}

Subject construction_subject(const CppApi &api, const std::string &name) {
  return {name, api.builds, std::nullopt};
}

Hoistability moved_to_main(const std::string &risk) {
  std::string reason = "built only from what main() can compute before the "
                       "first invocation";
  if (!risk.empty())
    reason += "; no safe fix: " + risk;
  return {true, reason};
}

CppCatalogue::Entry::Entry(CppApi api) : api(std::move(api)) {
  const std::string &pattern = this->api.api;
  auto wildcard = [](char c) {
    return c == '*' || c == '?' || c == '[' || c == ']' || c == '\\';
  };
  prefix = std::find_if(pattern.begin(), pattern.end(), wildcard) - pattern.begin();
  suffix = std::find_if(pattern.rbegin(), pattern.rend(), wildcard) - pattern.rbegin();
  literal = prefix == pattern.size();
}

const CppApi *CppCatalogue::match(const std::string &qualified_name,
                                  CppApi::Kind kind) const {
  std::string_view name = qualified_name;
  for (const Entry &entry : entries_) {
    std::string_view pattern = entry.api.api;
    // Most names a handler spells fail the pattern's literal ends, which
    // cost less to compare than fnmatch costs to call.
    if (entry.api.kind != kind ||
        (entry.literal ? name != pattern
                       : name.size() < entry.prefix + entry.suffix ||
                             name.substr(0, entry.prefix) !=
                                 pattern.substr(0, entry.prefix) ||
                             name.substr(name.size() - entry.suffix) !=
                                 pattern.substr(pattern.size() - entry.suffix)))
      continue;
    // fnmatch without FNM_PATHNAME: '*' runs across "::" too.
    if (entry.literal || fnmatch(pattern.data(), qualified_name.c_str(), 0) == 0)
      return &entry.api;
  }
  return nullptr;
}

void CppCatalogue::add_class(const std::string &name, const std::string &rule) {
  CppApi entry;
  entry.api = name;
  entry.builds = quoted_with_article(name);
  entry.cost = "it is expensive to build (configured with ExtraClasses)";
  entry.rule = rule;
  entry.fix = "unsafe";
  entry.fix_risk = "hoist cannot tell whether one '" + name +
                   "' can serve every invocation (configured with "
                   "ExtraClasses)";
  // Configured first, so they win over a broader catalogue pattern.
  entries_.insert(entries_.begin(), Entry(std::move(entry)));
}

bool CppCatalogue::names_namespace(const std::string &outermost) const {
  const std::string prefix = outermost + "::";
  return std::any_of(entries_.begin(), entries_.end(), [&](const Entry &entry) {
    return entry.api.api.compare(0, prefix.size(), prefix) == 0;
  });
}

bool builds_element(std::string_view name, std::string_view container) {
  if (name == "operator[]") // (a vector's or an array's builds nothing)
    return container == "map" || container == "unordered_map";
  return name == "emplace" || name == "emplace_back" ||
         name == "emplace_front" || name == "emplace_hint" ||
         name == "try_emplace" || name == "resize";
}

std::size_t element_arguments_start(std::string_view name,
                                    std::string_view container) {
  const bool map = container == "map" || container == "unordered_map" ||
                   container == "multimap" || container == "unordered_multimap";
  const bool sequence =
      container == "vector" || container == "deque" || container == "list";
  if (name == "emplace_hint")
    return map ? 2 : 1;
  if (name == "try_emplace" || name == "resize" ||
      (name == "emplace" && (map || sequence)))
    return 1;
  return 0; // emplace_back, emplace_front, a set's emplace
}

} // namespace hoist::cpp
