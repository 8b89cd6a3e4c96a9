#include "python/api_catalogue.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace hoist::python {
namespace {

std::string root_module_of(const std::string &api) {
  return api.substr(0, api.find('.'));
}

} // namespace

bool is_mutating_dunder(std::string_view method) {
  // `__init__` called again re-initialises the object in place
  // (`CFG.__init__(region=r)` on a dict updates it).
  return method == "__setattr__" || method == "__delattr__" ||
         method == "__setitem__" || method == "__delitem__" ||
         method == "__setstate__" || method == "__init__";
}

const std::vector<std::string> &container_mutating_methods() {
  static const std::vector<std::string> kMutating = {
      "update", "setdefault", "pop",     "popitem", "clear",
      "append", "extend",     "insert",  "remove",  "add",
      "discard", "sort",      "reverse", "__setitem__", "__iadd__", "__ior__"};
  return kMutating;
}

bool MethodCalls::configures(std::string_view method,
                             bool result_unused) const {
  if (is_mutating_dunder(method))
    return true;
  bool listed = std::find(except.begin(), except.end(), method) != except.end();
  return configure ? result_unused && !listed : listed;
}

ApiCatalogue ApiCatalogue::load(const std::filesystem::path &catalogue_file) {
  ApiCatalogue catalogue;
  catalogue.source_ = Catalogue::load(catalogue_file);
  auto entries = catalogue.source_.entries("python");
  try {
    std::unordered_map<std::string, MethodCalls> method_kinds;
    for (const auto &[name, info] :
         catalogue.source_.list("python_methods").items()) {
      std::string calls = info.at("calls").get<std::string>();
      if (calls != "configure" && calls != "use")
        throw std::runtime_error("methods '" + name +
                                 "': 'calls' is 'configure' or 'use'");
      method_kinds[name] = {calls == "configure",
                            info.value("except", std::vector<std::string>{})};
    }
    auto methods_named = [&](const std::string &name) {
      auto found = method_kinds.find(name);
      if (found == method_kinds.end())
        throw std::runtime_error("unknown methods '" + name + "'");
      return found->second;
    };
    for (const auto &[family, info] : catalogue.source_.list("families").items())
      if (info.contains("methods"))
        catalogue.family_methods_[family] =
            methods_named(info.at("methods").get<std::string>());
    for (auto &[common, item] : entries) {
      ApiEntry entry{std::move(common), item.value("returns", ""), {}};
      entry.methods = item.contains("methods")
                          ? methods_named(item.at("methods").get<std::string>())
                          : catalogue.family_methods(entry.family);
      entry.thread_safe = item.value("thread_safe", true);
      entry.event_loop = item.value("event_loop", false);
      std::string with_block = item.value("with_block", "closes");
      if (with_block != "closes" && with_block != "commits")
        throw std::runtime_error("entry '" + entry.api +
                                 "': 'with_block' is 'closes' or 'commits'");
      entry.open_after_with = with_block == "commits";
      entry.blocking_keyword = item.value("blocking_keyword", "");
      entry.validated_url = item.value("validated_url", "");
      entry.unless_given = item.value("unless_given", "");
      entry.same_as = item.value("same_as", "");
      if (!catalogue.entries_.emplace(entry.api, entry).second)
        throw std::runtime_error("duplicate entry '" + entry.api + "'");
      catalogue.root_modules_.insert(root_module_of(entry.api));
    }
    for (const auto &[api, entry] : catalogue.entries_) {
      if (entry.same_as.empty())
        continue;
      auto named = catalogue.entries_.find(entry.same_as);
      if (named == catalogue.entries_.end() || !named->second.same_as.empty())
        throw std::runtime_error("entry '" + api + "': 'same_as' names no " +
                                 "entry of its own spelling");
      named->second.spelled_otherwise = true;
    }
    for (const auto &item : catalogue.source_.list("python_routers")) {
      RouterEntry router{item.at("class").get<std::string>(),
                         item.at("dispatch").get<std::vector<std::string>>(),
                         item.at("routes").get<std::vector<std::string>>(),
                         item.value("includes", std::vector<std::string>{}),
                         item.value("deployed_as", ""),
                         item.value("server", ""),
                         item.value("dependencies", "")};
      catalogue.routers_.emplace(router.type, router);
    }
    for (const auto &item : catalogue.source_.list("python_router_adapters")) {
      std::string runs = item.at("runs").get<std::string>();
      if (runs != "call" && runs != "result")
        throw std::runtime_error("router adapter '" +
                                 item.at("callable").get<std::string>() +
                                 "': 'runs' is 'call' or 'result'");
      catalogue.router_adapters_.emplace(item.at("callable").get<std::string>(),
                                         runs == "call" ? RouterAdapter::Runs
                                                        : RouterAdapter::Makes);
    }
    for (const auto &item :
         catalogue.source_.list("python_dependency_markers"))
      catalogue.dependency_markers_.insert(item.get<std::string>());
    for (const auto &item : catalogue.source_.list("python_request_values"))
      catalogue.request_values_.insert(item.get<std::string>());
    for (const auto &item : catalogue.source_.list("python_argument_changers"))
      catalogue.argument_changers_.insert(item.get<std::string>());
    for (const auto &item : catalogue.source_.list("python_same_thread_callers"))
      catalogue.same_thread_callers_.insert(item.get<std::string>());
    for (const auto &item : catalogue.source_.list("python_transparent_wrappers"))
      catalogue.transparent_wrappers_.insert(item.get<std::string>());
    for (const auto &item : catalogue.source_.list("python_harmless_calls"))
      catalogue.harmless_calls_.insert(item.get<std::string>());
    for (const auto &item :
         catalogue.source_.list("python_environment_writers"))
      catalogue.environment_writers_.insert(item.get<std::string>());
    for (const auto &item : catalogue.source_.list("python_environment_views"))
      catalogue.environment_views_.insert(item.get<std::string>());
    for (const auto &item : catalogue.source_.list("python_shallow_copies"))
      catalogue.shallow_copies_.insert(item.get<std::string>());
    for (const auto &item : catalogue.source_.list("python_value_attributes"))
      catalogue.value_attributes_.insert(item.get<std::string>());
  } catch (const std::exception &error) {
    throw std::runtime_error(catalogue_file.string() + ": " + error.what());
  }
  return catalogue;
}

bool ApiCatalogue::add(ApiEntry entry, std::string &error) {
  if (!source_.complete(entry, error)) {
    error = "constructor '" + entry.api + "': " + error;
    return false;
  }
  entry.methods = family_methods(entry.family);
  if (!entries_.emplace(entry.api, entry).second) {
    error = "constructor '" + entry.api + "' is already in the catalogue";
    return false;
  }
  root_modules_.insert(root_module_of(entry.api));
  return true;
}

MethodCalls ApiCatalogue::family_methods(const std::string &family) const {
  auto found = family_methods_.find(family);
  return found == family_methods_.end() ? MethodCalls{} : found->second;
}

bool ApiCatalogue::is_harmless(const std::string &path) const {
  // A harmless package's environment writer is not (`flask.cli.load_dotenv`,
  // `starlette.config.environ.update`).
  if (writes_environment(path))
    return false;
  for (std::size_t end = path.size(); end != std::string::npos;
       end = end == 0 ? std::string::npos : path.rfind('.', end - 1))
    if (environment_views_.count(path.substr(0, end)))
      return false;
  for (std::size_t end = path.size(); end != std::string::npos;
       end = end == 0 ? std::string::npos : path.rfind('.', end - 1))
    if (harmless_calls_.count(path.substr(0, end)))
      return true;
  return false;
}

bool ApiCatalogue::is_request_value(const std::string &path) const {
  for (std::size_t end = path.size(); end != std::string::npos;
       end = end == 0 ? std::string::npos : path.rfind('.', end - 1))
    if (request_values_.count(path.substr(0, end)))
      return true;
  return false;
}

const RouterEntry *ApiCatalogue::router(const std::string &type) const {
  auto it = routers_.find(type);
  return it == routers_.end() ? nullptr : &it->second;
}

std::vector<std::string> ApiCatalogue::deployed_handlers() const {
  std::set<std::string> handlers;
  for (const auto &[type, router] : routers_)
    if (!router.deployed_as.empty())
      handlers.insert(router.deployed_as);
  return {handlers.begin(), handlers.end()};
}

std::vector<std::string> ApiCatalogue::root_modules() const {
  std::vector<std::string> roots(root_modules_.begin(), root_modules_.end());
  std::sort(roots.begin(), roots.end());
  return roots;
}

const ApiEntry *ApiCatalogue::find(const std::string &api) const {
  auto it = entries_.find(api);
  return it == entries_.end() ? nullptr : &it->second;
}

} // namespace hoist::python
