#include "python/handler_signature.h"

#include <algorithm>

namespace hoist::python {
namespace {

constexpr const char *kRule = "handler-signature";

std::string plural(std::size_t count, const char *word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

/// Inserts a `_context` parameter after the last positional one: Lambda always
/// passes the context, and the handler does not use it yet.
std::optional<Fix> add_context_parameter(const CheckContext &context,
                                         const FunctionInfo &function) {
  const SyntaxTree &tree = context.module.tree();
  if (function.bindings.binds("_context"))
    return std::nullopt; // the name is taken in the body
  auto last = std::find_if(
      function.parameters.rbegin(), function.parameters.rend(),
      [](const Parameter &p) { return p.kind == Parameter::Kind::Positional; });
  if (last == function.parameters.rend())
    return std::nullopt;
  std::size_t at = tree.range(last->node).end;
  Fix fix;
  fix.title = "add a '_context' parameter to '" + function.name + "'";
  fix.applicability = Applicability::Unsafe; // callers such as tests change too
  fix.edits.push_back({tree.file(), {at, at}, ", _context"});
  return fix;
}

} // namespace

void HandlerSignature::run(CheckContext &context) const {
  if (!context.enabled(kRule))
    return;
  for (const Handler &handler : context.handlers) {
    const FunctionInfo &function = *handler.function;
    // A decorator may change the signature Lambda sees; hoist cannot tell.
    if (!handler.confident || !function.decorators.empty())
      continue;
    const std::string name = "'" + function.name + "'";
    if (function.is_async) {
      context.report(
          kRule, ts_node_child(function.node, 0), // `async`
          "handler " + name +
              " is 'async def': Lambda calls it without awaiting and "
              "cannot serialize the coroutine it returns, so every "
              "invoke fails with 'Runtime.MarshalError'",
          handler);
      continue;
    }
    if (function.is_generator) {
      context.report(kRule, function.name_node,
                     "handler " + name +
                         " contains 'yield', so it returns a generator that "
                         "Lambda cannot serialize: every invoke fails with "
                         "'Runtime.MarshalError'",
                     handler);
      continue;
    }
    std::size_t required = 0, accepted = 0;
    bool variadic = false;
    const Parameter *keyword_only = nullptr;
    for (const Parameter &parameter : function.parameters) {
      switch (parameter.kind) {
      case Parameter::Kind::Positional:
        ++accepted;
        required += parameter.has_default ? 0 : 1;
        break;
      case Parameter::Kind::VarPositional:
        variadic = true;
        break;
      case Parameter::Kind::KeywordOnly:
        if (!parameter.has_default && !keyword_only)
          keyword_only = &parameter;
        break;
      case Parameter::Kind::VarKeyword:
        break;
      }
    }
    TSNode at = function.parameters_node;
    if (required > 2) {
      context.report(kRule, at,
                     "handler " + name + " requires " +
                         plural(required, "positional parameter") +
                         " but Lambda passes 2 (event, context): every invoke "
                         "fails with 'TypeError'",
                     handler);
    } else if (accepted < 2 && !variadic) {
      Diagnostic &diagnostic = context.report(
          kRule, at,
          "handler " + name + " accepts " +
              (accepted == 0 ? std::string("no positional parameters")
                             : plural(accepted, "positional parameter")) +
              " but Lambda passes 2 (event, context): every invoke fails with "
              "'TypeError'",
          handler);
      if (accepted == 1)
        diagnostic.fix = add_context_parameter(context, function);
    } else if (keyword_only) {
      context.report(kRule, keyword_only->node,
                     "handler " + name + " requires keyword-only parameter '" +
                         keyword_only->name +
                         "', which Lambda never passes: every invoke fails "
                         "with 'TypeError'",
                     handler);
    }
  }
}

} // namespace hoist::python
