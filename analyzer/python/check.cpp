#include "python/check.h"

#include "python/construction_in_handler.h"
#include "python/handler_signature.h"

namespace hoist::python {

std::string display_name(const FunctionInfo &function) {
  // As Python's __qualname__ names them: `handler.<locals>.upload`.
  if (function.enclosing)
    return display_name(*function.enclosing) + ".<locals>." + function.name;
  return function.class_name.empty()
             ? function.name
             : function.class_name + "." + function.name;
}

namespace {

/// What a step of a call chain does, said at its `call`.
std::string step_note(const CallStep &step) {
  std::string caller = "'" + display_name(*step.caller) + "'";
  std::string callee = "'" + display_name(*step.callee) + "'";
  std::string written =
      "'" + std::string(step.module->tree().text(step.call)) + "'";
  if (step.wraps)
    return written + " wraps " + caller + " here: " + callee +
           " runs in its place";
  if (step.injected)
    return caller + " declares the dependency " + written +
           " here: the framework calls " + callee + " before it";
  if (is(step.call, "attribute")) // a getter run by a read (`repo.table`)
    return caller + " reads " + written + " here, which runs " + callee;
  return caller + " calls " + callee + " here";
}

} // namespace

Diagnostic &CheckContext::report(const std::string &rule_id,
                                 const ModuleModel &module, TSNode node,
                                 std::string message,
                                 const std::vector<CallStep> &chain) {
  Diagnostic diagnostic;
  diagnostic.rule_id = rule_id;
  const RuleInfo *rule = registry_.find(rule_id);
  diagnostic.severity = rule ? rule->severity : Severity::Warning;
  diagnostic.location = {module.tree().file(), module.tree().range(node)};
  diagnostic.message = std::move(message);
  diagnostic.notes.push_back(
      {handler.location,
       "'" + handler.name + "' is a Lambda handler: " + handler.reason});
  diagnostic.handlers.push_back({handler.name, handler.location});
  for (const CallStep &step : chain) {
    Location call{step.module->tree().file(),
                  step.module->tree().range(step.call)};
    diagnostic.notes.push_back({call, step_note(step)});
    diagnostic.call_path.push_back(call);
  }
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
