#include "javascript/js_handler_signature.h"

#include <cctype>
#include <optional>
#include <set>
#include <tuple>

#include "core/rule_text.h"
#include "javascript/js_callback_to_async.h"
#include "rules/rule_ids.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// What Lambda's Node.js runtime does with the handlers and contexts of the
/// callback era: the runtime interface client of nodejs24.x (aws-lambda-ric
/// 4) refuses a handler whose `length` is 3 or more at INIT
/// (Runtime.CallbackHandlerDeprecated), builds contexts without `succeed`,
/// `fail`, `done` and `callbackWaitsForEmptyEventLoop`, and ends an invoke
/// when the handler's result settles; earlier ones support all of it and
/// wait for the event loop to empty after a non-async handler.
enum class Era { Unknown, Callbacks, NoCallbacks };

Era era_of(const std::string &runtime) {
  const std::string prefix = "nodejs";
  if (runtime.rfind(prefix, 0) != 0)
    return Era::Unknown;
  std::size_t digits = prefix.size();
  int major = 0;
  while (digits < runtime.size() && std::isdigit(static_cast<unsigned char>(runtime[digits])) && major < 1000)
    major = major * 10 + (runtime[digits++] - '0');
  if (digits == prefix.size())
    return Era::Unknown;
  return major >= 24 ? Era::NoCallbacks : Era::Callbacks;
}

/// The parameters Lambda's runtime counts in `function.length`: those
/// before the first with a default or a rest one, TypeScript's `this`
/// (erased at compile time) left out. Each is the parameter's pattern.
std::vector<TSNode> counted_parameters(const JsTree &tree, TSNode function) {
  TSNode single = field(function, "parameter"); // x => ...
  if (!ts_node_is_null(single))
    return {single};
  std::vector<TSNode> counted;
  TSNode parameters = field(function, "parameters");
  if (ts_node_is_null(parameters))
    return counted;
  for (TSNode parameter : named_children(parameters)) {
    if (is(parameter, "comment"))
      continue;
    TSNode pattern = field(parameter, "pattern"); // TypeScript's wrapper
    bool has_default = !ts_node_is_null(field(parameter, "value"));
    if (ts_node_is_null(pattern))
      pattern = parameter;
    if (tree.text(pattern) == "this")
      continue;
    if (has_default || is(pattern, "assignment_pattern") ||
        is(pattern, "rest_pattern"))
      break;
    counted.push_back(pattern);
  }
  return counted;
}

bool is_async(TSNode function) {
  for (uint32_t i = 0; i < ts_node_child_count(function); ++i)
    if (std::string_view(ts_node_type(ts_node_child(function, i))) == "async")
      return true;
  return false;
}

/// True when `node`, an identifier, names `function`'s parameter (not a
/// name a nested function or block declares again).
bool names_parameter_of(const JsModule &module, TSNode node, TSNode function) {
  auto declared =
      local_declaration(module, node, std::string(module.tree().text(node)));
  return declared && ts_node_eq(*declared, function);
}

/// The promise `statement` (an expression statement) starts and drops, or
/// a null node: `send(x).then(...)`, `s3.putObject(p).promise()`, `new
/// Promise(...)`, a call of an async function of the project.
TSNode dropped_promise(Modules &modules, const JsModule &module,
                       TSNode statement) {
  const JsTree &tree = module.tree();
  TSNode expression = ts_node_named_child(statement, 0);
  while (is(expression, "parenthesized_expression"))
    expression = ts_node_named_child(expression, 0);
  if (is(expression, "new_expression"))
    return tree.text(field(expression, "constructor")) == "Promise"
               ? expression
               : TSNode{};
  if (!is(expression, "call_expression"))
    return {};
  TSNode callee = field(expression, "function");
  if (is(callee, "member_expression")) {
    std::string_view method = tree.text(field(callee, "property"));
    if (method == "then" || method == "catch" || method == "finally" ||
        method == "promise")
      return expression;
  }
  Resolved target = resolve_function(modules, module, callee);
  return target && is_function_node(target->second) && is_async(target->second)
             ? expression
             : TSNode{};
}

/// True when every `return` of `function`'s own body returns nothing or a
/// literal: no promise it started leaves with the result.
bool returns_only_literals(TSNode function) {
  if (!is(field(function, "body"), "statement_block"))
    return false; // `x => expression` returns the expression
  bool literal = true;
  walk_own_body(function, [&](TSNode node) {
    if (!is(node, "return_statement"))
      return true;
    TSNode value = ts_node_named_child(node, 0);
    static const std::set<std::string_view> kLiterals{
        "object", "array", "string", "number", "true", "false", "null",
        "undefined"};
    literal = literal &&
              (ts_node_is_null(value) || is(value, "comment") ||
               kLiterals.count(ts_node_type(value)) > 0);
    return literal;
  });
  return literal;
}

Resolved given_function(Modules &modules, const JsModule &module,
                        const std::string &name, int depth);

/// What `node` (an exported value of `module`) gives Lambda when it is a
/// function: see given_function().
Resolved given_value(Modules &modules, const JsModule &module, TSNode node,
                     int depth) {
  node = unwrap_expression(node);
  if (depth > 8 || ts_node_is_null(node))
    return std::nullopt;
  if (is_function_node(node))
    return std::pair(&module, node);
  const JsTree &tree = module.tree();
  auto imported = [&](const std::string &specifier,
                      const std::string &export_name) -> Resolved {
    const JsModule *target = modules.imported(module, specifier);
    return target ? given_function(modules, *target, export_name, depth + 1)
                  : std::nullopt;
  };
  if (is(node, "identifier") || is(node, "shorthand_property_identifier")) {
    const Binding *binding = module.binding(std::string(tree.text(node)));
    if (!binding)
      return std::nullopt;
    switch (binding->kind) {
    case Binding::Kind::Function:
      return given_value(modules, module, binding->function, depth + 1);
    case Binding::Kind::Import:
      return imported(binding->module,
                      binding->path.empty()
                          ? "default"
                          : binding->path.substr(0, binding->path.find('.')));
    default:
      return is(binding->site, "variable_declarator")
                 ? given_value(modules, module, field(binding->site, "value"),
                               depth + 1)
                 : std::nullopt;
    }
  }
  if (is(node, "member_expression")) {
    // require('./impl').handler, impl.handler of `import * as impl`
    TSNode object = unwrap_expression(field(node, "object"));
    std::string property(tree.text(field(node, "property")));
    if (auto required = required_module(module, object))
      return imported(*required, property);
    if (is(object, "identifier"))
      if (const Binding *binding =
              module.binding(std::string(tree.text(object)));
          binding && binding->kind == Binding::Kind::Import &&
          binding->path.empty())
        return imported(binding->module, property);
    return std::nullopt;
  }
  // wrap(base) or makeHandler(deps), of the project: the function it
  // returns. A library's wrapper (middy) gives what the library returns.
  if (is(node, "call_expression")) {
    auto callee = resolve_function(modules, module, field(node, "function"));
    if (callee && is_function_node(callee->second))
      return returned_function(modules, *callee->first, callee->second,
                               depth + 1);
  }
  return std::nullopt;
}

/// The function Lambda's runtime is given as the export `name` of `module`,
/// whose `length` it reads: the export itself, a name bound to a function,
/// followed through re-exports (`export { handler } from`, `export *`,
/// `exports.handler = require('./impl').handler`, an imported name), and for
/// a call of a function of the project (a wrapper or a factory) the function
/// it returns. None when hoist cannot tell.
Resolved given_function(Modules &modules, const JsModule &module,
                        const std::string &name, int depth) {
  auto value = export_value(modules, module, name, depth);
  return value ? given_value(modules, *value->first, value->second, depth + 1)
               : std::nullopt;
}

class SignatureCheck {
public:
  /// `function`, in `module`, is what Lambda is given for `handler`, an
  /// export of `handler_module`; `fixable`: it is the export itself.
  SignatureCheck(Modules &modules, const JsModule &handler_module,
                 const JsHandler &handler, const JsModule &module,
                 TSNode function, bool fixable, const RuleRegistry &registry)
      : modules_(modules), handler_module_(handler_module), module_(module),
        handler_(handler), function_(function), fixable_(fixable),
        era_(era_of(handler.runtime)), registry_(registry) {}

  std::vector<Diagnostic> run() {
    const JsTree &tree = module_.tree();
    std::vector<TSNode> parameters = counted_parameters(tree, function_);
    std::string context =
        parameters.size() > 1 && is(parameters[1], "identifier")
            ? std::string(tree.text(parameters[1]))
            : "";
    std::string callback =
        parameters.size() > 2 ? std::string(tree.text(parameters[2])) : "";
    if (parameters.size() > 2 && era_ != Era::Callbacks)
      give_fix(report(parameters[2], "callback", {{"callback", callback}}),
               !fixable_ ? std::nullopt
               : is_async(function_)
                   ? drop_unused_callback(module_, function_, parameters)
               : leaves_work_running(callback)
                   ? std::nullopt
                   : callback_to_async(module_, function_, parameters));
    // The body's walk only for a check that can find something there.
    bool callback_calls = era_ == Era::Callbacks && parameters.size() > 2 &&
                          is(parameters[2], "identifier") &&
                          is_async(function_);
    if (callback_calls || uses_context(context))
      walk_named_descendants(field(function_, "body"), [&](TSNode node) {
        check_context_use(module_, function_, node, context, {});
        follow_context(module_, function_, handler_.name, node, context, {},
                       0);
        if (callback_calls && is(node, "call_expression") &&
            tree.text(field(node, "function")) == callback &&
            names_parameter_of(module_, field(node, "function"), function_) &&
            in_nested_function(node, function_))
          report(node, "async-callback", {{"callback", callback}});
        return true;
      });
    if (era_ != Era::Callbacks && parameters.size() < 3 &&
        !is_async(function_) && returns_only_literals(function_))
      walk_own_body(function_, [&](TSNode node) {
        if (is(node, "expression_statement"))
          if (TSNode promise = dropped_promise(modules_, module_, node);
              !ts_node_is_null(promise))
            report(promise, "dropped-promise", {});
        return true;
      });
    return std::move(found_);
  }

private:
  /// True when `value`, kept in the local `name`, may be work left running:
  /// a promise or a timer (`x.promise()`, `.then(...)`, `new Promise`,
  /// `setTimeout(...)`), or any call or `new` whose value the body never
  /// reads again (`const saved = s3.send(command)`).
  bool kept_work(TSNode value, std::string_view name) const {
    const JsTree &tree = module_.tree();
    bool call = is(value, "call_expression");
    if (!call && !is(value, "new_expression"))
      return false;
    TSNode callee = field(value, call ? "function" : "constructor");
    std::string_view named = tree.text(
        is(callee, "member_expression") ? field(callee, "property") : callee);
    if (named == "promise" || named == "then" || named == "catch" ||
        named == "finally" || named == "Promise" || named == "setTimeout" ||
        named == "setInterval" || named == "setImmediate")
      return true;
    std::size_t uses = 0;
    walk_named_descendants(field(function_, "body"), [&](TSNode node) {
      uses += is(node, "identifier") && tree.text(node) == name;
      return true;
    });
    return uses < 2; // its own declaration or assignment only
  }

  /// True when the handler's own body may start work it does not wait
  /// for: a call made as a statement of its own (`ddb.put(p).promise()`,
  /// `s3.send(command)`, a timer), other than the callback's and
  /// `console`'s, or kept in a local (kept_work). A callback handler's
  /// invoke ends when the event loop is empty, so that work finishes in
  /// it; an async handler's ends when it returns, and the work is frozen
  /// with the environment: no conversion. Unless the handler sets
  /// `context.callbackWaitsForEmptyEventLoop = false`: its invoke ends at
  /// the callback already.
  bool leaves_work_running(const std::string &callback) const {
    const JsTree &tree = module_.tree();
    bool running = false, waits = true;
    walk_own_body(function_, [&](TSNode node) {
      if (is(node, "variable_declarator") &&
          is(field(node, "name"), "identifier"))
        running = running || kept_work(field(node, "value"),
                                       tree.text(field(node, "name")));
      if (is(node, "assignment_expression") &&
          is(field(node, "left"), "identifier"))
        running = running || kept_work(field(node, "right"),
                                       tree.text(field(node, "left")));
      if (is(node, "assignment_expression") &&
          is(field(node, "left"), "member_expression") &&
          tree.text(field(field(node, "left"), "property")) ==
              "callbackWaitsForEmptyEventLoop" &&
          tree.text(field(node, "right")) == "false")
        waits = false;
      if (!is(node, "expression_statement"))
        return true;
      TSNode expression = ts_node_named_child(node, 0);
      while (is(expression, "parenthesized_expression") ||
             is(expression, "unary_expression")) // void f()
        expression = ts_node_named_child(expression, 0);
      if (is(expression, "call_expression") ||
          is(expression, "new_expression")) {
        std::string_view callee = tree.text(field(
            expression,
            is(expression, "call_expression") ? "function" : "constructor"));
        running =
            running || (callee != callback && callee.rfind("console.", 0) != 0);
      }
      return true;
    });
    return running && waits;
  }

  /// `context.succeed(...)`, `context.fail(...)`, `context.done(...)`, and
  /// writes of `context.callbackWaitsForEmptyEventLoop`.
  /// True when check_context_use has something to look for.
  bool uses_context(const std::string &context) const {
    return !context.empty() && era_ != Era::Callbacks;
  }

  /// The calls from the handler that handed `context` on to the function
  /// that uses it, for notes.
  using Handoffs = std::vector<Note>;

  /// A call at `node` in `function` (of `module`) that passes `context`,
  /// its parameter, to a function of the project (`sendResponse(event,
  /// context, ...)`, the cfn-response pattern): that function's uses of
  /// its parameter are the handler's (fresh23 M5), a few calls deep.
  /// `caller` names `function` in notes.
  void follow_context(const JsModule &module, TSNode function,
                      const std::string &caller, TSNode node,
                      const std::string &context, const Handoffs &handoffs,
                      int depth) {
    if (!uses_context(context) || depth >= 4 || !is(node, "call_expression"))
      return;
    const JsTree &tree = module.tree();
    std::vector<TSNode> arguments = arguments_of(node);
    for (std::size_t i = 0; i < arguments.size(); ++i) {
      TSNode argument = unwrap_expression(arguments[i]);
      if (!is(argument, "identifier") || tree.text(argument) != context ||
          !names_parameter_of(module, argument, function))
        continue;
      Resolved target =
          resolve_function(modules_, module, field(node, "function"));
      if (!target || !is_function_node(target->second) ||
          ts_node_eq(target->second, function) ||
          !followed_.insert({target->first, ts_node_start_byte(target->second),
                             i})
               .second)
        return;
      const JsTree &helper_tree = target->first->tree();
      std::vector<TSNode> parameters =
          counted_parameters(helper_tree, target->second);
      if (i >= parameters.size() || !is(parameters[i], "identifier"))
        return;
      const std::string name(helper_tree.text(parameters[i]));
      const std::string callee(tree.text(field(node, "function")));
      Handoffs chain = handoffs;
      chain.push_back({{tree.file(), tree.range(node)},
                       "'" + caller + "' passes '" + context + "' to '" +
                           callee + "' here"});
      walk_named_descendants(field(target->second, "body"), [&](TSNode inner) {
        check_context_use(*target->first, target->second, inner, name, chain);
        follow_context(*target->first, target->second, callee, inner, name,
                       chain, depth + 1);
        return true;
      });
      return;
    }
  }

  void check_context_use(const JsModule &module, TSNode function, TSNode node,
                         const std::string &context,
                         const Handoffs &handoffs) {
    if (!uses_context(context))
      return;
    const JsTree &tree = module.tree();
    bool call = is(node, "call_expression");
    bool write = is(node, "assignment_expression");
    TSNode member = call    ? field(node, "function")
                    : write ? field(node, "left")
                            : TSNode{};
    if (!is(member, "member_expression"))
      return;
    TSNode object = field(member, "object");
    std::string_view property = tree.text(field(member, "property"));
    if (!is(object, "identifier") || tree.text(object) != context ||
        !names_parameter_of(module, object, function))
      return;
    Diagnostic *found = nullptr;
    if (call &&
        (property == "succeed" || property == "fail" || property == "done"))
      found = &report(node, "context-method",
                      {{"call", context + "." + std::string(property)}},
                      std::nullopt, &module);
    else if (write && property == "callbackWaitsForEmptyEventLoop" &&
             era_ == Era::NoCallbacks)
      found = &report(member, "event-loop-wait", {}, Severity::Warning,
                      &module);
    if (found)
      found->notes.insert(found->notes.end(), handoffs.begin(),
                          handoffs.end());
  }

  /// A finding at `node` of `where` (the handler's function's module when
  /// null).
  Diagnostic &report(TSNode node, const std::string &kind,
                     std::vector<TemplateValue> values,
                     std::optional<Severity> severity = std::nullopt,
                     const JsModule *where = nullptr) {
    const JsTree &tree = (where ? *where : module_).tree();
    const RuleInfo *rule = registry_.find(rules::kHandlerSignature);
    // A runtime the configuration gives that hoist cannot read makes what
    // only nodejs24.x refuses a condition, not an assumption.
    bool unread = !handler_.runtime_unread.empty();
    std::string key =
        kind + (kind == "async-callback" || kind == "event-loop-wait" ? ""
                : era_ == Era::NoCallbacks                            ? "-removed"
                : unread ? "-conditional"
                         : "-unknown");
    values.push_back({"handler", handler_.name});
    values.push_back({"runtime", handler_.runtime});
    values.push_back(
        {"no_runtime", unread ? handler_.runtime_unread : handler_.no_runtime});
    Diagnostic diagnostic;
    diagnostic.rule_id = rules::kHandlerSignature;
    diagnostic.severity =
        severity ? *severity
        : era_ == Era::NoCallbacks && rule ? rule->severity
                                           : Severity::Warning;
    diagnostic.location = {tree.file(), tree.range(node)};
    diagnostic.message = rule_message(rules::kHandlerSignature, key, values);
    const JsTree &handler_tree = handler_module_.tree();
    diagnostic.notes.push_back(
        {{handler_tree.file(), handler_tree.range(handler_.site)},
         "'" + handler_.name + "' is a Lambda handler: " + handler_.reason});
    found_.push_back(std::move(diagnostic));
    return found_.back();
  }

  Modules &modules_;
  const JsModule &handler_module_;
  const JsModule &module_;
  const JsHandler &handler_;
  TSNode function_;
  bool fixable_;
  Era era_;
  const RuleRegistry &registry_;
  std::vector<Diagnostic> found_;
  /// The functions follow_context went into, by module, start and the
  /// parameter that took `context`: each once.
  std::set<std::tuple<const JsModule *, uint32_t, std::size_t>> followed_;
};

} // namespace

std::vector<Diagnostic> handler_signature_findings(Modules &modules,
                                                   const JsModule &module,
                                                   const JsHandler &handler,
                                                   const RuleRegistry &registry) {
  Resolved given = given_function(modules, module, handler.name, 0);
  // Without a runtime from deployment configuration, a function whose first
  // parameter is not named like an event may serve another platform
  // (Twilio Functions take `(context, event, callback)`).
  if (!given || (handler.runtime.empty() &&
                 !takes_event_first(given->first->tree(), given->second)))
    return {};
  // The export's own function is fixed in place; one a wrapper returns is not
  // the handler's code to convert.
  auto exported = module.exports().find(handler.name);
  bool fixable = exported != module.exports().end() &&
                 ts_node_eq(exported_function(module, exported->second),
                            given->second);
  return SignatureCheck(modules, module, handler, *given->first, given->second,
                        fixable, registry)
      .run();
}

} // namespace hoist::javascript
