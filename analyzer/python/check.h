#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/diagnostic.h"
#include "core/rule_registry.h"
#include "python/api_catalogue.h"
#include "python/handler_discovery.h"
#include "python/module_model.h"

namespace hoist::python {

/// What a check sees of one module, and where it reports.
class CheckContext {
public:
  CheckContext(const ModuleModel &module, const ApiCatalogue &catalogue,
               const std::vector<Handler> &handlers,
               const RuleRegistry &registry,
               const std::unordered_set<std::string> &enabled_rules,
               std::vector<Diagnostic> &out)
      : module(module), catalogue(catalogue), handlers(handlers),
        registry_(registry), enabled_rules_(enabled_rules), out_(out) {}

  const ModuleModel &module;
  const ApiCatalogue &catalogue;
  const std::vector<Handler> &handlers;

  bool enabled(const std::string &rule_id) const {
    return enabled_rules_.count(rule_id) > 0;
  }
  /// Adds a diagnostic of `rule_id` at `node`, with the rule's severity and a
  /// note pointing at `handler`.
  Diagnostic &report(const std::string &rule_id, TSNode node,
                     std::string message, const Handler &handler);
  Location location(TSNode node) const {
    return {module.tree().file(), module.tree().range(node)};
  }

private:
  const RuleRegistry &registry_;
  const std::unordered_set<std::string> &enabled_rules_;
  std::vector<Diagnostic> &out_;
};

/// One check: a class that finds one kind of problem and may report it under
/// one or more rule ids.
class Check {
public:
  virtual ~Check() = default;
  virtual std::vector<std::string> rule_ids() const = 0;
  virtual void run(CheckContext &context) const = 0;
};

/// Every Python check hoist has.
std::vector<std::unique_ptr<Check>> make_checks();

} // namespace hoist::python
