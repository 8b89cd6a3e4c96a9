#include "javascript/js_catalogue.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace hoist::javascript {
namespace {

/// fnmatch without FNM_PATHNAME: '*' runs across '/' and '.' too.
bool matches(const std::string &pattern, const std::string &text) {
  return fnmatch(pattern.c_str(), text.c_str(), 0) == 0;
}

/// True when `api` is the aggregated client of the SDK v3 package `module`:
/// `S3` of @aws-sdk/client-s3, `SecretsManager` of client-secrets-manager.
bool is_service_client(const std::string &module, const std::string &api) {
  std::size_t at = module.rfind("client-");
  if (at == std::string::npos || api.empty())
    return false;
  std::string service;
  for (char c : module.substr(at + 7))
    if (c != '-')
      service += c;
  return service.size() == api.size() &&
         std::equal(service.begin(), service.end(), api.begin(),
                    [](char a, char b) {
                      return std::tolower(static_cast<unsigned char>(a)) ==
                             std::tolower(static_cast<unsigned char>(b));
                    });
}

} // namespace

JsCatalogue JsCatalogue::load(const std::filesystem::path &catalogue_file) {
  JsCatalogue catalogue;
  Catalogue source = Catalogue::load(catalogue_file);
  for (const auto &memoizer : source.list("javascript_memoizers"))
    catalogue.memoizers_.emplace_back(memoizer.at("module").get<std::string>(),
                                      memoizer.at("api").get<std::string>());
  for (const auto &writer : source.list("javascript_environment_writers"))
    catalogue.environment_writers_.emplace_back(
        writer.at("module").get<std::string>(),
        writer.at("api").get<std::string>());
  for (const auto &call : source.list("javascript_per_call_values"))
    catalogue.per_call_values_.emplace_back(call.at("module").get<std::string>(),
                                            call.at("api").get<std::string>());
  for (const auto &module : source.list("javascript_harmless_calls"))
    catalogue.harmless_calls_.push_back(module.get<std::string>());
  for (const auto &method : source.list("javascript_dispatch_methods"))
    catalogue.dispatch_methods_.push_back(method.get<std::string>());
  for (const auto &lifecycle : source.list("javascript_lifecycle_methods"))
    catalogue.lifecycles_.push_back(
        {lifecycle.at("module").get<std::string>(),
         lifecycle.at("api").get<std::string>(),
         lifecycle.at("methods").get<std::vector<std::string>>()});
  for (const auto &wrapper : source.list("javascript_middleware"))
    catalogue.middleware_.push_back(
        {wrapper.at("module").get<std::string>(),
         wrapper.at("api").get<std::string>(),
         wrapper.at("attach").get<std::vector<std::string>>(),
         wrapper.at("hooks").get<std::vector<std::string>>()});
  for (const auto &caller : source.list("javascript_immediate_callbacks"))
    catalogue.immediate_callbacks_.push_back(
        {caller.value("module", ""), caller.value("api", ""),
         caller.at("method").get<std::string>(),
         caller.at("callback").get<std::size_t>(), caller.value("once", false)});
  for (const auto &[service, oldest] :
       source.list("javascript_sdk_v2_api_versions").items())
    catalogue.sdk_v2_oldest_models_.emplace(service, oldest.get<std::string>());
  for (auto &[common, item] : source.entries("javascript")) {
    JsApi api;
    static_cast<CatalogueEntry &>(api) = std::move(common);
    api.module = item.at("module").get<std::string>();
    std::string kind = item.value("kind", "new");
    if (kind != "new" && kind != "call")
      throw std::runtime_error(catalogue_file.string() + ": '" + api.api +
                               "': 'kind' must be 'new' or 'call'");
    api.kind = kind == "new" ? JsApi::Kind::New : JsApi::Kind::Call;
    api.except = item.value("except", std::vector<std::string>{});
    api.built_with = item.value("built_with", std::vector<std::string>{});
    api.from_url = item.value("from_url", false);
    if (item.contains("wraps"))
      api.wraps = item.at("wraps").get<std::size_t>();
    if (item.contains("reconnect")) {
      api.opens = item.at("reconnect").at("open").get<std::vector<std::string>>();
      api.closes =
          item.at("reconnect").at("close").get<std::vector<std::string>>();
    }
    catalogue.entries_.push_back(std::move(api));
  }
  return catalogue;
}

const JsApi *JsCatalogue::match(const std::string &module,
                                const std::string &api,
                                JsApi::Kind kind) const {
  for (const JsApi &entry : entries_)
    if (entry.kind == kind && matches(entry.module, module) &&
        (entry.api.empty()          ? api.empty()
         : entry.api == "{service}" ? is_service_client(module, api)
                                    : matches(entry.api, api)) &&
        std::none_of(
            entry.except.begin(), entry.except.end(),
            [&](const std::string &pattern) { return matches(pattern, api); }))
      return &entry;
  return nullptr;
}

namespace {

/// True when `listed` (module pattern, api) names `module`'s `api`.
bool lists(const std::vector<std::pair<std::string, std::string>> &listed,
           const std::string &module, const std::string &api) {
  return std::any_of(listed.begin(), listed.end(), [&](const auto &entry) {
    return matches(entry.first, module) && entry.second == api;
  });
}

} // namespace

bool JsCatalogue::memoizes(const std::string &module,
                           const std::string &api) const {
  return lists(memoizers_, module, api);
}

bool JsCatalogue::writes_environment(const std::string &module,
                                     const std::string &api) const {
  return lists(environment_writers_, module, api);
}

bool JsCatalogue::gives_per_call_value(const std::string &module,
                                       const std::string &api) const {
  return lists(per_call_values_, module, api);
}

bool JsCatalogue::harmless(const std::string &module) const {
  return std::any_of(harmless_calls_.begin(), harmless_calls_.end(),
                     [&](const std::string &pattern) {
                       return matches(pattern, module);
                     }) ||
         std::any_of(entries_.begin(), entries_.end(), [&](const JsApi &entry) {
           return matches(entry.module, module);
         });
}

std::vector<std::string>
JsCatalogue::lifecycle_methods(const std::string &module,
                               const std::string &api) const {
  for (const Lifecycle &lifecycle : lifecycles_)
    if (matches(lifecycle.module, module) && matches(lifecycle.api, api))
      return lifecycle.methods;
  return {};
}

const JsCatalogue::Middleware *
JsCatalogue::middleware(const std::string &module,
                        const std::string &api) const {
  for (const Middleware &wrapper : middleware_)
    if (matches(wrapper.module, module) && matches(wrapper.api, api))
      return &wrapper;
  return nullptr;
}

bool JsCatalogue::calls_at_once(
    const std::optional<std::pair<std::string, std::string>> &built,
    std::string_view method, std::size_t index, bool once) const {
  return std::any_of(
      immediate_callbacks_.begin(), immediate_callbacks_.end(),
      [&](const ImmediateCallback &caller) {
        return caller.method == method && caller.index == index &&
               (caller.once || !once) &&
               (caller.module.empty() ||
                (built && matches(caller.module, built->first) &&
                 matches(caller.api, built->second)));
      });
}

const std::pair<const std::string, std::string> *
JsCatalogue::sdk_v2_service(std::string_view service) const {
  for (const auto &entry : sdk_v2_oldest_models_)
    if (entry.first.size() == service.size() &&
        std::equal(entry.first.begin(), entry.first.end(), service.begin(),
                   [](char a, char b) {
                     return std::tolower(static_cast<unsigned char>(a)) ==
                            std::tolower(static_cast<unsigned char>(b));
                   }))
      return &entry;
  return nullptr;
}

} // namespace hoist::javascript
