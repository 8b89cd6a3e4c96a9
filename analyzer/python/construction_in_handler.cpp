#include "python/construction_in_handler.h"

#include "core/rule_text.h"
#include "python/constant_tests.h"
#include "python/hoist_fix.h"
#include "python/hoistability.h"
#include "python/invoke_effects.h"
#include "python/lazy_init.h"
#include "rules/rule_ids.h"

namespace hoist::python {
namespace {

/// ", through 'get_store' -> 'Store.__init__'" for a construction reached
/// through calls, so one-line formats still show the path.
std::string through(const std::vector<CallStep> &chain) {
  if (chain.empty())
    return "";
  std::string text = " (through ";
  for (std::size_t i = 0; i < chain.size(); ++i)
    text += (i ? " -> '" : "'") + display_name(*chain[i].callee) + "'";
  return text + ")";
}

/// True when `call` is the receiver of a catalogued construction around it
/// (`boto3.Session(...)` in `boto3.Session(...).client("s3")`): one
/// expression is one finding, the outermost, whose fix moves it all.
bool builds_receiver_of_construction(const CheckContext &context, TSNode call,
                                     Scope scope) {
  TSNode attribute = ts_node_parent(call);
  if (!is(attribute, "attribute") ||
      !ts_node_eq(field(attribute, "object"), call))
    return false;
  TSNode outer = ts_node_parent(attribute);
  if (!is(outer, "call") || !ts_node_eq(field(outer, "function"), attribute))
    return false;
  const ApiEntry *entry = context.resolver.catalogue().find(
      context.resolver.called_path(outer, scope));
  return entry && context.enabled(entry->rule);
}

} // namespace

std::vector<std::string> ConstructionInHandler::rule_ids() const {
  std::vector<std::string> ids;
  for (const rules::RuleEntry &rule : rules::kRules)
    if (rule.catalogued &&
        rule.languages.find("python") != std::string_view::npos)
      ids.emplace_back(rule.rule);
  return ids;
}

void ConstructionInHandler::run(CheckContext &context) const {
  std::optional<std::vector<EnvironmentWrite>> environment_writes;
  std::vector<Introspection> introspection;
  for (const ReachedFunction &reached : context.reached) {
    const FunctionInfo &function = *reached.function;
    if (ts_node_is_null(function.body))
      continue;
    const SyntaxTree &tree = reached.module->tree();
    Scope scope{reached.module, &function};
    for (TSNode node : function.calls) {
      std::string path = context.resolver.called_path(node, scope);
      if (path.empty())
        continue;
      const ApiEntry *entry = context.resolver.catalogue().find(path);
      if (!entry || !context.enabled(entry->rule) ||
          builds_receiver_of_construction(context, node, scope) ||
          is_lazily_initialized(*reached.module, function, node,
                                context.emptied) ||
          !ts_node_is_null(
              exit_before(context.resolver, scope, node, function.body)) ||
          in_branch_never_taken(context.resolver, scope, node, function.body))
        continue;
      ClassifiedInputs inputs = classify_construction(
          context.resolver, context.handler, reached, node);
      // Per-invocation by nature: nothing to move or cache.
      if ((inputs.lifetime == InputLifetime::PerInvocation ||
           inputs.lifetime == InputLifetime::EventCredentials) &&
          !context.settings.report_minted_credentials)
        continue;
      std::string written(tree.text(field(node, "function")));
      std::string shown = written == path ? "'" + path + "'"
                                          : "'" + written + "' (" + path + ")";
      std::string message =
          rule_message(entry->rule, "construction",
                       {{"call", shown},
                        {"builds", entry->builds},
                        {"handler", context.handler.name},
                        {"through", through(reached.chain)},
                        {"cost", entry->cost}});
      if (!environment_writes) {
        environment_writes = invoke_path_environment_writes(
            context.resolver, context.handler, context.reached);
        introspection =
            invoke_path_introspection(context.resolver, context.reached);
      }
      ConstructionFix fix = construction_fix(
          context.resolver, context.handler, reached, node, *entry, inputs,
          *environment_writes, introspection, context.hoist_fixes);
      // A cache the invocation empties again: its author drops the object
      // on purpose, which the hoist would undo.
      if (std::string state = lazy_state(tree, function, node); !state.empty())
        make_unsafe(fix, {"every invocation of '" + context.handler.name +
                          "' empties '" + state + "' again (" +
                          context.emptied.how(*reached.module, state) +
                          "), as if to start each with " + entry->builds +
                          " of its own: at module scope one would serve them "
                          "all"});
      bool cache_refused = inputs.lifetime == InputLifetime::KeyedByEvent &&
                           !fix.fix && !fix.not_safe_because.empty();
      if (cache_refused)
        message += "; it " + inputs.reason +
                   ", so it cannot simply move to module scope, nor be cached "
                   "by it: " +
                   fix.not_safe_because;
      else if (inputs.lifetime == InputLifetime::KeyedByEvent)
        message += "; it " + inputs.reason +
                   ", so it cannot simply move to module scope: cache it by "
                   "that key (for example with functools.lru_cache)";
      else if (inputs.lifetime == InputLifetime::ExpiringToken)
        message += "; it is " + inputs.reason +
                   ", which it outlives: keep it across invocations (at "
                   "module scope or in a cache) and connect again with a new "
                   "token when it fails";
      else if (inputs.lifetime == InputLifetime::PerInvocation ||
               inputs.lifetime == InputLifetime::EventCredentials)
        message +=
            "; it is " + inputs.reason + ", so it is per-invocation by nature";
      else if (inputs.lifetime == InputLifetime::Unknown) {
        message += no_fix_clause(inputs.reason);
      }
      bool safe = fix.fix && fix.fix->applicability == Applicability::Safe;
      if (inputs.lifetime == InputLifetime::Hoistable && !safe)
        message += "; no safe fix: " + fix.not_safe_because;
      Diagnostic &diagnostic = context.report(entry->rule, *reached.module,
                                              node, message, reached.chain);
      diagnostic.fix = std::move(fix.fix);
      diagnostic.subject =
          Subject{path, entry->builds,
                  Hoistability{inputs.lifetime == InputLifetime::Hoistable,
                               inputs.reason}};
    }
  }
}

} // namespace hoist::python
