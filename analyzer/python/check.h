#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/analysis_options.h"
#include "core/diagnostic.h"
#include "core/rule_registry.h"
#include "python/handler_discovery.h"
#include "python/hoist_fix.h"
#include "python/reachability.h"

namespace hoist::python {

/// What a check sees of one handler: the handler, every function it runs on
/// each invocation, the state those empty on each, and the resolver; and
/// where it reports.
class CheckContext {
public:
  CheckContext(const NameResolver &resolver, const Handler &handler,
               const std::vector<ReachedFunction> &reached,
               const EmptiedState &emptied, const RuleRegistry &registry,
               const std::unordered_set<std::string> &enabled_rules,
               const CheckSettings &settings, std::vector<Diagnostic> &out)
      : resolver(resolver), handler(handler), reached(reached),
        emptied(emptied), settings(settings), registry_(registry),
        enabled_rules_(enabled_rules), out_(out) {}

  const NameResolver &resolver;
  const Handler &handler;
  const std::vector<ReachedFunction> &reached;
  const EmptiedState &emptied;
  const CheckSettings &settings;
  /// The analysis thread's hoist fixes, when it keeps them.
  HoistFixMemo *hoist_fixes = nullptr;

  bool enabled(const std::string &rule_id) const {
    return enabled_rules_.count(rule_id) > 0;
  }
  /// Adds a diagnostic of `rule_id` at `node` of `module`, with the rule's
  /// severity, a note on the handler and one on each call of `chain`.
  Diagnostic &report(const std::string &rule_id, const ModuleModel &module,
                     TSNode node, std::string message,
                     const std::vector<CallStep> &chain = {});

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

/// How a function is named in messages: `make_client`, `Store.__init__`.
std::string display_name(const FunctionInfo &function);

} // namespace hoist::python
