#include "python/check.h"

#include "python/construction_in_handler.h"
#include "python/handler_signature.h"

namespace hoist::python {

Diagnostic &CheckContext::report(const std::string &rule_id, TSNode node,
                                 std::string message, const Handler &handler) {
  Diagnostic diagnostic;
  diagnostic.rule_id = rule_id;
  const RuleInfo *rule = registry_.find(rule_id);
  diagnostic.severity = rule ? rule->severity : Severity::Warning;
  diagnostic.location = location(node);
  diagnostic.message = std::move(message);
  diagnostic.notes.push_back({location(handler.function->name_node),
                              "'" + handler.function->name +
                                  "' is a Lambda handler: " + handler.reason});
  out_.push_back(std::move(diagnostic));
  return out_.back();
}

std::vector<std::unique_ptr<Check>> make_checks() {
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(std::make_unique<ConstructionInHandler>());
  checks.push_back(std::make_unique<HandlerSignature>());
  return checks;
}

} // namespace hoist::python
