#include "python/handler_signature.h"

#include <algorithm>

#include "python/module_edits.h"

namespace hoist::python {
namespace {

constexpr const char *kRule = rules::kHandlerSignature;

std::string plural(std::size_t count, const char *word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

/// Inserts a `_context=None` parameter after the last positional one:
/// Lambda always passes the context, and the handler does not use it yet.
/// The default keeps the calls that pass only the event (tests, other
/// functions, other handlers) working, and is needed after a parameter that
/// has one. Unsafe all the same: the handler now runs where every invoke
/// failed.
std::optional<Fix> add_context_parameter(const Handler &handler) {
  const FunctionInfo &function = *handler.function;
  const SyntaxTree &tree = handler.function_module->tree();
  if (function.bindings.binds("_context"))
    return std::nullopt; // the name is taken in the body
  auto last = std::find_if(
      function.parameters.rbegin(), function.parameters.rend(),
      [](const Parameter &p) { return p.kind == Parameter::Kind::Positional; });
  if (last == function.parameters.rend())
    return std::nullopt;
  std::size_t at = tree.range(last->node).end;
  Fix fix;
  fix.title = "add a '_context=None' parameter to '" + function.name + "'";
  fix.applicability = Applicability::Unsafe;
  fix.unsafe_because = "the handler then runs where every invoke failed";
  fix.edits.push_back({tree.file(), {at, at}, ", _context=None"});
  return fix;
}

/// Turns `async def handler(...)` into a coroutine under another name and a
/// sync `handler` that runs it with asyncio.run. Unsafe: every invoke now
/// runs a fresh event loop, and objects bound to a loop (aioboto3, aiohttp)
/// cannot be shared across invokes.
std::optional<Fix> run_with_asyncio(const Handler &handler) {
  const FunctionInfo &function = *handler.function;
  if (handler.bound || handler.partial_positionals > 0 ||
      !handler.partial_keywords.empty() || !function.class_name.empty())
    return std::nullopt;
  const ModuleModel &module = *handler.function_module;
  const SyntaxTree &tree = module.tree();
  ModuleEdits edits(module);
  std::string coroutine = edits.free_name("_" + function.name + "_async");
  auto [asyncio, import_edit] = edits.import_module("asyncio");
  std::string arguments;
  for (const Parameter &parameter : function.parameters) {
    std::string prefix = parameter.kind == Parameter::Kind::VarPositional ? "*"
                         : parameter.kind == Parameter::Kind::VarKeyword  ? "**"
                         : parameter.kind == Parameter::Kind::KeywordOnly
                             ? parameter.name + "="
                             : "";
    arguments += (arguments.empty() ? "" : ", ") + prefix + parameter.name;
  }
  std::size_t end = tree.range(function.node).end;
  Fix fix;
  fix.title = "run '" + function.name + "' with asyncio.run in a sync handler";
  fix.applicability = Applicability::Unsafe;
  fix.unsafe_because =
      "each invoke then runs a fresh event loop, so objects bound to a loop "
      "(aioboto3 clients, aiohttp sessions) must not be shared across invokes";
  fix.claims.emplace(coroutine, "def " + coroutine);
  if (import_edit) {
    fix.claims.emplace(asyncio, import_edit->new_text);
    fix.edits.push_back(*import_edit);
  }
  fix.edits.push_back({tree.file(), tree.range(function.name_node), coroutine});
  fix.edits.push_back({tree.file(),
                       {end, end},
                       "\n\n\ndef " + function.name +
                           std::string(tree.text(function.parameters_node)) +
                           ":\n    return " + asyncio + ".run(" + coroutine +
                           "(" + arguments + "))"});
  return fix;
}

/// How many positional arguments the handler requires and accepts (after a
/// bound `self`), whether it takes *args, and its first required keyword-only
/// parameter.
struct Arity {
  std::size_t required = 0;
  std::size_t accepted = 0;
  bool variadic = false;
  const Parameter *keyword_only = nullptr;
};

Arity arity_of(const Handler &handler) {
  Arity arity;
  const auto &parameters = handler.function->parameters;
  for (std::size_t i = (handler.bound ? 1 : 0) + handler.partial_positionals;
       i < parameters.size(); ++i) {
    const Parameter &parameter = parameters[i];
    if (std::count(handler.partial_keywords.begin(),
                   handler.partial_keywords.end(), parameter.name))
      continue;
    switch (parameter.kind) {
    case Parameter::Kind::Positional:
      ++arity.accepted;
      arity.required += parameter.has_default ? 0 : 1;
      break;
    case Parameter::Kind::VarPositional:
      arity.variadic = true;
      break;
    case Parameter::Kind::KeywordOnly:
      if (!parameter.has_default && !arity.keyword_only)
        arity.keyword_only = &parameter;
      break;
    case Parameter::Kind::VarKeyword:
      break;
    }
  }
  return arity;
}

} // namespace

void HandlerSignature::run(CheckContext &context) const {
  const Handler &handler = context.handler;
  // A library object takes what Lambda passes as its library says.
  if (!handler.function)
    return;
  const FunctionInfo &function = *handler.function;
  const ModuleModel &module = *handler.function_module;
  // A decorator may change the signature Lambda sees; hoist cannot tell.
  if (!context.enabled(kRule) || !function.decorators.empty())
    return;
  const std::string name = "'" + handler.name + "'";
  if (function.is_async) {
    Diagnostic &diagnostic = context.report(
        kRule, module, ts_node_child(function.node, 0), // `async`
        "handler " + name +
            " is 'async def': Lambda calls it without awaiting and cannot "
            "serialize the coroutine it returns, so every invoke fails with "
            "'Runtime.MarshalError'");
    give_fix(diagnostic, run_with_asyncio(handler));
    return;
  }
  if (function.is_generator) {
    context.report(kRule, module, function.name_node,
                   "handler " + name +
                       " contains 'yield', so it returns a generator that "
                       "Lambda cannot serialize: every invoke fails with "
                       "'Runtime.MarshalError'");
    return;
  }
  Arity arity = arity_of(handler);
  TSNode at = function.parameters_node;
  if (arity.required > 2) {
    context.report(kRule, module, at,
                   "handler " + name + " requires " +
                       plural(arity.required, "positional parameter") +
                       " but Lambda passes 2 (event, context): every invoke "
                       "fails with 'TypeError'");
  } else if (arity.accepted < 2 && !arity.variadic) {
    Diagnostic &diagnostic = context.report(
        kRule, module, at,
        "handler " + name + " accepts " +
            (arity.accepted == 0
                 ? std::string("no positional parameters")
                 : plural(arity.accepted, "positional parameter")) +
            " but Lambda passes 2 (event, context): every invoke fails with "
            "'TypeError'");
    if (arity.accepted == 1)
      give_fix(diagnostic, add_context_parameter(handler));
  } else if (arity.keyword_only) {
    context.report(kRule, module, arity.keyword_only->node,
                   "handler " + name + " requires keyword-only parameter '" +
                       arity.keyword_only->name +
                       "', which Lambda never passes: every invoke fails "
                       "with 'TypeError'");
  }
}

} // namespace hoist::python
