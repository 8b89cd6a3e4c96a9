#include "server/server_settings.h"

#include <stdexcept>

namespace hoist::server {
namespace {

void read_list(const nlohmann::json &options, const char *key,
               std::vector<std::string> &out) {
  if (!options.contains(key) || options.at(key).is_null())
    return;
  const nlohmann::json &value = options.at(key);
  std::vector<std::string> items;
  for (const nlohmann::json &item :
       value.is_array() ? value : nlohmann::json::array({nullptr})) {
    if (!item.is_string())
      throw std::invalid_argument(std::string("'") + key +
                                  "' takes a list of rule ids (strings)");
    items.push_back(item.get<std::string>());
  }
  out = std::move(items);
}

} // namespace

void ServerSettings::update(const nlohmann::json &given) {
  if (!given.is_object())
    return;
  const nlohmann::json &options =
      given.contains("hoist") && given.at("hoist").is_object()
          ? given.at("hoist")
          : given;
  read_list(options, "select", select);
  read_list(options, "extendSelect", extend_select);
  read_list(options, "ignore", ignore);
  if (options.contains("unsafeFixes")) {
    if (!options.at("unsafeFixes").is_boolean())
      throw std::invalid_argument("'unsafeFixes' takes true or false");
    unsafe_fixes = options.at("unsafeFixes").get<bool>();
  }
}

} // namespace hoist::server
