#include "javascript/js_importers.h"

#include <filesystem>

#include "core/message_excerpt.h"

namespace hoist::javascript {

namespace fs = std::filesystem;

namespace {

std::string absolute_path(const JsModule &module) {
  return fs::absolute(module.tree().file()->path()).lexically_normal().string();
}

} // namespace

const std::set<std::string> &Importers::loads_of(const std::string &path) {
  auto [found, fresh] = loads_.try_emplace(path);
  if (!fresh)
    return found->second;
  std::unique_ptr<JsModule> module = modules_.parse_apart(path);
  if (!module)
    return found->second;
  for (const ModuleLoad &load : module_loads(*module)) {
    if (!load.specifier) {
      computed_.try_emplace(
          path, message_excerpt(module->tree().text(load.site), 60));
      continue;
    }
    if (std::string loaded = modules_.imported_path(*module, *load.specifier);
        !loaded.empty() && loaded != path)
      found->second.insert(loaded);
  }
  return found->second;
}

void Importers::index() {
  if (indexed_)
    return;
  indexed_ = true;
  for (const auto &[path, display] : modules_.checked())
    for (const std::string &loaded : loads_of(path))
      loaders_[loaded].insert(path);
}

std::string Importers::other_loader(const JsModule &handler,
                                    const JsModule &target) {
  auto shown = [&](const std::string &path) {
    auto listed = modules_.checked().find(path);
    return listed != modules_.checked().end() ? listed->second : path;
  };
  const std::string handler_path = absolute_path(handler);
  const std::string target_path = absolute_path(target);
  if (!modules_.checked().count(target_path))
    return "is not among the files checked, whose importers hoist cannot see";
  index();
  // The handler's entry chain: what its module loads, transitively.
  std::set<std::string> chain{handler_path};
  std::vector<std::string> pending{handler_path};
  while (!pending.empty()) {
    std::string path = std::move(pending.back());
    pending.pop_back();
    for (const std::string &loaded : loads_of(path))
      if (chain.insert(loaded).second)
        pending.push_back(loaded);
  }
  // Each module that loads the target, directly or through others, up to
  // the handler's: each must be on that chain.
  std::set<std::string> seen{target_path};
  std::vector<std::pair<std::string, std::string>> loaded{{target_path, ""}};
  while (!loaded.empty()) {
    auto [path, through] = std::move(loaded.back());
    loaded.pop_back();
    auto loaders = loaders_.find(path);
    if (loaders == loaders_.end())
      continue;
    for (const std::string &loader : loaders->second) {
      if (loader == handler_path || !seen.insert(loader).second)
        continue;
      if (!chain.count(loader))
        return "'" + shown(loader) + "' loads too" +
               (through.empty() ? "" : " (through '" + through + "')") +
               ", where the handler's module does not load it";
      loaded.emplace_back(loader, through.empty() ? shown(loader) : through);
    }
  }
  for (const auto &[path, load] : computed_)
    if (!chain.count(path))
      return "'" + shown(path) + "' may load too: it loads code whose name "
             "it computes ('" + load + "')";
  return "";
}

} // namespace hoist::javascript
