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
/// through calls (and then run by `last`, when given), so one-line formats
/// still show the path. A library object as the handler runs the route
/// the chain starts with, which it names first.
std::string through(const CheckContext &context, const ReachedFunction &reached,
                    const std::string &last = "") {
  const std::vector<CallStep> &chain = reached.chain;
  std::vector<std::string> names;
  if (!context.handler.function)
    names.push_back(display_name(chain.empty() ? *reached.function
                                               : *chain.front().caller));
  for (const CallStep &step : chain)
    names.push_back(display_name(*step.callee));
  if (!last.empty())
    names.push_back(last);
  if (names.empty())
    return "";
  std::string text = " (through ";
  for (std::size_t i = 0; i < names.size(); ++i)
    text += (i ? " -> '" : "'") + names[i] + "'";
  return text + ")";
}

/// What a message says after "on every invocation of handler 'h'" when
/// `call` runs only on some of them (behind an `if`, here or on the way).
std::string reaching(const ReachedFunction &reached, TSNode call) {
  return runs_on_some_invocations(reached, call) ? " that reaches it" : "";
}

/// How a message names a construction: "'boto3.client'", or what is
/// written and what it is, "'b3.client' (boto3.client)".
std::string shown_call(const std::string &written, const std::string &path) {
  return written == path ? "'" + path + "'"
                         : "'" + written + "' (" + path + ")";
}

/// True when `call`, in `reached`, runs on the invocations that reach it:
/// not kept in lazy state, not after a statement that always exits, not
/// under a test that is never true.
bool runs_when_reached(const CheckContext &context,
                       const ReachedFunction &reached, TSNode call) {
  Scope scope{reached.module, reached.function, reached.receiver};
  TSNode body = reached.function->body;
  return !is_lazily_initialized(*reached.module, *reached.function,
                                reached.receiver, call, context.emptied) &&
         ts_node_is_null(exit_before(context.resolver, scope, call, body)) &&
         !in_branch_never_taken(context.resolver, scope, call, body);
}

/// Reports what the generated `__init__` of the dataclass that `call`
/// instantiates builds by calling a field's `default_factory` that is a
/// catalogued constructor, given as such (`requests.Session`) or with its
/// arguments bound (`functools.partial(boto3.client, "dynamodb")`): once
/// per instance, so on every invocation that makes one. (A factory that is
/// a function or lambda is reached, and what it builds reported, as any
/// function's.) No fix: the call that builds it is the class's.
void report_field_factories(CheckContext &context,
                            const ReachedFunction &reached, TSNode call) {
  Scope scope{reached.module, reached.function, reached.receiver};
  for (const auto &[module, factory] :
       field_default_factories(context.resolver, scope, call)) {
    Symbol built = context.resolver.resolve(factory, {module, nullptr});
    const ApiEntry *entry = built.kind == Symbol::Kind::Path
                                ? context.resolver.catalogue().find(built.path)
                                : nullptr;
    if (!entry || !context.enabled(entry->rule) ||
        !runs_when_reached(context, reached, call))
      continue;
    std::string made(reached.module->tree().text(field(call, "function")));
    std::string message = rule_message(
        entry->rule, "construction",
        {{"call",
          shown_call(std::string(module->tree().text(factory)), built.path)},
         {"builds", entry->builds},
         {"handler", context.handler.name},
         {"reaching", reaching(reached, call)},
         {"through", through(context, reached, made + ".__init__")},
         {"cost", entry->cost}});
    std::string reason =
        "built by the '__init__' that dataclass generates for '" + made +
        "', from the field's default_factory, once per instance: give the "
        "field a module-level object by hand";
    message += no_fix_clause(reason);
    Diagnostic &diagnostic =
        context.report(entry->rule, *module, factory, message, reached.chain);
    Location instantiated{reached.module->tree().file(),
                          reached.module->tree().range(call)};
    diagnostic.notes.push_back(
        {instantiated, "'" + display_name(*reached.function) +
                           "' makes an instance of '" + made +
                           "' here, whose '__init__' calls the field's "
                           "default_factory"});
    diagnostic.call_path.push_back(instantiated);
    diagnostic.subject =
        Subject{built.path, entry->builds, Hoistability{false, reason}};
  }
}

/// True when `call` is given what serves instead of what it would build
/// (the entry's 'unless_given': `Request(session)`), so it builds nothing:
/// as its first positional argument or by name, not None.
bool given_instead(const SyntaxTree &tree, TSNode call, const ApiEntry &entry) {
  if (entry.unless_given.empty())
    return false;
  for (TSNode argument : named_children(field(call, "arguments"))) {
    if (is(argument, "comment"))
      continue;
    if (is(argument, "keyword_argument")) {
      if (tree.text(field(argument, "name")) == entry.unless_given)
        return tree.text(field(argument, "value")) != "None";
      continue;
    }
    if (is(argument, "list_splat") || is(argument, "dictionary_splat"))
      return true; // may be given: hoist cannot tell
    return tree.text(argument) != "None";
  }
  return false;
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
      report_field_factories(context, reached, node);
      std::string path = context.resolver.called_path(node, scope);
      if (path.empty())
        continue;
      const ApiEntry *entry = context.resolver.catalogue().find(path);
      if (!entry || !context.enabled(entry->rule) ||
          given_instead(tree, node, *entry) ||
          builds_receiver_of_construction(context, node, scope) ||
          !runs_when_reached(context, reached, node))
        continue;
      ClassifiedInputs inputs = classify_construction(
          context.resolver, context.handler, reached, node);
      // Per-invocation by nature: nothing to move or cache.
      if ((inputs.lifetime == InputLifetime::PerInvocation ||
           inputs.lifetime == InputLifetime::EventCredentials) &&
          !context.settings.report_minted_credentials)
        continue;
      std::string message = rule_message(
          entry->rule, "construction",
          {{"call",
            shown_call(std::string(tree.text(field(node, "function"))), path)},
           {"builds", entry->builds},
           {"handler", context.handler.name},
           {"reaching", reaching(reached, node)},
           {"through", through(context, reached)},
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
      // A cache the invocation empties again (a lazy global, a memoized
      // function's): its author drops the object on purpose, which the
      // hoist would undo.
      std::string state = lazy_state(tree, function, node);
      if (state.empty() && function.class_name.empty() &&
          !context.emptied.how(*reached.module, function.name).empty())
        state = function.name;
      // Kept on an instance the invocation makes anew: built once per
      // instance, as in its `__init__`, which the fix treats the same.
      const FreshInstance *fresh =
          state.empty() ? nullptr
                        : fresh_owner(*reached.module, function,
                                      reached.receiver, state, context.emptied);
      if (!state.empty() && !fresh)
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
        message += no_fix_clause(fix.not_safe_because);
      }
      bool safe = fix.fix && fix.fix->applicability == Applicability::Safe;
      // Built from constants on this path, but from a parameter other
      // calls give otherwise: it cannot simply move (fresh23 F2).
      const bool per_call = inputs.lifetime == InputLifetime::Hoistable &&
                            fix.per_call && !fix.fix;
      bool hoistable = inputs.lifetime == InputLifetime::Hoistable && !per_call;
      // What it is built from does not make a move safe: the reason says
      // what does not, in the reports as in the message.
      std::string reason =
          per_call || inputs.lifetime == InputLifetime::Unknown
              ? fix.not_safe_because
              : inputs.reason;
      if (per_call)
        message += "; no fix: " + fix.not_safe_because;
      // "no safe fix:" names why an unsafe fix is one; "no fix:" why there
      // is none at all.
      if (hoistable && !safe) {
        std::string clause =
            (fix.fix ? "; no safe fix: " : "; no fix: ") + fix.not_safe_because;
        reason += clause;
        message += clause;
      }
      Diagnostic &diagnostic = context.report(entry->rule, *reached.module,
                                              node, message, reached.chain);
      if (fresh)
        diagnostic.notes.push_back(
            {fresh->made, fresh->how + " on each invocation that runs it, "
                              "and '" + state + "' starts empty on each new "
                              "instance: the lazy test builds it again for "
                              "each"});
      diagnostic.fix = std::move(fix.fix);
      if (diagnostic.fix && !safe)
        diagnostic.fix->unsafe_because = fix.not_safe_because;
      diagnostic.subject =
          Subject{path, entry->builds, Hoistability{hoistable, reason}};
    }
  }
}

} // namespace hoist::python
