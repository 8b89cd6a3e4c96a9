#include "python/hoist_fix.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <optional>
#include <unordered_set>

#include "core/failing_at_init.h"
#include "core/fix_applier.h"
#include "core/indefinite_article.h"
#include "core/message_excerpt.h"
#include "core/move_append.h"
#include "core/own_lines.h"
#include "python/blocking_pools.h"
#include "python/call_arguments.h"
#include "python/check.h"
#include "python/constant_tests.h"
#include "python/environment_difference.h"
#include "python/environment_reads.h"
#include "python/introspection.h"
#include "python/module_constants.h"
#include "python/module_edits.h"
#include "python/module_imports.h"
#include "python/refused_arguments.h"
#include "python/sdk_config_files.h"
#include "python/sdk_services.h"
#include "python/shared_items.h"
#include "python/standard_library.h"
#include "python/state_set_at_init.h"

namespace hoist::python {
namespace {

constexpr const char *kInLoop = "it runs in a loop";
constexpr const char *kInLoopKept =
    "it runs in a loop, and the objects it builds may outlive their "
    "iteration: one object for all would be shared where each had its own";
/// How deep module-level setup calls are followed for environment writes.
constexpr int kFollowedCalls = 3;

/// True when `call` is in the first item of `with_statement`'s header
/// (`with psycopg2.connect(...) as conn:`): it runs before the statement
/// holds any context manager, so no `__exit__` of it sees its errors.
bool opens_with(TSNode call, TSNode with_statement) {
  TSNode clause = ts_node_named_child(with_statement, 0);
  TSNode first = ts_node_named_child(clause, 0);
  return is(clause, "with_clause") &&
         ts_node_start_byte(call) >= ts_node_start_byte(first) &&
         ts_node_end_byte(call) <= ts_node_end_byte(first);
}

/// True when a node of this type runs only some of the code in it.
bool is_branch(std::string_view type) {
  return type == "if_statement" || type == "elif_clause" ||
         type == "else_clause" || type == "conditional_expression" ||
         type == "boolean_operator" || type == "match_statement";
}

/// True when `name` is a parameter of `function` whose default is false
/// (`queue=None`) and which `given_by` (the call that runs `function`)
/// leaves out: a test of it goes the same way on every invocation.
bool false_default_left_out(std::string_view name, const FunctionInfo &function,
                            const ModuleModel &module,
                            const CallStep *given_by) {
  if (!given_by || given_by->callee != &function || given_by->passed ||
      given_by->routed || given_by->wraps || given_by->injected)
    return false;
  for (std::size_t i = 0; i < function.parameters.size(); ++i) {
    const Parameter &parameter = function.parameters[i];
    if (parameter.name != name)
      continue;
    if (!parameter.has_default)
      return false;
    static const std::unordered_set<std::string_view> kFalse = {
        "None", "False", "0", "''", "\"\"", "[]", "{}", "()"};
    return kFalse.count(module.tree().text(field(parameter.node, "value"))) &&
           leaves_out(function, i, given_by->call, *given_by->module);
  }
  return false;
}

/// True when `call` is in a branch of `function` (an `if`, `and`, ...)
/// that some invocations do not take. `given_by` is the call that runs
/// `function` (null for the handler): `queue or Queue()` in
/// `__init__(self, queue=None)`, which it calls as `Core()`, takes `Queue()`
/// every time. An `except` clause runs only when its `try` fails.
bool in_branch(TSNode call, const FunctionInfo &function,
               const ModuleModel &module, const CallStep *given_by) {
  const SyntaxTree &tree = module.tree();
  TSNode inner = call;
  for (TSNode node : ancestors(call, function.node)) {
    if (ts_node_eq(node, function.body))
      return false;
    std::string_view type = kind(node);
    if (type == "boolean_operator" &&
        tree.text(field(node, "operator")) == "or" &&
        ts_node_eq(inner, field(node, "right")) &&
        is(field(node, "left"), "identifier") &&
        false_default_left_out(tree.text(field(node, "left")), function,
                               module, given_by)) {
      inner = node;
      continue;
    }
    if (is_branch(type) || type == "except_clause")
      return true;
    inner = node;
  }
  return false;
}

/// Why building where `call` is (inside `function`) differs from building at
/// INIT, or "": a loop around it anywhere (it may build one object per item,
/// which matters when they outlive their iteration), else the innermost
/// branch, `try` or `with` around it. Both matter to a construction that can
/// fail: built at INIT, its failure would no longer be skipped or handled,
/// and would fail every invocation.
std::string context_reason(TSNode call, const FunctionInfo &function) {
  std::string innermost;
  TSNode inner = call;
  for (TSNode node : ancestors(call, function.node)) {
    if (ts_node_eq(node, function.body))
      break;
    std::string_view type = kind(node);
    std::string reason;
    if (type == "for_statement" || type == "while_statement" ||
        type == "list_comprehension" || type == "generator_expression" ||
        type == "dictionary_comprehension" || type == "set_comprehension")
      return kInLoop;
    if (type == "try_statement" && ts_node_eq(inner, field(node, "body")) &&
        handles_errors(node))
      reason = "it runs inside a 'try' that handles its errors";
    else if (type == "try_statement" || type == "except_clause" ||
             type == "finally_clause")
      reason = "it runs inside 'try'";
    else if (type == "with_statement" && !opens_with(call, node))
      reason = "it runs inside 'with'";
    else if (is_branch(type))
      reason = "it runs only on some invocations";
    else if (type == "assert_statement" &&
             !ts_node_eq(inner, ts_node_named_child(node, 0)))
      reason = "it runs only when the assert fails (and never under "
               "'python -O')";
    if (innermost.empty())
      innermost = std::move(reason);
    inner = node;
  }
  return innermost;
}

/// How a function uses one of its locals, seen in one walk of its body.
struct LocalUses {
  /// Why the object the local holds may be reached where hoist does not
  /// follow it, or "": the local read in a function, lambda or class nested
  /// in the function (`install = lambda: s3.meta.events...`, a class
  /// attribute `client = s3`), or put in a tuple, list, set or dictionary
  /// (`for c in [s3]`, `(c, _) = (s3, None)`), whose later readers may
  /// configure it.
  std::string unfollowed;
  /// True when every read of the local is in place: the object of an
  /// attribute read or method call, never passed, returned, stored or
  /// copied.
  bool only_in_place = true;
};

LocalUses uses_of(const SyntaxTree &tree, const FunctionInfo &function,
                  const std::string &local) {
  LocalUses uses;
  std::vector<std::pair<uint32_t, uint32_t>> nested;
  std::unordered_set<uint32_t> in_place, contained, returned, not_locals;
  // What it records of a node matters only for the uses of `local` in it.
  auto visit = [&](TSNode node) {
    std::string_view type = kind(node);
    if (type == "attribute") {
      in_place.insert(ts_node_start_byte(field(node, "object")));
      // The name after the dot names no local (`boto3.client` for `client`).
      not_locals.insert(ts_node_start_byte(field(node, "attribute")));
    } else if (type == "keyword_argument") {
      not_locals.insert(ts_node_start_byte(field(node, "name")));
    } else if (type == "assignment") {
      in_place.insert(ts_node_start_byte(field(node, "left")));
    } else if (type == "function_definition" || type == "lambda" ||
               type == "class_definition") {
      // Its name binds the local (`class s3:`), it does not use it.
      TSNode name = field(node, "name");
      nested.emplace_back(ts_node_is_null(name) ? ts_node_start_byte(node)
                                                : ts_node_end_byte(name),
                          ts_node_end_byte(node));
    } else if ((type == "return_statement" || type == "delete_statement") &&
               ts_node_named_child_count(node)) {
      // Returned, in a tuple or not, it goes where a returned object goes;
      // deleted (`del [s3]`), nowhere.
      returned.insert(ts_node_start_byte(ts_node_named_child(node, 0)));
    } else if ((type == "tuple" || type == "list" || type == "set" ||
                type == "expression_list") &&
               !returned.count(ts_node_start_byte(node))) {
      for (TSNode element : named_children(node))
        if (is(element, "identifier"))
          contained.insert(ts_node_start_byte(element));
    } else if (type == "pair" && is(field(node, "value"), "identifier")) {
      contained.insert(ts_node_start_byte(field(node, "value")));
    } else if (type == "identifier" && tree.text(node) == local &&
               !not_locals.count(ts_node_start_byte(node))) {
      uint32_t at = ts_node_start_byte(node);
      uses.only_in_place = uses.only_in_place && in_place.count(at);
      if (!uses.unfollowed.empty())
        return true;
      if (std::any_of(nested.begin(), nested.end(), [&](const auto &range) {
            return range.first <= at && at < range.second;
          }))
        uses.unfollowed = "a function or class nested in '" +
                          display_name(function) + "' uses '" + local + "'";
      else if (contained.count(at))
        uses.unfollowed = "'" + display_name(function) + "' puts '" + local +
                          "' in a tuple, list, set or dictionary";
      if (!uses.unfollowed.empty())
        uses.unfollowed += ", where hoist does not follow what is done with it";
    }
    return true;
  };
  walk_named_descendants(function.body, mentioning(tree, local, visit));
  return uses;
}

/// True when what `call` builds (in `function`) is used only in place:
/// directly, or through the one local it is assigned to (LocalUses). Built
/// in a loop, such an object dies with its iteration, so one object built
/// at INIT does what the objects built per item did.
bool used_only_in_place(const SyntaxTree &tree, const FunctionInfo &function,
                        TSNode call) {
  TSNode parent = ts_node_parent(call);
  if (is(parent, "attribute") && ts_node_eq(field(parent, "object"), call))
    return true;
  if (!is(parent, "assignment") || !ts_node_eq(field(parent, "right"), call) ||
      !is(field(parent, "left"), "identifier"))
    return false;
  std::string local(tree.text(field(parent, "left")));
  return !function.bindings.globals.count(local) &&
         uses_of(tree, function, local).only_in_place;
}

/// For each call of `where`'s chain (outermost first), true when the object
/// `call` builds (in `where.function`) may outlive that call's iteration,
/// were it in a loop: an object each function only returns, and whose
/// caller then uses it in place (`get_session().client(...)`), ends with
/// that caller's statement; one passed, stored or handed on outlives every
/// call above (fresh32 P4b: a session returned by a helper and used in
/// place was said to outlive its iteration).
std::vector<bool> outlives_calls(const ReachedFunction &where, TSNode call) {
  enum class Flow { Held, Returned, Escaped };
  auto flow = [](const SyntaxTree &tree, const FunctionInfo &function,
                 TSNode made) {
    if (used_only_in_place(tree, function, made))
      return Flow::Held;
    TSNode parent = ts_node_parent(made);
    while (is(parent, "parenthesized_expression"))
      parent = ts_node_parent(parent);
    return is(parent, "return_statement") ? Flow::Returned : Flow::Escaped;
  };
  Flow state = flow(where.module->tree(), *where.function, call);
  std::vector<bool> outlives(where.chain.size());
  for (std::size_t i = where.chain.size(); i-- > 0;) {
    const CallStep &step = where.chain[i];
    // A callback's or a wrapper's return goes where hoist does not follow.
    if (state == Flow::Returned)
      state = step.passed || step.wraps
                  ? Flow::Escaped
                  : flow(step.module->tree(), *step.caller, step.call);
    outlives[i] = state != Flow::Held;
  }
  return outlives;
}

/// The way out of an unsafe fix that `write`, a call of a library hoist
/// does not see into, makes: "" for any other write.
std::string harmless_calls_hint(const EnvironmentWrite &write) {
  return write.library.empty()
             ? ""
             : "; if '" + write.library +
                   "' changes neither the environment nor what it is given, "
                   "list it in harmless-calls (hoist's configuration)";
}

/// True when the coroutine `call` (in `module`) makes is run at once:
/// awaited (`await fetch()`), or given to `asyncio.run(...)` or a loop's
/// `run_until_complete(...)`.
bool runs_coroutine(const ModuleModel &module, TSNode call) {
  TSNode parent = ts_node_parent(call);
  while (is(parent, "parenthesized_expression"))
    parent = ts_node_parent(parent);
  if (is(parent, "await"))
    return true;
  TSNode runner = is(parent, "argument_list") ? ts_node_parent(parent)
                                              : TSNode{};
  if (!is(runner, "call"))
    return false;
  TSNode function = field(runner, "function");
  std::string_view name = is(function, "attribute")
                              ? module.tree().text(field(function, "attribute"))
                              : module.tree().text(function);
  return name == "run" || name == "run_until_complete";
}

/// Why the body of `function` runs only as far as its caller drives what
/// its call makes: a generator's as it is iterated, a coroutine function's
/// when its coroutine is awaited; "" for any other function.
std::string driven_body(const FunctionInfo &function) {
  std::string name = "'" + display_name(function) + "'";
  if (function.is_generator)
    return name + " is a generator: its body runs only as it is iterated";
  if (function.is_async)
    return name + " is a coroutine function: its body runs only when the "
                  "coroutine its call makes is awaited, which hoist does "
                  "not see here";
  return "";
}

/// Why `route` may not run on an invocation of its router's dispatch.
std::string routed_run(const FunctionInfo &route) {
  return "'" + display_name(route) +
         "' runs only for the events or arguments it is registered for";
}

/// Why the callee of `step` may not run on an invocation that makes the
/// call: a generator's body runs only as it is iterated, a coroutine
/// function's only when what its call makes is run, a function handed
/// to another (a thread, an executor, `map`) runs when and if that one
/// decides, with its failure its business, a route (or a singledispatch
/// implementation) only for the events (arguments) it matches; "" when the
/// call runs it.
std::string deferred_run(const CallStep &step) {
  std::string callee = "'" + display_name(*step.callee) + "'";
  if (step.routed)
    return routed_run(*step.callee);
  // A dependency runs before what declares it, a route or a dependency of
  // one, whose own step says when that runs.
  if (step.injected)
    return "";
  if (step.passed)
    return callee + " is handed to a call that decides whether and when it "
                    "runs and what becomes of its failure";
  if (!step.callee->is_generator && step.callee->is_async &&
      runs_coroutine(*step.module, step.call))
    return "";
  return driven_body(*step.callee);
}

/// True when the call of `step`, which is given its callee as an argument,
/// runs it on the calling thread: a builtin or library callable the
/// catalogue lists as doing so. Any other may run it on threads of its own.
bool runs_on_calling_thread(const NameResolver &resolver,
                            const CallStep &step) {
  TSNode function = field(step.call, "function");
  Symbol symbol = resolver.resolve(function, {step.module, step.caller});
  std::string path = symbol.path;
  if (symbol.kind == Symbol::Kind::Unknown && is(function, "identifier") &&
      is_builtin_name(std::string(step.module->tree().text(function))))
    path = step.module->tree().text(function);
  else if (symbol.kind != Symbol::Kind::Path)
    return false;
  return resolver.catalogue().runs_callbacks_on_calling_thread(path);
}

/// The statement of `function` that holds `call`.
TSNode statement_of(TSNode call, const FunctionInfo &function) {
  TSNode node = call;
  for (TSNode parent : ancestors(call, function.node)) {
    if (is(parent, "block"))
      break;
    node = parent;
  }
  return node;
}

/// True when Python mangles `name` where `node` is: a private name (`__s3`,
/// not `__init__`) spelled in a class body, or in a function defined there,
/// is compiled as `_Class__s3`, which module scope does not bind.
bool mangled_at(TSNode node, std::string_view name) {
  if (name.size() < 3 || name.rfind("__", 0) != 0 ||
      name.substr(name.size() - 2) == "__")
    return false;
  for (TSNode around = ts_node_parent(node); !ts_node_is_null(around);
       around = ts_node_parent(around))
    if (is(around, "class_definition"))
      return true;
  return false;
}

/// The local `x` when the statement is exactly `x = <call>`, else "".
std::string assigned_local(const SyntaxTree &tree, TSNode statement,
                           TSNode call) {
  if (!is(statement, "expression_statement") ||
      ts_node_named_child_count(statement) != 1)
    return "";
  TSNode assignment = ts_node_named_child(statement, 0);
  if (!is(assignment, "assignment") ||
      !ts_node_eq(unparenthesize(field(assignment, "right")), call))
    return "";
  TSNode left = field(assignment, "left");
  return is(left, "identifier") ? std::string(tree.text(left)) : "";
}

/// A readable module-level name for what `call` builds: "s3_client",
/// "dynamodb_resource", "session" (for `get_session()`), "engine".
std::string derived_name(const SyntaxTree &tree, TSNode call) {
  TSNode callee = field(call, "function");
  TSNode arguments = field(call, "arguments");
  uint32_t first_argument = 0;
  // `functools.partial(boto3.client, "sns")()` builds what the partial binds.
  if (is(callee, "call")) {
    arguments = field(callee, "arguments");
    callee = ts_node_named_child(arguments, 0);
    first_argument = 1;
  }
  std::string kind_word(called_name(tree, callee));
  // A word of a name: no brackets or quotes of what the callee is written as.
  for (char &c : kind_word)
    c = std::isalnum(static_cast<unsigned char>(c))
            ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
            : '_';
  if (kind_word == "connect")
    kind_word = "connection";
  // What it builds, not how: `get_session` gives a session.
  for (std::string_view verb : {"get_", "create_", "make_", "new_", "build_"})
    if (kind_word.size() > verb.size() && kind_word.rfind(verb, 0) == 0) {
      kind_word.erase(0, verb.size());
      break;
    }
  std::string service;
  TSNode first = ts_node_named_child(arguments, first_argument);
  if (is(first, "keyword_argument"))
    first = field(first, "value");
  // Not what an f-string's literal parts spell (`f"{geo}-west-1"`).
  bool formatted = false;
  if (is(first, "string"))
    for (TSNode part : named_children(first))
      formatted = formatted || is(part, "interpolation");
  if (is(first, "string") && !formatted)
    for (TSNode part : named_children(first))
      if (is(part, "string_content"))
        service += tree.text(part);
  std::string name;
  for (char c : service)
    name += std::isalnum(static_cast<unsigned char>(c))
                ? static_cast<char>(std::tolower(c))
                : '_';
  name.erase(0, name.find_first_not_of('_'));
  if (!name.empty() && std::isdigit(static_cast<unsigned char>(name[0])))
    name = "_" + name;
  return name.empty() ? kind_word : name + "_" + kind_word;
}

/// Why a construction of this catalogue entry may behave differently once it
/// lives across invocations.
std::string entry_reason(const ApiEntry &entry) {
  if (!entry.fix_risk.empty())
    return entry.fix_risk;
  return "'" + entry.api +
         "' objects may be bound to one event loop or "
         "invocation";
}

/// True when `function` returns what `call` (in it) builds: the call
/// itself, or one of `references` to it there.
bool returns_object(const SyntaxTree &tree, const FunctionInfo &function,
                    TSNode call, const std::vector<ObjectReference> &references) {
  bool returns = false;
  for_each_in_scope(function.body, [&](TSNode node) {
    if (!is(node, "return_statement"))
      return !returns;
    TSNode value = ts_node_named_child(node, 0);
    if (ts_node_is_null(value))
      return true;
    value = unparenthesize(value);
    returns = ts_node_eq(value, call) ||
              std::any_of(references.begin(), references.end(),
                          [&](const ObjectReference &reference) {
                            return reference.function == &function &&
                                   !reference.part &&
                                   returns_path(tree, value, reference.path);
                          });
    return !returns;
  });
  return returns;
}

/// The whole lines of `statement` when nothing else shares them (a trailing
/// comment may), and that comment; nothing otherwise.
std::optional<std::pair<TextRange, std::string>>
own_lines(const SyntaxTree &tree, TSNode statement) {
  return hoist::own_lines(*tree.file(), tree.range(statement), "#");
}

/// The comment lines directly above `statement`, at its indentation and
/// with no blank line between (`# Create a Secrets Manager client`): they
/// say what it does, so they go where it goes. Their whole lines and their
/// text without the indentation, one per line; an empty range when there
/// are none. A tool's directive or a tagged note (`# noqa`, `# type: ...`,
/// `# fmt: off`, `# TODO: ...`, a test's `# expect: ...`) ends them: it is
/// about the code where it is.
std::pair<TextRange, std::string> comments_above(const SyntaxTree &tree,
                                                 TSNode statement) {
  const SourceFile &file = *tree.file();
  const LineIndex &lines = file.lines();
  std::size_t line = file.position(ts_node_start_byte(statement)).line;
  std::string_view own = lines.line_text(line);
  std::string_view indent = own.substr(0, own.find_first_not_of(" \t"));
  std::size_t first = line;
  while (first > 1) {
    std::string_view above = lines.line_text(first - 1);
    if (above.substr(0, indent.size()) != indent || above.size() <= indent.size())
      break;
    std::string_view comment = above.substr(indent.size());
    if (comment.front() != '#')
      break;
    std::string_view words = comment.substr(1);
    words.remove_prefix(std::min(words.find_first_not_of(' '), words.size()));
    std::size_t tag = words.find_first_not_of(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
    if (words.rfind("noqa", 0) == 0 || words.rfind("pragma", 0) == 0 ||
        (tag != 0 && tag != std::string_view::npos && words[tag] == ':'))
      break;
    --first;
  }
  std::string text;
  for (std::size_t at = first; at < line; ++at)
    text += std::string(lines.line_text(at).substr(indent.size())) + "\n";
  std::size_t begin = lines.line_start(first);
  return {{begin, first == line ? begin : lines.line_start(line)}, text};
}

bool only_statement_in_block(TSNode statement) {
  TSNode block = ts_node_parent(statement);
  std::size_t statements = 0;
  for (TSNode child : named_children(block))
    statements += is(child, "comment") ? 0 : 1;
  return statements == 1;
}

/// Code with whitespace and comments dropped and simple strings in double
/// quotes, so that `boto3.client('s3')` and `boto3.client( "s3" )` compare
/// equal.
std::string canonical(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '#') {
      while (i < text.size() && text[i] != '\n')
        ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\')
      continue;
    if (c != '"' && c != '\'') {
      out += c;
      continue;
    }
    std::size_t close = text.find(c, i + 1);
    while (close != std::string_view::npos && text[close - 1] == '\\')
      close = text.find(c, close + 1);
    if (close == std::string_view::npos)
      return out + std::string(text.substr(i));
    std::string_view body = text.substr(i + 1, close - i - 1);
    bool simple = body.find_first_of("\"'\\\n") == std::string_view::npos;
    out += simple ? '"' + std::string(body) + '"'
                  : std::string(text.substr(i, close - i + 1));
    i = close;
  }
  return out;
}

/// What tells a module's constructions apart: the canonical text of the
/// call, or, for a catalogued API with other spellings, that API in its one
/// spelling and the canonical text of its arguments (`boto3.Session()` and
/// `boto3.session.Session()` are one construction).
std::string construction_key(const NameResolver &resolver, Scope scope,
                             TSNode call) {
  const SyntaxTree &tree = scope.module->tree();
  if (is(call, "call"))
    if (const ApiEntry *entry =
            resolver.catalogue().find(resolver.called_path(call, scope));
        entry && !entry->spelling().empty())
      return entry->spelling() +
             canonical(tree.text(field(call, "arguments")));
  return canonical(tree.text(call));
}

/// A local that moves to module scope with the construction that reads it.
struct MovedLocal {
  std::string name;
  TSNode statement;
  /// An import stays where it is too (its own binding, harmless); module
  /// scope gets a copy.
  bool is_import;
};

/// Works out which locals a construction reads and whether each can move to
/// module scope before it: a local bound once, by an unconditional import
/// or an assignment of a hoistable value (an environment read with its
/// default) before the construction, on lines of its own.
class LocalMover {
public:
  /// For the construction `call` of `where`.
  LocalMover(const NameResolver &resolver, const Handler &handler,
             const ReachedFunction &where, TSNode call)
      : resolver_(resolver), handler_(handler), where_(where), call_(call),
        statement_(statement_of(call, *where.function)),
        tree_(where.module->tree()) {}

  /// Adds the locals `expression` reads; returns why one cannot move, or "".
  std::string add(TSNode expression, int depth = 0) {
    const ModuleModel &module = *where_.module;
    const FunctionInfo &function = *where_.function;
    const ScopeBindings &local = function.bindings;
    for (const std::string &name : names_read(tree_, expression)) {
      if (mangled_at(call_, name))
        return "it uses '" + name +
               "', which Python mangles inside a class: at module scope the "
               "name would read something else";
      if (!local.binds(name) || local.globals.count(name)) {
        if (!module.bindings().binds(name) && !module.function_named(name) &&
            !module.class_named(name) && !is_builtin_name(name))
          return "it uses '" + name + "', which module scope does not define";
        continue;
      }
      if (std::any_of(moved.begin(), moved.end(),
                      [&](const MovedLocal &m) { return m.name == name; }))
        continue;
      // A parameter's value is each call's (constants, when the inputs
      // are hoistable): one object at module scope cannot stand for them.
      bool parameter = std::any_of(
          function.parameters.begin(), function.parameters.end(),
          [&](const Parameter &p) { return p.name == name; });
      std::string cannot =
          parameter ? "it uses '" + name + "', a parameter of '" +
                          function.name +
                          "' that each call gives: one object at module "
                          "scope cannot serve every value"
                    : "it uses '" + name + "', a local of '" + function.name +
                          "'";
      bool bound_once =
          !local.others.count(name) && !local.declared_in_nested.count(name) &&
          local.imports.count(name) + local.assignments.count(name) == 1 &&
          (!local.assignments.count(name) ||
           local.assignments.at(name).size() == 1);
      // (A parameter is always bound otherwise: it ends here.)
      if (!bound_once || depth > 8) {
        reads_parameter = parameter;
        return cannot;
      }
      if (local.imports.count(name)) {
        TSNode statement = local_import(name);
        if (ts_node_is_null(statement))
          return cannot;
        // An import under a condition or in a `try` may not run, or fail
        // (handled there): it moves only when module scope imports the
        // same module already and it runs on the way to the construction,
        // so it binds what the module-level name holds.
        if (!runs_before(statement) &&
            !(imported_alike_at_top(name) && on_the_way(statement)))
          return "it uses '" + name + "', imported in '" + function.name +
                 "' " +
                 (on_the_way(statement)
                      ? "by a statement that " +
                            context_reason(statement, function).substr(3)
                      : "where it may not run before it");
        moved.push_back({name, statement, true});
        continue;
      }
      TSNode value = local.assignments.at(name).front();
      TSNode assignment = ts_node_parent(value);
      TSNode statement = ts_node_parent(assignment);
      if (!is(assignment, "assignment") ||
          !is(statement, "expression_statement") ||
          ts_node_named_child_count(statement) != 1 ||
          !ts_node_eq(field(assignment, "right"), value) ||
          !runs_before(statement) || !own_lines(tree_, statement))
        return cannot;
      ClassifiedInputs inputs =
          classify_expression(resolver_, handler_, where_, value);
      if (inputs.lifetime != InputLifetime::Hoistable)
        return cannot;
      if (std::string changed = changed_on_invoke(value); !changed.empty())
        return "it is built from '" + name + "', and " + changed +
               ", which it would miss if built at INIT";
      if (!ModuleEdits(module, resolver_)
               .free_at_module_scope(name))
        return cannot + ", and module scope already binds '" + name + "'";
      if (std::string why = add(value, depth + 1); !why.empty())
        return why;
      moved.push_back({name, statement, false});
    }
    return "";
  }

  std::vector<MovedLocal> moved;
  /// Whether add() refused a parameter of the construction's function.
  bool reads_parameter = false;

private:
  /// True when `statement` runs before the construction on every path that
  /// reaches it: in the function's body or a block that always runs with
  /// the construction, earlier in the source.
  bool runs_before(TSNode statement) const {
    return ts_node_start_byte(statement) < ts_node_start_byte(statement_) &&
           context_reason(statement, *where_.function).empty();
  }

  /// True when `statement` runs before the construction whenever it is
  /// reached: earlier in a block that holds the construction.
  bool on_the_way(TSNode statement) const {
    if (ts_node_start_byte(statement) >= ts_node_start_byte(statement_))
      return false;
    TSNode block = ts_node_parent(statement);
    for (TSNode node : ancestors(statement_, where_.function->node))
      if (ts_node_eq(node, block))
        return true;
    return false;
  }

  /// True when module scope imports `name` as the function does, by an
  /// import INIT surely runs.
  bool imported_alike_at_top(const std::string &name) const {
    const ScopeBindings &top = where_.module->bindings();
    auto bound = top.imports.find(name);
    return bound != top.imports.end() && !top.assignments.count(name) &&
           !top.others.count(name) &&
           bound->second == where_.function->bindings.imports.at(name) &&
           ModuleEdits(*where_.module, resolver_).imported_at_init(name);
  }

  /// How the function changes the object that the local assigned `value`
  /// holds (a session whose events it registers, a dict it fills), or "":
  /// nothing does, or the value cannot change (a string, a number).
  std::string changed_on_invoke(TSNode value) const {
    static const std::unordered_set<std::string_view> kImmutable = {
        "str", "int", "float", "bool", "bytes", "tuple", "frozenset",
        "len", "min", "max", "round"};
    Scope scope{where_.module, where_.function};
    value = unparenthesize(value);
    // An object hoist does not know: any call whose result is unused may
    // change it (`cfg.update(...)`).
    MethodCalls methods{true, {}};
    if (is(value, "call")) {
      std::string path = resolver_.called_path(value, scope);
      TSNode callee = field(value, "function");
      if (const ApiEntry *entry = resolver_.catalogue().find(path))
        methods = entry->methods;
      else if (path == "os.getenv" || path == "os.environ.get" ||
               (is(callee, "identifier") &&
                kImmutable.count(tree_.text(callee)) &&
                !where_.function->bindings.binds(
                    std::string(tree_.text(callee)))))
        return ""; // a string, a number: nothing changes it
    } else if (!is(value, "dictionary") && !is(value, "list") &&
               !is(value, "set") && !is(value, "dictionary_comprehension") &&
               !is(value, "list_comprehension") &&
               !is(value, "set_comprehension")) {
      return "";
    } else {
      // A container: its mutating methods change it even when their result
      // is used (`cfg.setdefault("seen", []).append(...)`).
      methods = {false, container_mutating_methods()};
    }
    for (ObjectReference &reference :
         references_to(resolver_, *where_.module, *where_.function, value)) {
      // The construction moves with it (`config=config`).
      if (reference.function == where_.function)
        reference.moved_with = call_;
      if (ObjectChange change = change_of(resolver_, reference, methods);
          change || change.escapes())
        return change.describe(reference);
    }
    return "";
  }

  /// The only import statement of the function that binds `name`, or null.
  TSNode local_import(const std::string &name) const {
    TSNode found{};
    int count = 0;
    for_each_in_scope(where_.function->body, [&](TSNode node) {
      if (!is(node, "import_statement") && !is(node, "import_from_statement"))
        return true;
      for (TSNode part : fields(node, "name")) {
        TSNode alias = is(part, "aliased_import") ? field(part, "alias") : part;
        std::string_view text = tree_.text(alias);
        if (text.substr(0, text.find('.')) == name) {
          found = node;
          ++count;
        }
      }
      return false;
    });
    return count == 1 ? found : TSNode{};
  }

  const NameResolver &resolver_;
  const Handler &handler_;
  const ReachedFunction &where_;
  TSNode call_;
  TSNode statement_;
  const SyntaxTree &tree_;
};

/// The string literals in `node`.
void collect_literals(const SyntaxTree &tree, TSNode node,
                      std::vector<std::string> &out) {
  if (auto value = string_value(tree, node))
    out.push_back(*value);
  for_each_in_scope(node, [&](TSNode inner) {
    if (auto value = string_value(tree, inner))
      out.push_back(*value);
  });
}

/// The string literals of code that reading a name in `node` (of `scope`)
/// runs when it is read, not when it was bound: a module-level
/// `functools.partial` called (`REGION = functools.partial(os.getenv,
/// "BUCKET_REGION")`, `REGION()`). The environment variables they name are
/// read by the construction. (A module's `__getattr__` answering a read is
/// code run then, which leaves the construction no fix: hoistability.cpp.)
void collect_deferred_literals(const NameResolver &resolver, Scope scope,
                               TSNode node, std::vector<std::string> &out) {
  const SyntaxTree &tree = scope.module->tree();
  walk_named_descendants(node, [&](TSNode inner) {
    if (is(inner, "call") && is(field(inner, "function"), "identifier")) {
      std::string name(tree.text(field(inner, "function")));
      auto values = scope.module->bindings().assignments.find(name);
      if (!(scope.function && scope.function->bindings.binds(name)) &&
          values != scope.module->bindings().assignments.end())
        for (TSNode value : values->second)
          if (is(value, "call") &&
              resolver.called_path(value, {scope.module, nullptr}) ==
                  "functools.partial")
            collect_literals(tree, value, out);
    }
    return true;
  });
}

/// Why the hoistable code `node` (of `scope`) may raise where a catalogued
/// constructor with plain arguments does not, or "": an item read (a
/// missing environment variable), a conversion (`int(...)`,
/// `json.loads(...)`), arguments a library may refuse (a profile, a
/// region, a proxy URL: refused_arguments.h), or a module-level name bound
/// more than once (an optional import's `None`).
std::string may_raise(const NameResolver &resolver, Scope scope, TSNode node) {
  const ModuleModel &module = *scope.module;
  const SyntaxTree &tree = module.tree();
  static const std::unordered_set<std::string_view> kRaising = {
      "int", "float", "loads", "load", "bool", "fromisoformat", "decode"};
  std::string why;
  auto visit = [&](TSNode inner) {
    if (is(inner, "subscript")) {
      why = "an item read ('" + std::string(tree.text(inner)) +
            "') can raise KeyError";
    } else if (is(inner, "call")) {
      TSNode callee = field(inner, "function");
      if (kRaising.count(called_name(tree, callee)))
        why = "a conversion ('" + std::string(tree.text(callee)) +
              "(...)') can raise";
      else
        why = refused_arguments(resolver, scope, inner,
                                UnreadArguments::Refused);
    }
    return why.empty();
  };
  visit(node);
  for_each_in_scope(node, visit);
  const ScopeBindings &globals = module.bindings();
  for (const std::string &name : names_read(tree, node)) {
    auto values = globals.assignments.find(name);
    std::size_t bindings =
        globals.imports.count(name) + globals.others.count(name) +
        (values == globals.assignments.end() ? 0 : values->second.size());
    if (why.empty() && bindings > 1)
      why = "'" + name + "' is bound more than once at module scope, and may "
            "not hold what it needs";
  }
  return why;
}

/// The module-level name each construction of a module gets when hoisted,
/// worked out once for the whole module so that every hoist of a pass agrees
/// (and all can be applied together): by the construction_key of the call
/// assigned to a local in any of its functions, in source order. Equal
/// constructions share one name; a local that several functions bind to
/// different values is not used for any of them (each gets a name derived
/// from what it builds), nor is a name another construction already has.
class ModuleHoistNames {
public:
  ModuleHoistNames(const NameResolver &resolver, const ModuleModel &module) {
    const SyntaxTree &tree = module.tree();
    std::vector<std::pair<TSNode, const std::string *>> assigned;
    std::vector<const FunctionInfo *> assigned_in;
    for (const FunctionInfo &function : module.functions()) {
      std::size_t first = assigned.size();
      for (const auto &[local, values] : function.bindings.assignments)
        for (TSNode value : values)
          if (is(value, "call") && !function.bindings.globals.count(local))
            assigned.emplace_back(value, &local);
      std::sort(assigned.begin() + static_cast<std::ptrdiff_t>(first),
                assigned.end(), [](const auto &a, const auto &b) {
                  return ts_node_start_byte(a.first) <
                         ts_node_start_byte(b.first);
                });
      assigned_in.resize(assigned.size(), &function);
    }
    std::unordered_map<std::string, std::unordered_set<std::string>> texts;
    std::vector<std::string> canonicals;
    for (std::size_t i = 0; i < assigned.size(); ++i) {
      canonicals.push_back(construction_key(
          resolver, {&module, assigned_in[i]}, assigned[i].first));
      texts[*assigned[i].second].insert(canonicals.back());
    }
    std::unordered_set<std::string> used;
    for (std::size_t i = 0; i < assigned.size(); ++i) {
      auto [entry, fresh] = names_.try_emplace(canonicals[i]);
      if (!fresh)
        continue;
      const std::string &local = *assigned[i].second;
      // A private local (`__s3`) would be mangled where a class reads it.
      std::string base = texts[local].size() == 1 && !mangled_at(
                                                         assigned[i].first, local)
                             ? local
                             : derived_name(tree, assigned[i].first);
      std::string name = base;
      for (int n = 2; used.count(name); ++n)
        name = base + "_" + std::to_string(n);
      used.insert(name);
      entry->second = std::move(name);
    }
  }

  /// The name for a construction whose construction_key is `text`, or ""
  /// when no function assigns it to a local.
  std::string name_of(const std::string &text) const {
    auto found = names_.find(text);
    return found == names_.end() ? std::string() : found->second;
  }

  /// The names of `module`, worked out once per module and thread (the
  /// module's text is kept alive with them, so its address cannot be taken
  /// by another).
  static const ModuleHoistNames &of(const NameResolver &resolver,
                                    const ModuleModel &module) {
    thread_local SourceFilePtr file;
    thread_local std::optional<ModuleHoistNames> names;
    if (!names || file != module.tree().file()) {
      names.emplace(resolver, module);
      file = module.tree().file();
    }
    return *names;
  }

private:
  std::unordered_map<std::string, std::string> names_;
};

/// The service, when `call` builds an AWS SDK client or resource of a
/// service named by a string the SDK hoist knows does not list (see
/// sdk_services.h): one that may raise UnknownServiceError wherever it runs.
std::optional<std::string> unknown_service(const SyntaxTree &tree,
                                           TSNode call, const ApiEntry &entry) {
  std::string_view api = entry.api;
  std::string_view method = api.substr(api.rfind('.') + 1);
  if (entry.family != "aws-sdk" ||
      (method != "client" && method != "resource" && method != "create_client"))
    return std::nullopt;
  for (TSNode argument : named_children(field(call, "arguments"))) {
    TSNode value = argument;
    if (is(argument, "keyword_argument")) {
      if (tree.text(field(argument, "name")) != "service_name")
        continue;
      value = field(argument, "value");
    }
    std::optional<std::string> service = string_value(tree, value);
    return service && !sdk_knows_service(*service) ? service : std::nullopt;
  }
  return std::nullopt;
}

/// The service, when `call` builds a boto3 resource of a service named by a
/// string that boto3 has no resource API for (see sdk_services.h).
std::optional<std::string>
service_without_resources(const SyntaxTree &tree, TSNode call,
                          const ApiEntry &entry) {
  std::string_view api = entry.api;
  if (entry.family != "aws-sdk" || api.substr(api.rfind('.') + 1) != "resource")
    return std::nullopt;
  std::vector<TSNode> arguments = named_children(field(call, "arguments"));
  auto first = std::find_if(arguments.begin(), arguments.end(), [&](TSNode a) {
    return !is(a, "comment") &&
           (!is(a, "keyword_argument") ||
            tree.text(field(a, "name")) == "service_name");
  });
  if (first == arguments.end())
    return std::nullopt;
  TSNode value = is(*first, "keyword_argument") ? field(*first, "value") : *first;
  std::optional<std::string> service = string_value(tree, value);
  return service && !sdk_has_resources(*service) ? service : std::nullopt;
}

/// Why the moved `code` (of `scope`, building with `entry`) fails to build
/// wherever it runs, or "": a service that has no resource API, arguments
/// botocore refuses (refused_arguments.h, values it
/// cannot read let pass: those may build).
std::string fails_to_build(const NameResolver &resolver, Scope scope,
                           TSNode call, const ApiEntry &entry,
                           const std::vector<TSNode> &code) {
  // A service the botocore hoist was built beside lacks is most often newer
  // than it (`bedrock-runtime`), which Lambda's runtime knows: it fails only
  // where something before it may end the invocation (result.failure).
  const SyntaxTree &tree = scope.module->tree();
  if (std::optional<std::string> service =
          service_without_resources(tree, call, entry))
    return "'" + *service + "' has no resource API (ResourceNotExistsError)";
  std::string why;
  auto visit = [&](TSNode inner) {
    if (is(inner, "call"))
      why = refused_arguments(resolver, scope, inner,
                              UnreadArguments::Accepted);
    return why.empty();
  };
  for (TSNode part : code) {
    if (visit(part))
      for_each_in_scope(part, visit);
    if (!why.empty())
      break;
  }
  return why;
}

/// The first reason one of `code` (of `scope`) may raise (see may_raise).
std::string first_may_raise(const NameResolver &resolver, Scope scope,
                            const std::vector<TSNode> &code) {
  for (TSNode part : code)
    if (std::string why = may_raise(resolver, scope, part); !why.empty())
      return why;
  return "";
}

/// True when every way through the compound `statement` other than its
/// block `taken` ends the function or the loop: past `statement`, `taken`
/// has run through, as far as `ran` (a statement of it). A `with` runs its
/// body through unless it raises; an `if` whose other branches, with an
/// `else`, exit or never run; a `try` whose handlers exit, for its body or
/// its `else`; a `while True:` left by `break`s that all come after `ran`.
bool only_way_through(const NameResolver &resolver, Scope scope,
                      TSNode statement, TSNode taken, TSNode ran) {
  if (is(statement, "with_statement"))
    return true;
  if (is(statement, "while_statement") &&
      ts_node_eq(taken, field(statement, "body")) &&
      constant_truth(resolver, scope, field(statement, "condition")) == true) {
    bool early_break = false;
    walk_named_descendants(taken, [&](TSNode node) {
      early_break = early_break || (is(node, "break_statement") &&
                                    ts_node_start_byte(node) <
                                        ts_node_end_byte(ran));
      return !early_break && !opens_scope(node);
    });
    return !early_break;
  }
  auto exits = [&](TSNode block) {
    return always_exits(resolver, scope, block) ||
           in_branch_never_taken(resolver, scope, block, statement);
  };
  if (is(statement, "if_statement")) {
    // `if True:` lets nothing past it either.
    bool has_else =
        constant_truth(resolver, scope, field(statement, "condition")) == true;
    if (TSNode consequence = field(statement, "consequence");
        !ts_node_eq(consequence, taken) && !exits(consequence))
      return false;
    for (TSNode clause : named_children(statement)) {
      TSNode block = is(clause, "elif_clause")   ? field(clause, "consequence")
                     : is(clause, "else_clause") ? field(clause, "body")
                                                 : TSNode{};
      has_else = has_else || is(clause, "else_clause");
      if (!ts_node_is_null(block) && !ts_node_eq(block, taken) && !exits(block))
        return false;
    }
    return has_else;
  }
  if (is(statement, "try_statement")) {
    TSNode owner = ts_node_parent(taken);
    if (!ts_node_eq(taken, field(statement, "body")) &&
        !(is(owner, "else_clause") && ts_node_eq(ts_node_parent(owner), statement)))
      return false;
    for (TSNode clause : named_children(statement))
      if (is(clause, "except_clause"))
        for (TSNode block : named_children(clause))
          if (is(block, "block") && !exits(block))
            return false;
    return true;
  }
  return false;
}

/// Why code of `function` that sees `local` as a local would see the
/// module-level name instead once `statement`, which binds it, leaves the
/// function, or "": code reads the name where `statement` may not have run
/// (before it, or after a branch, loop or `try` that may not run it), where
/// the original fails with UnboundLocalError and the fixed code answers.
std::string read_as_local(const NameResolver &resolver, Scope scope,
                          const std::string &local, TSNode statement) {
  const SyntaxTree &tree = scope.module->tree();
  const FunctionInfo &function = *scope.function;
  // Where the statement has surely run: after it in its block, and after
  // each enclosing statement that lets nothing else through.
  std::vector<std::pair<uint32_t, uint32_t>> bound;
  for (TSNode at = statement;;) {
    TSNode block = ts_node_parent(at);
    bound.emplace_back(ts_node_end_byte(at), ts_node_end_byte(block));
    if (ts_node_eq(block, function.body))
      break;
    TSNode compound = block;
    while (!is(ts_node_parent(compound), "block"))
      compound = ts_node_parent(compound);
    if (!only_way_through(resolver, scope, compound, block, at))
      break;
    at = compound;
  }
  TSNode read{};
  walk_named_descendants(function.body, [&](TSNode node, TSNode parent) {
    if (!ts_node_is_null(read) || ts_node_eq(node, statement) ||
        opens_scope(node)) // a nested function's uses are LocalUses'
      return false;
    if (!is(node, "identifier") || tree.text(node) != local ||
        (is(parent, "attribute") && ts_node_eq(field(parent, "attribute"), node)) ||
        (is(parent, "keyword_argument") && ts_node_eq(field(parent, "name"), node)))
      return true;
    uint32_t at = ts_node_start_byte(node);
    if (std::none_of(bound.begin(), bound.end(), [&](const auto &range) {
          return at >= range.first && at < range.second;
        }))
      read = node;
    return false;
  });
  if (ts_node_is_null(read))
    return "";
  if (ts_node_start_byte(read) < ts_node_start_byte(statement))
    return "'" + function.name + "' reads '" + local +
           "' before building it, where it is not bound yet";
  // The branch, loop or `try` that may not have built it: the outermost
  // around the statement that does not hold the read, or else the
  // innermost that holds both.
  TSNode around{}, up = ts_node_parent(statement);
  for (; !ts_node_eq(up, function.body) &&
         !(ts_node_start_byte(up) <= ts_node_start_byte(read) &&
           ts_node_end_byte(read) <= ts_node_end_byte(up));
       up = ts_node_parent(up))
    if (is(ts_node_parent(up), "block"))
      around = up;
  for (; ts_node_is_null(around) && !ts_node_eq(up, function.body);
       up = ts_node_parent(up))
    if (is(ts_node_parent(up), "block"))
      around = up;
  std::string head =
      ts_node_is_null(around) ? "" : std::string(tree.text(around));
  head = head.substr(0, head.find_first_of(":\n"));
  return "'" + function.name + "' reads '" + local + "' where " +
         (head.empty() ? "it" : "'" + head + "'") +
         " may not have built it: there the original raises "
         "UnboundLocalError, where the module-level name would answer";
}

/// Why taking `locals` out of `function` shows, or "": the function lists
/// its own locals (`locals()`, `vars()`, `dir()`).
std::string listed_locals(const NameResolver &resolver, Scope scope,
                          const std::vector<std::string> &locals) {
  if (locals.empty())
    return "";
  for (const Introspection &found :
       introspection_in(resolver, scope, scope.function->body))
    if (found.kind == Introspection::Kind::LocalNames)
      return "'" + scope.function->name + "' lists its locals ('" +
             found.text + "'), which would no longer hold '" + locals.front() +
             "'";
  return "";
}

/// Why adding the module-level `names` shows, or "": the module looks its
/// names up as data (`globals().get(op)`), by a key known only at run time
/// or by one of them; or it defines `__getattr__` (PEP 562), which answers
/// other modules' reads of a name it does not bind, until the new name
/// does.
std::string found_as_global(const NameResolver &resolver,
                            const ModuleModel &module,
                            const std::vector<std::string> &names) {
  if (names.empty())
    return "";
  if (module.function_named("__getattr__"))
    return "the module defines '__getattr__', which answers other modules' "
           "reads of '" +
           names.front() + "' until the new module-level '" + names.front() +
           "' does";
  auto lookups = global_name_lookups(resolver, module);
  for (const Introspection &found : *lookups)
    if (!found.key || std::count(names.begin(), names.end(), *found.key))
      return (found.elsewhere ? "'" + found.elsewhere->path() +
                                    "' looks up the module's names"
                              : std::string("the module looks up its names")) +
             " at run time ('" + found.text +
             "'), where it would find the new module-level '" + names.front() +
             "'";
  return "";
}

/// True when `value`, the value of a module-level assignment, is bound
/// whenever the module is imported: its statement is the module's own, not
/// inside an `if`, a `try`, a `with` or a loop.
bool runs_unconditionally(TSNode value) {
  TSNode statement = ts_node_parent(value);
  while (is(statement, "assignment"))
    statement = ts_node_parent(statement);
  return is(statement, "expression_statement") &&
         is(ts_node_parent(statement), "module");
}

/// True when the module-level `name`, bound once to `value` (a construction
/// equal to the one being hoisted), holds what that construction would build
/// at INIT: no other module-level code names it (it may configure it), none
/// after it changes what it reads (rebinds one of its names, writes the
/// environment: `environment_writes`), and no function changes it.
bool holds_same_object(const NameResolver &resolver, const ModuleModel &module,
                       const std::string &name, TSNode value,
                       const std::vector<TSNode> &environment_writes,
                       const MethodCalls &methods) {
  const SyntaxTree &tree = module.tree();
  TSNode statement = ModuleEdits(module).top_level_statement(value);
  auto after_it = [&](TSNode node) {
    return ts_node_start_byte(node) >= ts_node_end_byte(statement);
  };
  bool named_elsewhere = false;
  for_each_in_scope_and_class_bodies(tree.root(), [&](TSNode node) {
    named_elsewhere =
        named_elsewhere ||
        (is(node, "identifier") && tree.text(node) == name &&
         (ts_node_start_byte(node) < ts_node_start_byte(statement) ||
          after_it(node)));
    return !named_elsewhere;
  });
  if (named_elsewhere ||
      std::any_of(environment_writes.begin(), environment_writes.end(),
                  after_it))
    return false;
  const ScopeBindings &globals = module.bindings();
  for (const std::string &read : names_read(tree, value)) {
    if (globals.others.count(read))
      return false;
    // A star import may bind it too (`from overrides import *` at the
    // bottom): the module-level value may not be the one the function
    // reads.
    for (const std::string &wildcard : globals.wildcard_modules) {
      Symbol imported = resolver.imported(wildcard, module);
      if (imported.kind == Symbol::Kind::Module
              ? imported.module && imported.module->star_import_brings(read)
              : !is_standard_library(wildcard))
        return false;
    }
    if (auto values = globals.assignments.find(read);
        values != globals.assignments.end() &&
        std::any_of(values->second.begin(), values->second.end(), after_it))
      return false;
  }
  // Another module that imports it (`from app import S3`, `app.S3`, in a
  // function too) may do anything with it: one whose text names the name.
  // Asked of the files that import it (importers_of), not of the modules a
  // thread happens to have loaded: the answer must not depend on which.
  for (const std::string &path : importers_of(resolver, module))
    if (const ModuleModel *other = resolver.module_cache().module_in(path);
        other && !resolver.module_cache().same_file(*other, module) &&
        other->tree().text(other->tree().root()).find(name) !=
            std::string_view::npos)
      return false;
  // Through the name, or a local bound to a part of it (`register =
  // S3.meta.events.register`); returned by a getter (`return S3`) or bound
  // by a walrus (`(c := S3)`), it goes where hoist does not follow it.
  for (const FunctionInfo &function : module.functions()) {
    if (function.bindings.binds(name) && !function.bindings.globals.count(name))
      continue;
    bool handed_on = false;
    walk_named_descendants(function.node, [&](TSNode node) {
      TSNode value = is(node, "return_statement") ? ts_node_named_child(node, 0)
                     : is(node, "named_expression") ? field(node, "value")
                                                    : TSNode{};
      handed_on = handed_on ||
                  (!ts_node_is_null(value) && returns_path(tree, value, name));
      return !handed_on;
    });
    if (handed_on)
      return false;
    std::vector<ObjectReference> reaching{{&module, &function, name}};
    for (const auto &[local, values] : function.bindings.assignments)
      for (TSNode bound : values)
        if (steps_from(tree, bound, name) > 0)
          reaching.push_back({&module, &function, local, true});
    for (const ObjectReference &reference : reaching)
      if (change_of(resolver, reference, methods))
        return false;
  }
  return true;
}

/// True when `node` is the context manager of a `with` (`with node:`,
/// `with node as name:`).
bool is_with_item(TSNode node) {
  TSNode parent = ts_node_parent(node);
  return is(parent, "with_item") || is(ts_node_parent(parent), "with_item");
}

/// Why what `call` builds cannot be kept from one invocation to the next,
/// whether moved to module scope or cached, or "": a `with` closes it when
/// its block ends (unless the catalogue says the block only ends its
/// transaction); an `await` on the call means it returns a coroutine,
/// which runs once; it belongs to the event loop it first runs in, and a
/// handler that runs asyncio.run starts a new loop on every invocation.
std::string never_kept(const SyntaxTree &tree, TSNode call,
                       const ApiEntry &entry) {
  if (is_with_item(call))
    return entry.open_after_with
               ? ""
               : "it is the context manager of a 'with', which closes it "
                 "when the block ends";
  TSNode parent = ts_node_parent(call);
  auto in_with_item = [](TSNode node) {
    return is(node, "with_item") || is(ts_node_parent(node), "with_item");
  };
  // `with contextlib.closing(boto3.client(...))`, `with Scoped(conn)`: the
  // context manager it is given may close it when the block ends.
  if (is(parent, "keyword_argument"))
    parent = ts_node_parent(parent);
  if (TSNode manager = ts_node_parent(parent);
      is(parent, "argument_list") && is(manager, "call") &&
      in_with_item(ts_node_parent(manager)))
    return "it is given to the context manager of a 'with' ('" +
           std::string(tree.text(field(manager, "function"))) +
           "(...)'), which may close it when the block ends";
  if (is(parent, "await"))
    return "'" + std::string(tree.text(field(call, "function"))) +
           "(...)' is awaited: it returns a coroutine, which can be awaited "
           "only once";
  if (entry.event_loop)
    return "'" + entry.api +
           "' objects belong to the event loop they first run in, and a "
           "handler that runs asyncio.run starts a new loop on every "
           "invocation: one kept from an earlier loop fails in the next";
  return "";
}

/// True when `decorator` (of `module`), given the function it decorates,
/// gives back what that function returns, untouched: it returns the
/// function itself, or a wrapper of its own whose every `return` gives the
/// function's call (`return fn(*args, **kwargs)`, also in a `try` whose
/// `finally` times it) or a local only that call binds. A factory's
/// (`factory`: `@timed("x")`) decorators, one level down, likewise.
bool passes_result_through(const ModuleModel &module,
                           const FunctionInfo &decorator, bool factory) {
  const SyntaxTree &tree = module.tree();
  if (factory)
    return !decorator.nested.empty() &&
           std::all_of(decorator.nested.begin(), decorator.nested.end(),
                       [&](const auto &made) {
                         return passes_result_through(module, *made.second,
                                                      false);
                       });
  const Parameter *given = decorator.first_given_parameter();
  if (!given || ts_node_is_null(decorator.body))
    return false;
  const std::string &wrapped = given->name;
  auto calls_wrapped = [&](TSNode value) {
    value = unparenthesize(value);
    return is(value, "call") &&
           tree.text(field(value, "function")) == wrapped;
  };
  // What a wrapper returns: the call, or a local bound only to it and read
  // only where it is returned.
  auto gives_call = [&](const FunctionInfo &wrapper, TSNode value) {
    value = unparenthesize(value);
    if (calls_wrapped(value))
      return true;
    if (!is(value, "identifier"))
      return false;
    std::string local(tree.text(value));
    auto bound = wrapper.bindings.assignments.find(local);
    if (bound == wrapper.bindings.assignments.end() ||
        bound->second.size() != 1 || !calls_wrapped(bound->second.front()) ||
        wrapper.bindings.others.count(local))
      return false;
    int reads = 0;
    walk_named_descendants(wrapper.body, [&](TSNode node) {
      reads += is(node, "identifier") && tree.text(node) == local;
      return true;
    });
    return reads == 2; // bound once, returned once
  };
  bool passes = true;
  for_each_in_scope(decorator.body, [&](TSNode node) {
    if (!passes || !is(node, "return_statement"))
      return passes;
    TSNode value = unparenthesize(ts_node_named_child(node, 0));
    std::string name(is(value, "identifier") ? tree.text(value) : "");
    auto made = decorator.nested.find(name);
    if (name == wrapped)
      return true;
    if (made == decorator.nested.end()) {
      passes = false;
      return false;
    }
    const FunctionInfo &wrapper = *made->second;
    for_each_in_scope(wrapper.body, [&](TSNode inner) {
      if (passes && is(inner, "return_statement"))
        passes = gives_call(wrapper, ts_node_named_child(inner, 0));
      return passes;
    });
    return passes;
  });
  return passes;
}

/// Why what `call` (in `where`) builds differs from one use to the next,
/// or "": one of its names (or a caller it is returned to) closes or
/// configures it, or hands it to code that does. Sets `escapes` to where it
/// goes that hoist cannot follow, if anywhere.
std::string changed_after_building(const NameResolver &resolver,
                                   const ReachedFunction &where, TSNode call,
                                   const ApiEntry &entry,
                                   std::string &escapes) {
  const ModuleModel &module = *where.module;
  const FunctionInfo &function = *where.function;
  const SyntaxTree &tree = module.tree();
  std::vector<ObjectReference> references =
      references_to(resolver, module, function, call);
  // Returned, the object is its caller's (`s3 = make_s3()`, or used where
  // the call is, `make_s3().list_buckets()`): what each caller on the way
  // does with it counts as well, up to one that keeps it.
  bool returned = returns_object(tree, function, call, references);
  const ModuleModel *giver_module = &module;
  const FunctionInfo *giver = &function;
  for (std::size_t up = where.chain.size(); returned && escapes.empty(); --up) {
    // A project decorator of the function gets it first
    // (`@instrumented def get_client(): return boto3.client("s3")`).
    for (const Wrapper &wrapper : wrappers_of(*giver_module, *giver)) {
      Symbol symbol =
          resolver.resolve(wrapper.callable, {giver_module, nullptr});
      // A pass-through wrapper (timing, tracing) gives it to the caller.
      TSNode made_by = ts_node_parent(wrapper.callable);
      if (symbol.kind == Symbol::Kind::Function && symbol.function &&
          symbol.module &&
          passes_result_through(*symbol.module, *symbol.function,
                                is(made_by, "call") &&
                                    is(ts_node_parent(made_by), "decorator")))
        continue;
      if (symbol.kind == Symbol::Kind::Function ||
          symbol.kind == Symbol::Kind::Class ||
          symbol.kind == Symbol::Kind::Object) {
        escapes = wrapper.as_written + " gets what '" + display_name(*giver) +
                  "' returns, where hoist does not follow what becomes of it";
        break;
      }
    }
    if (up == 0 || !escapes.empty())
      break;
    const CallStep &step = where.chain[up - 1];
    // Given as a callback, dispatched as a route, or run in the place of
    // what it wraps, what it returns goes to the library or the caller
    // that calls it, which hoist does not follow.
    // A getter's result goes to each read of the attribute
    // (`STORAGE.client`), which hoist does not gather as it gathers calls.
    if (step.passed || step.routed || step.wraps || !is(step.call, "call")) {
      escapes = "'" + display_name(*giver) + "' returns it to '" +
                display_name(*step.caller) +
                "', where hoist does not follow what becomes of it";
      break;
    }
    std::vector<ObjectReference> taken =
        references_to(resolver, *step.module, *step.caller, step.call);
    returned =
        returns_object(step.module->tree(), *step.caller, step.call, taken);
    references.insert(references.end(), taken.begin(), taken.end());
    // Moved, it is what every call of the function returns: the other calls
    // in its module count too, and one that returns it further escapes.
    for (const auto *functions :
         {&giver_module->functions(), &giver_module->nested_functions()})
      for (const FunctionInfo &other : *functions)
        for (TSNode other_call : other.calls) {
          const ModuleModel *callee_module = nullptr;
          if (ts_node_eq(other_call, step.call) ||
              resolver.called_function(other_call, {giver_module, &other},
                                       callee_module) != giver)
            continue;
          std::vector<ObjectReference> also =
              references_to(resolver, *giver_module, other, other_call);
          if (returns_object(giver_module->tree(), other, other_call, also) &&
              escapes.empty())
            escapes = "'" + display_name(*giver) + "' returns it to '" +
                      display_name(other) +
                      "', where hoist does not follow what becomes of it";
          references.insert(references.end(), also.begin(), also.end());
        }
    giver_module = step.module;
    giver = step.caller;
  }
  // Kept, one object serves every invocation: code that tells objects
  // apart sees that too.
  MethodCalls methods = entry.methods;
  methods.identity_matters = true;
  for (const ObjectReference &reference : references) {
    ObjectChange change = change_of(resolver, reference, methods);
    if (change.escapes() && escapes.empty())
      escapes = change.how;
    if (!change)
      continue;
    if (change.kind == ObjectChange::Kind::Closed)
      return change.describe(reference) +
             ", so the next invocation would get it closed";
    if (change.kind == ObjectChange::Kind::Configured &&
        reference.function == &function)
      return "'" + display_name(function) + "' configures '" + reference.path +
             "' after building it ('" + change.how +
             "'), and that state would carry into the next invocation";
    if (change.kind == ObjectChange::Kind::Configured)
      return change.describe(reference) +
             ", and that state would carry into the next invocation";
    if (change.kind == ObjectChange::Kind::Observed)
      return change.describe(reference) +
             ", which would see one object kept for every invocation where "
             "each had its own";
    return change.how +
           ", and what it does would carry into the next invocation";
  }
  return "";
}

/// The SDK settings botocore reads from the environment when it builds a
/// client or session: a bad or missing one makes the build raise. Not the
/// region: Lambda sets AWS_REGION and AWS_DEFAULT_REGION in every
/// environment, and code reads them for its own use.
bool is_sdk_setting(std::string_view name) {
  static const std::unordered_set<std::string_view> kSettings = {
      "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_CONFIG_FILE",
      "AWS_SHARED_CREDENTIALS_FILE", "AWS_MAX_ATTEMPTS", "AWS_RETRY_MODE", "AWS_DEFAULTS_MODE",
      "AWS_STS_REGIONAL_ENDPOINTS", "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT",
      "AWS_USE_FIPS_ENDPOINT",
      "AWS_USE_DUALSTACK_ENDPOINT", "AWS_ENDPOINT_URL", "AWS_CA_BUNDLE",
      "AWS_METADATA_SERVICE_TIMEOUT", "AWS_METADATA_SERVICE_NUM_ATTEMPTS",
      "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",
      "AWS_EC2_METADATA_SERVICE_ENDPOINT", "AWS_ENDPOINT_DISCOVERY_ENABLED"};
  return kSettings.count(name) > 0 || name.rfind("AWS_ENDPOINT_URL_", 0) == 0;
}

/// The exceptions botocore and boto3 raise only while building a client,
/// resource or session (not their base, BotoCoreError, which code catches
/// for what calls raise too).
bool is_building_exception(const std::string &path) {
  static const std::unordered_set<std::string> kBuilding = {
      "ProfileNotFound", "NoRegionError", "ConfigParseError",
      "ConfigNotFound", "InvalidConfigError", "InvalidRetryModeError",
      "InvalidRetryConfigurationError", "InvalidMaxRetryAttemptsError",
      "InvalidRegionError", "UnknownServiceError", "DataNotFoundError",
      "UnknownEndpointError", "EndpointResolutionError",
      "InvalidEndpointConfigurationError", "UnknownRegionError",
      "ResourceNotExistsError", "UnknownAPIVersionError",
      "InvalidDefaultsMode", "InvalidSTSRegionalEndpointsConfigError",
      "InvalidS3UsEast1RegionalEndpointConfigError",
      "InvalidIMDSEndpointError", "InvalidIMDSEndpointModeError",
      "InvalidEndpointDiscoveryConfigurationError"};
  for (const char *module : {"botocore.exceptions.", "boto3.exceptions."})
    if (path.rfind(module, 0) == 0)
      return kBuilding.count(path.substr(std::strlen(module))) > 0;
  return false;
}

/// True when botocore builds with `value` for the SDK setting `name`
/// (is_sdk_setting); false for a value it refuses and for settings that
/// name what Lambda's environment may not have (a profile, a file).
/// botocore compares some values as they are written (`AWS_RETRY_MODE=
/// Standard` and `AWS_STS_REGIONAL_ENDPOINTS=Regional` raise), others
/// whatever their case; counts are read with `int()`, and at least one
/// attempt is needed.
bool sdk_setting_builds(std::string_view name, std::string_view value) {
  auto one_of = [&](std::initializer_list<std::string_view> valid,
                    bool any_case) {
    std::string written(value);
    if (any_case)
      for (char &c : written)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::find(valid.begin(), valid.end(), written) != valid.end();
  };
  bool count = !value.empty() && value.find_first_not_of("0123456789") ==
                                     std::string_view::npos;
  if (name == "AWS_RETRY_MODE")
    return one_of({"legacy", "standard", "adaptive"}, false);
  if (name == "AWS_DEFAULTS_MODE")
    return one_of({"legacy", "standard", "in-region", "cross-region",
                   "mobile", "auto"}, true);
  if (name == "AWS_STS_REGIONAL_ENDPOINTS" ||
      name == "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT")
    return one_of({"legacy", "regional"}, false);
  if (name == "AWS_USE_FIPS_ENDPOINT" || name == "AWS_USE_DUALSTACK_ENDPOINT")
    return one_of({"true", "false"}, true);
  if (name == "AWS_ENDPOINT_DISCOVERY_ENABLED")
    return one_of({"true", "false", "auto"}, true);
  if (name == "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE")
    return one_of({"ipv4", "ipv6"}, true);
  if (name == "AWS_MAX_ATTEMPTS")
    return count && value.find_first_not_of('0') != std::string_view::npos;
  if (name == "AWS_METADATA_SERVICE_TIMEOUT" ||
      name == "AWS_METADATA_SERVICE_NUM_ATTEMPTS")
    return count;
  if (name.rfind("AWS_ENDPOINT_URL", 0) == 0 ||
      name == "AWS_EC2_METADATA_SERVICE_ENDPOINT")
    return value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0;
  return false;
}

/// What `environment` sets that makes botocore's build raise ("sets
/// 'AWS_PROFILE=dev'"), or "": an SDK setting (is_sdk_setting) with a value
/// it refuses or one that names what may be missing, or with a value known
/// only at deployment.
std::string refused_sdk_setting(const FunctionEnvironment &environment) {
  for (const auto &[name, value] : environment.variables)
    if (is_sdk_setting(name) && !sdk_setting_builds(name, value))
      return "sets '" + name + "=" + value + "'";
  for (const std::string &name : environment.unknown)
    if (is_sdk_setting(name))
      return "sets '" + name + "' to a value known only at deployment";
  return "";
}

/// What botocore does with the SDK settings, for messages.
constexpr const char *kSdkSettingsRead =
    ": botocore reads the environment and the SDK's config files when it "
    "builds, and raises when they name a missing profile or hold a bad value";

/// The SDK settings (is_sdk_setting) `handler`'s configuration sets, as
/// text: "" for none, and for a handler found without configuration.
std::string sdk_settings_of(const Handler &handler) {
  std::string settings;
  if (handler.environment) {
    // AWS_DATA_PATH: where a module-level write must place the line.
    for (const auto &[name, value] : handler.environment->variables)
      if (is_sdk_setting(name) || name == "AWS_DATA_PATH")
        settings += name + "=" + value + '\n';
    for (const std::string &name : handler.environment->unknown)
      if (is_sdk_setting(name) || name == "AWS_DATA_PATH")
        settings += name + '\n';
  }
  return settings;
}

/// Why the code around an AWS SDK construction with arguments hoist accepts
/// expects it to fail, or "". Lambda sets the region and, unless the
/// function's configuration says otherwise, no other SDK setting, so such a
/// build fails at INIT exactly when it would on every invocation. The
/// configuration (`handler`'s environment) may set one with a value
/// botocore refuses or that names what may be missing (a profile, a config
/// file); code that reads an SDK setting itself (`if
/// os.environ.get("AWS_PROFILE")`), or catches what building raises
/// (`except ProfileNotFound`), on the invoke path up to the construction,
/// says the environment may be otherwise.
std::string sdk_failure_expected(const NameResolver &resolver,
                                 const Handler &handler,
                                 const ReachedFunction &where, TSNode call) {
  const std::string fails = kSdkSettingsRead;
  if (handler.environment)
    if (std::string sets = refused_sdk_setting(*handler.environment);
        !sets.empty())
      return "the function's configuration " + sets + fails;
  // The functions on the path, each with the node of it that leads on.
  std::vector<std::pair<Scope, TSNode>> path;
  for (const CallStep &step : where.chain)
    path.push_back({{step.module, step.caller}, step.call});
  path.push_back({{where.module, where.function}, call});
  for (const auto &[scope, node] : path) {
    const SyntaxTree &tree = scope.module->tree();
    std::string setting;
    for_each_in_scope(scope.function->body, [&](TSNode inner) {
      if (std::optional<std::string> text = string_value(tree, inner);
          text && is_sdk_setting(*text))
        setting = *text;
      return setting.empty();
    });
    if (!setting.empty())
      return "'" + display_name(*scope.function) + "' reads '" + setting +
             "'" + fails;
    for (TSNode around = ts_node_parent(node);
         !ts_node_is_null(around) && !ts_node_eq(around, scope.function->body);
         around = ts_node_parent(around)) {
      if (!is(around, "try_statement"))
        continue;
      for (TSNode clause : named_children(around)) {
        if (!is(clause, "except_clause"))
          continue;
        // `except ProfileNotFound`, `except (A, B) as error`.
        std::string caught;
        auto check = [&](TSNode type) {
          if (!is(type, "identifier") && !is(type, "attribute"))
            return !is(type, "block");
          Symbol symbol = resolver.resolve(type, scope);
          if (symbol.kind == Symbol::Kind::Path &&
              is_building_exception(symbol.path))
            caught = std::string(tree.text(type));
          return caught.empty() && !is(type, "attribute");
        };
        TSNode types = ts_node_named_child(clause, 0);
        if (!ts_node_is_null(types) && check(types))
          walk_named_descendants(types, check);
        if (!caught.empty())
          return "'except " + caught + "' around it expects building it to "
                 "fail" + fails;
      }
    }
  }
  return "";
}

/// True when the variable `name` (unknown: nullopt) may be unset where
/// `handler`'s function runs: Lambda does not set it, and the deployment
/// configuration that names the handler does not either. (Without one,
/// hoist takes the deployment to set what the code reads: a CDK app it
/// does not read sets `SECRETS_MANAGER_ENDPOINT`.)
bool may_be_unset(const Handler &handler,
                  const std::optional<std::string> &name) {
  if (!handler.environment)
    return false;
  if (!name)
    return true;
  if (reserved_by_lambda(*name))
    return false;
  const FunctionEnvironment &set = *handler.environment;
  return std::none_of(set.variables.begin(), set.variables.end(),
                      [&](const auto &v) { return v.first == *name; }) &&
         std::find(set.unknown.begin(), set.unknown.end(), *name) ==
             set.unknown.end();
}

/// How the other functions whose handlers are in `handler`'s module may
/// run the code moved there (`result`, from `module`) otherwise at their
/// INIT than `handler`'s function does at its own.
struct SharedModuleDifference {
  /// They may: the failure the code may meet counts.
  bool matters = true;
  /// The first function whose configuration differs, and how
  /// (environment_difference); "" when none is known to.
  std::string function, said;
};

/// Where the failure the moved code may meet depends only on the
/// environment (an item or a read of it; not a service an SDK of another
/// runtime may not know), and every other function whose handler is in the
/// module is configured with what this one's sets of each variable the
/// project code loaded with the module names or a library reads, it reads
/// there what it reads here: it fails there only where it fails on every
/// invocation here. Else the difference counts.
SharedModuleDifference shared_module_difference(const NameResolver &resolver,
                                                const Handler &handler,
                                                const ModuleModel &module,
                                                const ConstructionFix &result) {
  SharedModuleDifference differs;
  std::size_t configured = 0;
  for (const OtherFunction &other : handler.other_functions)
    configured += other.same_module && other.environment;
  if (!handler.configured || !handler.environment || result.unknown_service ||
      result.item_may_be_unset ||
      (result.environment_item.empty() && result.environment_read.empty()) ||
      configured < handler.module_shared_with.size())
    return differs;
  const ModuleCache &cache = resolver.module_cache();
  std::vector<std::string> roots{cache.file_of(*handler.module)};
  if (!cache.same_file(*handler.module, module))
    roots.push_back(cache.file_of(module));
  const std::vector<std::string> &files = files_loaded_with(resolver, roots);
  for (const OtherFunction &other : handler.other_functions) {
    if (!other.same_module || !other.environment)
      continue;
    std::string said = environment_difference(cache, files,
                                              *handler.environment,
                                              *other.environment);
    if (said.empty())
      continue;
    differs.function = other.said;
    differs.said = said;
    return differs;
  }
  differs.matters = false;
  return differs;
}

ConstructionFix hoist(const NameResolver &resolver, const Handler &handler,
                      const ReachedFunction &where, TSNode call,
                      const ApiEntry &entry) {
  const ModuleModel &module = *where.module;
  const FunctionInfo &function = *where.function;
  const SyntaxTree &tree = module.tree();
  ConstructionFix result;
  TSNode statement = statement_of(call, function);
  LocalMover mover(resolver, handler, where, call);
  if (std::string why = mover.add(call); !why.empty()) {
    result.not_safe_because = why;
    result.per_call = mover.reads_parameter;
    return result;
  }
  std::string local = assigned_local(tree, statement, call);
  if (!local.empty())
    if (std::string why = uses_of(tree, function, local).unfollowed;
        !why.empty()) {
      result.not_safe_because = why;
      return result;
    }
  std::string escapes; // where the object goes that hoist cannot follow
  if (std::string why = changed_after_building(resolver, where, call, entry,
                                               escapes);
      !why.empty()) {
    result.not_safe_because = why;
    return result;
  }

  // What the moved code reads, and the module-level names it needs.
  std::vector<TSNode> moved_code{call};
  for (const MovedLocal &moved : mover.moved)
    if (!moved.is_import)
      moved_code.push_back(moved.statement);
  std::vector<std::string> needed;
  for (TSNode code : moved_code) {
    for (std::string &name : names_read(tree, code)) {
      result.reads.push_back(name);
      if (std::none_of(mover.moved.begin(), mover.moved.end(),
                       [&](const MovedLocal &m) { return m.name == name; }))
        needed.push_back(std::move(name));
    }
    collect_literals(tree, code, result.literals);
    collect_deferred_literals(resolver, {&module, &function}, code,
                              result.literals);
    if (result.environment_item.empty())
      walk_named_descendants(code, [&](TSNode node) {
        if (!is(node, "subscript"))
          return true;
        Symbol read =
            resolver.resolve(field(node, "value"), {&module, &function});
        if (read.kind == Symbol::Kind::Path && read.path == "os.environ") {
          result.environment_item = tree.text(node);
          result.item_may_be_unset =
              may_be_unset(handler, string_value(tree, field(node, "subscript")));
        }
        return result.environment_item.empty();
      });
  }
  result.environment_read =
      environment_read(resolver, {&module, &function}, call, moved_code);

  result.unknown_service = unknown_service(tree, call, entry).has_value();
  ModuleEdits edits(module, resolver);
  std::string unbound;
  for (const std::string &name : needed)
    if (unbound.empty())
      unbound = edits.bound_only_sometimes(name);
  if (!unbound.empty())
    result.failure = "reading it can raise NameError: " + unbound;
  else if (std::optional<std::string> service =
               unknown_service(tree, call, entry))
    result.failure = "'" + *service +
                     "' is a service an SDK may not know, whose client then "
                     "fails to build";
  else if (std::optional<std::string> service =
               service_without_resources(tree, call, entry))
    result.failure = "'" + *service +
                     "' has no resource API (boto3 raises "
                     "ResourceNotExistsError)";
  else if (std::string why = first_may_raise(resolver, {&module, &function},
                                             moved_code);
           !why.empty())
    result.failure = "the moved code can raise: " + why;
  else if (entry.fix != "safe")
    result.failure = "building it can fail";
  else if (entry.family == "aws-sdk")
    result.failure = sdk_failure_expected(resolver, handler, where, call);
  bool may_fail = !result.failure.empty();
  std::vector<std::string> unsafe;
  bool failure_told = false; // the failure is said once, with the first why
  if (std::string why = context_reason(call, function);
      why == kInLoop && !used_only_in_place(tree, function, call))
    unsafe.push_back(kInLoopKept);
  else if (!why.empty() && may_fail) {
    unsafe.push_back(failing_at_init(why, result.failure));
    failure_told = true;
  }
  const ScopeBindings &local_bindings = function.bindings;
  bool rebound = !local.empty() &&
                 (local_bindings.others.count(local) ||
                  local_bindings.imports.count(local) ||
                  local_bindings.assignments.at(local).size() > 1 ||
                  local_bindings.globals.count(local) ||
                  local_bindings.declared_in_nested.count(local));
  // Bound again, the local stays and only the call is replaced; shared
  // with other functions, the object is reached where its uses are not read
  // (a nested function that uses it gets no fix at all: LocalUses).
  if (local_bindings.globals.count(local))
    unsafe.push_back("'" + local + "' is a global of '" + function.name +
                     "', which other functions may change");
  if (TSNode guard = guard_before(resolver, {&module, &function}, statement,
                                  function.body, result.reads, may_fail,
                                  result.item_may_be_unset);
      !ts_node_is_null(guard)) {
    std::string test(tree.text(guard));
    test = test.substr(0, test.find_first_of(":\n"));
    std::string why = "'" + test + "' before it can end '" + function.name +
                      "' without building it";
    unsafe.push_back(may_fail && !failure_told
                         ? failing_at_init(why, result.failure)
                         : why);
    failure_told = failure_told || may_fail;
  }
  // Where the original raised per invocation (or raised something else
  // first: a lookup, a validation), the moved build would fail the import.
  if (std::string fails = fails_to_build(resolver, {&module, &function}, call,
                                         entry, moved_code);
      !fails.empty() && !failure_told)
    unsafe.push_back("building it fails (" + fails +
                     "): at INIT the module would no longer import");
  if (!escapes.empty())
    unsafe.push_back(escapes);
  // Hoisted, it stays the block's context manager (`with conn:`), which
  // ends the transaction where the original did.
  if (is_with_item(call))
    unsafe.push_back("the 'with' block commits or rolls back; the "
                     "connection stays open, one for every invocation");
  if (entry.fix != "safe")
    unsafe.push_back(entry_reason(entry));
  if (std::string why =
          blocking_pool_kept_busy(tree, function, call, local, entry);
      !why.empty())
    unsafe.push_back(why);

  // Module-level environment writes it must follow, made there or by the
  // project functions called there (those of a __main__ block never run in
  // Lambda).
  // With the SDK files and model directories the function's environment
  // names: a model installed at module level must come first.
  std::vector<TSNode> after;
  SdkConfigFiles sdk_files = sdk_config_files(resolver, handler, {});
  for (const EnvironmentWrite &write :
       environment_writes(resolver, {&module, nullptr}, tree.root(), false,
                          kFollowedCalls, nullptr, &sdk_files))
    if (!edits.runs_only_as_script(write.node) &&
        write.may_change(result.literals, result.unknown_service))
      after.push_back(write.node);

  // Module-level code that may configure what it reads
  // (`SESSION.events.register(...)`: a client copies its session's hooks
  // when it is built) it must follow too; binding a name of its own
  // (`plain = boto3.client("logs")`) configures nothing.
  std::vector<std::string> watched = needed;
  auto configures_needed = [&](TSNode expression) {
    if (is(expression, "assignment") &&
        is(field(expression, "left"), "identifier"))
      return false;
    // `globals()["REGION"] = ...` binds it again.
    if (TSNode left = is(expression, "assignment") ? field(expression, "left")
                                                   : TSNode{};
        is(left, "subscript") && is(field(left, "value"), "call") &&
        tree.text(field(field(left, "value"), "function")) == "globals") {
      std::optional<std::string> key = string_value(tree, field(left, "subscript"));
      if (!key || std::count(needed.begin(), needed.end(), *key))
        return true;
    }
    std::vector<std::string> read = names_read(tree, expression);
    if (std::any_of(watched.begin(), watched.end(), [&](const std::string &n) {
          return std::count(read.begin(), read.end(), n) > 0;
        }))
      return true;
    // A function of the module called there (`_configure()`) that names
    // module state it reads may change it (an import it names is the
    // module's to configure: see the environment writes above).
    if (!is(expression, "call"))
      return false;
    Symbol called =
        resolver.resolve(field(expression, "function"), {&module, nullptr});
    if (called.kind != Symbol::Kind::Function || called.module != &module ||
        !called.function)
      return false;
    bool names = false;
    for_each_in_scope(called.function->body, [&](TSNode node) {
      std::string name(is(node, "identifier") ? tree.text(node) : "");
      names = names || (!name.empty() &&
                        std::count(watched.begin(), watched.end(), name) &&
                        !module.bindings().imports.count(name));
      return !names;
    });
    return names;
  };
  // What module code binds to what it reads, or to its items, changes it
  // too: `for _t in TARGETS: _t["region_name"] = ...`, `ACTIVE =
  // dict(DEFAULTS)` then `ACTIVE["ddb"][...] = ...`.
  auto takes_watched = [&](TSNode value) {
    bool takes = false;
    walk_named_descendants(value, [&](TSNode node) {
      if (!is(node, "identifier") ||
          !std::count(watched.begin(), watched.end(), std::string(tree.text(node))))
        return !takes;
      TSNode root = node;
      while (is(ts_node_parent(root), "subscript") &&
             ts_node_eq(field(ts_node_parent(root), "value"), root))
        root = ts_node_parent(root);
      takes = ts_node_eq(root, unparenthesize(value)) ||
              handed_out(resolver, {&module, nullptr}, root, false) !=
                  HandedOut::Nothing;
      return !takes;
    });
    if (is(unparenthesize(value), "identifier"))
      takes = takes || std::count(watched.begin(), watched.end(),
                                  std::string(tree.text(unparenthesize(value))));
    return takes;
  };
  auto watch_bound = [&](TSNode left) {
    if (is(left, "identifier"))
      watched.emplace_back(tree.text(left));
    walk_named_descendants(left, [&](TSNode node) {
      if (is(node, "identifier") && !is(ts_node_parent(node), "attribute"))
        watched.emplace_back(tree.text(node));
      return true;
    });
  };
  for (TSNode statement : named_children(tree.root())) {
    TSNode definition = is(statement, "decorated_definition")
                            ? field(statement, "definition")
                            : statement;
    if (is(definition, "function_definition") || edits.is_main_block(statement))
      continue;
    TSNode inner = is(statement, "expression_statement")
                       ? ts_node_named_child(statement, 0)
                       : statement;
    if ((is(inner, "assignment") || is(inner, "for_statement")) &&
        !ts_node_is_null(field(inner, "right")) &&
        takes_watched(field(inner, "right")))
      watch_bound(field(inner, "left"));
    bool configures = is(statement, "expression_statement") &&
                      configures_needed(ts_node_named_child(statement, 0));
    // A class body runs where the class is defined.
    for_each_in_scope_and_class_bodies(statement, [&](TSNode node) {
      configures = configures || (is(node, "expression_statement") &&
                                  configures_needed(ts_node_named_child(node, 0)));
      return !configures;
    });
    if (configures)
      after.push_back(statement);
  }

  std::string call_text(tree.text(call));
  Fix fix;
  // An equal module-level construction already there, built before the
  // module runs its own code and not under a condition, a `try` or a `with`
  // (the name might not exist), is reused when it holds what this one would
  // build.
  std::string name;
  bool moves_assignments =
      std::any_of(mover.moved.begin(), mover.moved.end(),
                  [](const MovedLocal &m) { return !m.is_import; });
  TSNode own_code = edits.first_own_code();
  std::string key = construction_key(resolver, {&module, &function}, call);
  for (const auto &[bound, values] : module.bindings().assignments)
    if (!moves_assignments && values.size() == 1 && !mangled_at(call, bound) &&
        construction_key(resolver, {&module, nullptr}, values.front()) ==
            key &&
        edits.free_name(bound) != bound &&
        runs_unconditionally(values.front()) &&
        (ts_node_is_null(own_code) ||
         ts_node_start_byte(values.front()) < ts_node_start_byte(own_code))) {
      bool rebound_somewhere = false;
      for (const FunctionInfo &other : module.functions())
        rebound_somewhere |= other.bindings.globals.count(bound) > 0 ||
                             other.bindings.declared_in_nested.count(bound) > 0;
      if (!rebound_somewhere &&
          (!function.bindings.binds(bound) || (bound == local && !rebound)) &&
          holds_same_object(resolver, module, bound, values.front(), after,
                            entry.methods))
        name = bound;
    }
  auto lines = own_lines(tree, statement);
  std::string planned =
      ModuleHoistNames::of(resolver, module).name_of(key);
  if (planned.empty() || (rebound && planned == local))
    planned = local.empty() || rebound ? derived_name(tree, call) : local;
  else if (!edits.free_at_module_scope(planned))
    planned = derived_name(tree, call);
  bool delete_statement = !local.empty() && !rebound && lines &&
                          ((name.empty() && planned == local &&
                            edits.free_at_module_scope(local)) ||
                           name == local);
  if (delete_statement && name.empty())
    name = local;
  if (delete_statement)
    if (std::string why =
            read_as_local(resolver, {&module, &function}, local, statement);
        !why.empty())
      unsafe.push_back(why);
  std::vector<std::string> removed_locals;
  if (delete_statement)
    removed_locals.push_back(local);
  for (const MovedLocal &moved : mover.moved)
    if (!moved.is_import)
      removed_locals.push_back(moved.name);
  if (std::string why =
          listed_locals(resolver, {&module, &function}, removed_locals);
      !why.empty())
    unsafe.push_back(why);
  if (name.empty())
    name = edits.free_name(planned, &function);
  bool reused = module.bindings().assignments.count(name) > 0;
  std::vector<std::string> statements;
  for (const MovedLocal &moved : mover.moved) {
    if (moved.is_import) {
      auto bound = module.bindings().imports.find(moved.name);
      bool imported_alike =
          bound != module.bindings().imports.end() &&
          bound->second == function.bindings.imports.at(moved.name);
      // The module's own import serves only if INIT surely runs it first;
      // one it may skip (under `if __name__ == "__main__":`, `if False:`)
      // binds the same module, so a copy goes along.
      if (imported_alike && edits.imported_at_init(moved.name))
        continue;
      if (!imported_alike && !edits.free_at_module_scope(moved.name)) {
        result.not_safe_because = "it uses '" + moved.name +
                                  "', imported in '" + function.name +
                                  "' and bound otherwise at module scope";
        return result;
      }
    }
    statements.push_back(dedented(tree, moved.statement) + "\n");
    fix.claims.emplace(moved.name, statements.back());
  }
  // The comments that introduce the statement go with it, when it goes.
  std::pair<TextRange, std::string> introduced{};
  if (delete_statement && !reused && !only_statement_in_block(statement))
    introduced = comments_above(tree, statement);
  if (!reused) {
    std::string comment =
        delete_statement && !lines->second.empty() ? "  " + lines->second : "";
    std::string value = breaks_lines_unbracketed(call)
                            ? "(" + dedented(tree, call) + ")"
                            : dedented(tree, call);
    statements.push_back(introduced.second + name + " = " + value + comment +
                         "\n");
    fix.claims.emplace(name, statements.back());
  }
  std::vector<std::string> added;
  if (!reused)
    added.push_back(name);
  for (const MovedLocal &moved : mover.moved)
    if (fix.claims.count(moved.name))
      added.push_back(moved.name);
  if (std::string why = found_as_global(resolver, module, added); !why.empty())
    unsafe.push_back(why);
  if (!statements.empty()) {
    auto insertion = edits.insert_statements(needed, statements, after);
    if (!insertion) {
      result.not_safe_because =
          "no place at module scope comes after what it needs and before the "
          "module runs its own code";
      return result;
    }
    if (std::string why = state_set_at_init_elsewhere(
            resolver, module, moved_code,
            insertion->empty() ? 0 : insertion->front().range.begin);
        !why.empty())
      unsafe.push_back(why);
    move_append(fix.edits, *insertion);
  }
  for (const MovedLocal &moved : mover.moved) {
    if (moved.is_import)
      continue;
    if (only_statement_in_block(moved.statement))
      fix.edits.push_back({tree.file(), tree.range(moved.statement), "pass"});
    else
      fix.edits.push_back({tree.file(), own_lines(tree, moved.statement)->first,
                           ""});
  }
  if (delete_statement && only_statement_in_block(statement))
    fix.edits.push_back({tree.file(), tree.range(statement), "pass"});
  else if (delete_statement)
    fix.edits.push_back({tree.file(),
                         introduced.second.empty()
                             ? lines->first
                             : TextRange{introduced.first.begin,
                                         lines->first.end},
                         ""});
  else
    fix.edits.push_back({tree.file(), tree.range(call), name});
  std::string callee(tree.text(field(call, "function")));
  fix.title = "move '" + name + " = " + callee + "(...)' to module scope";
  fix.applicability =
      unsafe.empty() ? Applicability::Safe : Applicability::Unsafe;
  result.fix = std::move(fix);
  for (const std::string &why : unsafe)
    result.not_safe_because +=
        (result.not_safe_because.empty() ? "" : "; ") + why;
  return result;
}

/// True when `text` names a secret: credentials, tokens, passwords.
bool names_secret(std::string text) {
  for (char &c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char *kSecret[] = {"secret", "token",    "password", "passwd",
                                  "credential", "access_key", "key_id",
                                  "auth",   "private",  "api_key",  "apikey"};
  return std::any_of(std::begin(kSecret), std::end(kSecret),
                     [&](const char *word) {
                       return text.find(word) != std::string::npos;
                     });
}

/// True when `value` (in `function`) is a key worth caching by: strings and
/// numbers read from the event (items, `.get`, `str`/`int`, case and
/// whitespace normalized) and tuples of them, with values the same on every
/// invocation (`same_each_time`: an environment read as `.get`'s default),
/// and what the invocation context says of the function (its ARN, name,
/// version), split and indexed; not the context itself, not objects built
/// per invocation.
bool repeating_key(const SyntaxTree &tree, const FunctionInfo &function,
                   TSNode value,
                   const std::function<bool(TSNode)> &same_each_time,
                   int depth = 0) {
  value = unparenthesize(value);
  if (depth > 6)
    return false;
  if (same_each_time(value))
    return true;
  std::string_view type = kind(value);
  if (type == "string" || type == "integer")
    return true;
  auto is_context = [&](TSNode node) {
    std::string_view name = tree.text(node);
    return is(node, "identifier") && function.parameters.size() >= 2 &&
           name == function.parameters.back().name &&
           name.find("context") != std::string_view::npos;
  };
  // What the invocation context says of the function itself is the same
  // on every invocation through one name of it (`invoked_function_arn`
  // names an alias when one was invoked).
  if (type == "attribute") {
    static const std::unordered_set<std::string_view> kFunctionFacts = {
        "invoked_function_arn", "function_name", "function_version",
        "memory_limit_in_mb", "log_group_name"};
    return is_context(unparenthesize(field(value, "object"))) &&
           kFunctionFacts.count(tree.text(field(value, "attribute"))) > 0;
  }
  if (type == "identifier") {
    std::string name(tree.text(value));
    if (is_context(value))
      return false;
    auto values = function.bindings.assignments.find(name);
    if (values == function.bindings.assignments.end())
      return !function.bindings.others.count(name) ||
             std::any_of(function.parameters.begin(),
                         function.parameters.end(),
                         [&](const Parameter &p) { return p.name == name; });
    return std::all_of(values->second.begin(), values->second.end(),
                       [&](TSNode assigned) {
                         return repeating_key(tree, function, assigned,
                                              same_each_time, depth + 1);
                       });
  }
  if (type == "subscript")
    return repeating_key(tree, function, field(value, "value"), same_each_time,
                         depth + 1) &&
           repeating_key(tree, function, field(value, "subscript"),
                         same_each_time, depth + 1);
  if (type == "tuple") {
    std::vector<TSNode> parts = named_children(value);
    return std::all_of(parts.begin(), parts.end(), [&](TSNode part) {
      return repeating_key(tree, function, part, same_each_time, depth + 1);
    });
  }
  if (type == "call") {
    TSNode callee = field(value, "function");
    std::string_view method = called_name(tree, callee);
    bool normalizing = is(callee, "attribute")
                           ? method == "get" || method == "lower" ||
                                 method == "upper" || method == "strip" ||
                                 method == "split"
                           : method == "str" || method == "int";
    if (!normalizing)
      return false;
    if (is(callee, "attribute") &&
        !repeating_key(tree, function, field(callee, "object"), same_each_time,
                       depth + 1))
      return false;
    for (TSNode argument : named_children(field(value, "arguments")))
      if (!repeating_key(tree, function, argument, same_each_time, depth + 1))
        return false;
    return true;
  }
  return false;
}

/// The function of `module` whose own code `node` is in, or null at module
/// level.
const FunctionInfo *function_around(const ModuleModel &module, TSNode node) {
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up);
       up = ts_node_parent(up)) {
    if (!is(up, "function_definition") && !is(up, "lambda"))
      continue;
    for (const auto *functions :
         {&module.functions(), &module.nested_functions()})
      for (const FunctionInfo &function : *functions)
        if (ts_node_eq(function.node, up))
          return &function;
    return nullptr;
  }
  return nullptr;
}

/// Why a call of `function` (of `module`) may pass, for one of
/// `parameters`, a value that is not the same on every call, or "": every
/// call of it is a direct call in its module that passes a constant
/// (is_constant_value) or leaves the parameter's literal default, its name
/// is used nowhere else there, and no other checked module names it.
std::string caller_not_constant(const NameResolver &resolver,
                                const ModuleModel &module,
                                const FunctionInfo &function,
                                const std::vector<std::string> &parameters) {
  const SyntaxTree &tree = module.tree();
  std::string name = function.name;
  if (!function.class_name.empty() || function.enclosing ||
      function.is_lambda || module.bindings().assignments.count(name))
    return "'" + display_name(function) + "' may be reached other than by "
                                          "its name";
  for (const std::string &path : importers_of(resolver, module))
    if (const ModuleModel *other = resolver.module_cache().module_in(path);
        other && other->tree().text(other->tree().root()).find(name) !=
                     std::string_view::npos)
      return "'" + other->path() + "' may call '" + name + "'";
  std::string why;
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!why.empty())
      return false;
    if (!is(node, "identifier") || tree.text(node) != name ||
        ts_node_eq(node, function.name_node))
      return true;
    TSNode call = ts_node_parent(node);
    if (!is(call, "call") || !ts_node_eq(field(call, "function"), node)) {
      TSNode parent = ts_node_parent(node);
      if (!(is(parent, "attribute") &&
            ts_node_eq(field(parent, "attribute"), node)) &&
          !(is(parent, "keyword_argument") &&
            ts_node_eq(field(parent, "name"), node)))
        why = "'" + name + "' is used in '" +
              std::string(tree.text(parent)).substr(0, 60) +
              "', where what it is given is not followed";
      return true;
    }
    const FunctionInfo *caller = function_around(module, call);
    for (const std::string &parameter : parameters) {
      auto declared = std::find_if(
          function.parameters.begin(), function.parameters.end(),
          [&](const Parameter &p) { return p.name == parameter; });
      if (declared == function.parameters.end())
        return true;
      std::size_t index =
          static_cast<std::size_t>(declared - function.parameters.begin());
      TSNode passed{};
      std::size_t position = 0;
      bool unknown = false;
      for (TSNode argument : named_children(field(call, "arguments"))) {
        if (is(argument, "keyword_argument")) {
          if (tree.text(field(argument, "name")) == parameter)
            passed = field(argument, "value");
          continue;
        }
        if (is(argument, "list_splat") || is(argument, "dictionary_splat"))
          unknown = true;
        else if (declared->kind == Parameter::Kind::Positional &&
                 position == index)
          passed = argument;
        ++position;
      }
      bool constant =
          !unknown &&
          (ts_node_is_null(passed)
               ? declared->has_default &&
                     is_constant_value({&module, nullptr},
                                       field(declared->node, "value"))
               : is_constant_value({&module, caller}, passed));
      if (!constant)
        why = "'" + std::string(tree.text(call)).substr(0, 60) +
              "' passes " + quoted_with_article(parameter) +
              " that is not the same each time";
    }
    return why.empty();
  });
  return why;
}

/// How many objects a memoizing factory keeps: one per region or table is
/// the common case; the bound keeps a stream of distinct keys from growing
/// without end.
constexpr int kCachedObjects = 32;

/// The parameters of `function` that `value` reads.
std::vector<std::string> parameters_read(const SyntaxTree &tree,
                                         const FunctionInfo &function,
                                         TSNode value) {
  std::vector<std::string> read;
  for (std::string &name : names_read(tree, value))
    if (std::any_of(function.parameters.begin(), function.parameters.end(),
                    [&](const Parameter &p) { return p.name == name; }))
      read.push_back(std::move(name));
  return read;
}

/// A cache of what `call` builds, by the arguments that vary: with the
/// event (`keyed by event data`: unsafe, it keeps one object per key), or,
/// for a construction that reads the parameters of the helper it is in
/// (`boto3.client(service)` in `get_client(service, event)`), by those: the
/// same on every call when its callers pass constants, so that the cache
/// keeps one object per constant, as moving one construction per call site
/// to module scope would (then safe).
ConstructionFix memoize(const NameResolver &resolver, const Handler &handler,
                        const ReachedFunction &where, TSNode call,
                        const ApiEntry &entry) {
  const ModuleModel &module = *where.module;
  const FunctionInfo &function = *where.function;
  const SyntaxTree &tree = module.tree();
  ConstructionFix result;
  // A cached object is kept as a moved one is.
  std::string escapes;
  if (std::string why =
          changed_after_building(resolver, where, call, entry, escapes);
      !why.empty()) {
    result.not_safe_because = why;
    return result;
  }
  // The arguments that vary with the event become the factory's parameters.
  struct Varying {
    TSNode value;
    std::string parameter;
  };
  std::vector<Varying> varying;
  std::vector<TSNode> fixed_parts{field(call, "function")};
  // The helper's parameters the key reads, which its callers pass.
  std::vector<std::string> key_parameters;
  bool keyed_by_event = false;
  int position = 0;
  for (TSNode argument : named_children(field(call, "arguments"))) {
    if (is(argument, "list_splat") || is(argument, "dictionary_splat"))
      return result; // cannot name the parameters
    if (is(argument, "comment"))
      continue;
    bool keyword = is(argument, "keyword_argument");
    TSNode value = keyword ? field(argument, "value") : argument;
    ++position;
    ClassifiedInputs inputs =
        classify_expression(resolver, handler, where, value);
    std::vector<std::string> from_callers =
        inputs.lifetime == InputLifetime::Hoistable
            ? parameters_read(tree, function, value)
            : std::vector<std::string>{};
    if (inputs.lifetime == InputLifetime::Hoistable && from_callers.empty()) {
      fixed_parts.push_back(value);
      continue;
    }
    key_parameters.insert(key_parameters.end(), from_callers.begin(),
                          from_callers.end());
    if (names_secret(std::string(tree.text(argument)))) {
      result.not_safe_because = "'" + std::string(tree.text(argument)) +
                                "' is a secret, which a cache must not keep";
      return result;
    }
    auto same_each_time = [&](TSNode part) {
      return classify_expression(resolver, handler, where, part).lifetime ==
             InputLifetime::Hoistable;
    };
    if (inputs.lifetime != InputLifetime::Hoistable &&
        !repeating_key(tree, function, value, same_each_time)) {
      result.not_safe_because = "'" + std::string(tree.text(value)) +
                                "' is not a value that repeats between "
                                "invocations";
      return result;
    }
    keyed_by_event = keyed_by_event ||
                     inputs.lifetime != InputLifetime::Hoistable;
    // A helper's parameter passed as it is keeps its name (`service`).
    bool plain_parameter = from_callers.size() == 1 &&
                           tree.text(unparenthesize(value)) == from_callers[0];
    varying.push_back(
        {value, keyword ? std::string(tree.text(field(argument, "name")))
                : plain_parameter ? key_parameters.back()
                                  : "arg" + std::to_string(position)});
  }
  if (varying.empty())
    return result;
  for (TSNode part : fixed_parts) {
    LocalMover mover(resolver, handler, where, call);
    if (!mover.add(part).empty() || !mover.moved.empty())
      return result;
  }

  ModuleEdits edits(module);
  std::string derived = derived_name(tree, call);
  // One leading underscore: two would be mangled in a class.
  std::string factory = edits.unused_name(
      (derived.front() == '_' ? "" : "_") + derived + "_for");
  auto [functools, import_edit] = edits.import_module("functools");
  // The factory returns the same call with the varying values as parameters.
  std::size_t call_begin = tree.range(call).begin;
  std::vector<Edit> body_edits;
  std::string parameters, arguments;
  for (const Varying &item : varying) {
    TextRange range = tree.range(item.value);
    body_edits.push_back({tree.file(),
                          {range.begin - call_begin, range.end - call_begin},
                          item.parameter});
    parameters += (parameters.empty() ? "" : ", ") + item.parameter;
    arguments +=
        (arguments.empty() ? "" : ", ") + std::string(tree.text(item.value));
  }
  std::string body = apply_edits(tree.text(call), body_edits);
  if (breaks_lines_unbracketed(call))
    body = "(" + body + ")";
  std::vector<std::string> reads;
  for (TSNode part : fixed_parts)
    for (std::string &name : names_read(tree, part))
      reads.push_back(std::move(name));
  std::string text = "\n@" + functools + ".lru_cache(maxsize=" +
                     std::to_string(kCachedObjects) + ")\ndef " + factory +
                     "(" + parameters + "):\n    return " + body + "\n\n";
  auto placed = edits.insert_statements(reads, {text});
  if (!placed)
    return result;
  Fix fix;
  fix.claims.emplace(factory, text);
  if (import_edit) {
    fix.claims.emplace(functools, import_edit->new_text);
    // At the same point, the import goes first.
    if (import_edit->range.begin == placed->front().range.begin)
      placed->insert(placed->begin(), *import_edit);
    else
      fix.edits.push_back(*import_edit);
  }
  move_append(fix.edits, *placed);
  fix.edits.push_back(
      {tree.file(), tree.range(call), factory + "(" + arguments + ")"});
  fix.title = "cache '" + std::string(tree.text(field(call, "function"))) +
              "(...)' by " + parameters +
              " in a module-level lru_cache factory";
  std::vector<std::string> reasons;
  if (keyed_by_event)
    reasons.push_back(
        "it depends on event data: a cache keyed by it keeps one object per "
        "key");
  else if (std::string why = caller_not_constant(resolver, module, function,
                                                 key_parameters);
           !why.empty())
    reasons.push_back("it depends on what the callers of '" +
                      display_name(function) + "' pass, and " + why +
                      ": a cache keyed by it may keep one object per value");
  if (!escapes.empty())
    reasons.push_back(escapes);
  for (const std::string &why : reasons)
    result.not_safe_because +=
        (result.not_safe_because.empty() ? "" : "; ") + why;
  fix.applicability =
      reasons.empty() ? Applicability::Safe : Applicability::Unsafe;
  result.fix = std::move(fix);
  return result;
}

/// Why `function` (in `tree`) may not be what the module defines, or "":
/// it is defined under a module-level `if`, `try`, `with` or loop, which
/// decides at INIT whether (and which) definition is made.
std::string defined_conditionally(const SyntaxTree &tree,
                                  const FunctionInfo &function) {
  for (TSNode node : ancestors(function.node)) {
    std::string_view type = kind(node);
    if (type == "if_statement" || type == "try_statement" ||
        type == "with_statement" || type == "for_statement" ||
        type == "while_statement" || type == "match_statement") {
      std::string test(tree.text(node));
      return "'" + display_name(function) + "' is defined under '" +
             test.substr(0, test.find_first_of(":\n")) +
             "', which may not define it";
    }
  }
  return "";
}

/// Fills `set` with the attributes `function` (of `tree`) sets on its
/// parameter `parameter` (`module.ddb = ...`), and says whether that is all
/// it does with it besides reading an attribute's value: no call through
/// it, no part of it changed, and the parameter itself goes nowhere.
bool names_set_on(const SyntaxTree &tree, const FunctionInfo &function,
                  const std::string &parameter, std::vector<std::string> &set) {
  bool only_sets = true;
  walk_named_descendants(function.body, [&](TSNode node) {
    if (!only_sets || opens_scope(node))
      return false;
    if (!is(node, "identifier") || tree.text(node) != parameter)
      return true;
    TSNode attribute = ts_node_parent(node);
    TSNode use = ts_node_parent(attribute);
    if (!is(attribute, "attribute") ||
        !ts_node_eq(field(attribute, "object"), node) ||
        is(use, "attribute") || is(use, "subscript") || is(use, "call") ||
        is(use, "augmented_assignment") || is(use, "delete_statement"))
      only_sets = false;
    else if (is(use, "assignment") && ts_node_eq(field(use, "left"), attribute))
      set.emplace_back(tree.text(field(attribute, "attribute")));
    return false;
  });
  return only_sets;
}

/// What module-level code of `importer` does, after it imports `module`,
/// that may change what code moved into `module` reads: it changes the
/// environment, itself or through the project functions it calls (a
/// package that re-exports the handler, then calls `configure()`) or the
/// modules it imports next, or sets a name of `module` (`app.REGION =
/// ...`). What `module`'s own code does as it is imported is not among
/// them: moved code runs after what comes before it there, and the
/// module's own check sees what comes after.
std::vector<ChangeAfterImport>
changes_after_import(const NameResolver &resolver, const ModuleModel &importer,
                     const ModuleModel &module) {
  std::vector<ChangeAfterImport> changes;
  TSNode loading = statement_that_may_load(resolver, importer, module);
  if (ts_node_is_null(loading))
    return changes;
  ModuleEdits edits(importer);
  const SyntaxTree &tree = importer.tree();
  // Why a test decides the fix is the user's first question: said.
  // One that reaches it through other modules says through which import.
  const std::vector<std::string> &direct = importers_of(resolver, module);
  const bool indirect =
      std::find(direct.begin(), direct.end(),
                resolver.module_cache().file_of(importer)) == direct.end();
  std::string imports =
      "'" + importer.path() + "'" +
      (is_test_file(importer.path()) ? " (a test file)" : "") +
      (is(loading, "call") && import_paths(tree, loading).empty()
           ? " runs '" + std::string(tree.text(loading)) +
                 "', which may import '" + module.path() + "'"
       : indirect ? " imports '" + module.path() + "' through '" +
                        message_excerpt(tree.text(loading)) + "'"
                  : " imports '" + module.path() + "'");
  const std::string before =
      "; at module scope, the construction would run during that import, "
      "before that";
  const std::string reader = "the construction";
  // Module-level code after the import, and a test file's functions, which
  // the test runner calls after it (`with patch("boto3.client")` around a
  // call of the handler). A write seen says more than code that may write
  // (the import by a name hoist cannot read): named first.
  auto add_writes = [&](const FunctionInfo *function) {
    std::vector<EnvironmentWrite> writes = environment_writes(
        resolver, {&importer, function},
        function ? function->body : tree.root(), false, kFollowedCalls,
        &module);
    std::stable_partition(
        writes.begin(), writes.end(),
        [](const EnvironmentWrite &write) { return !write.unseen; });
    for (EnvironmentWrite &write : writes) {
      if ((!function &&
           ts_node_start_byte(write.node) < ts_node_start_byte(loading)) ||
          edits.runs_only_as_script(write.node))
        continue;
      std::string then =
          !write.module.empty()
              ? "imports '" + write.module + "', whose code " +
                    write.changes_read_by(reader) + " ('" + write.module_text +
                    "')"
          : write.unseen ? "calls '" + write.text + "', which " +
                               write.changes_read_by(reader)
                         : write.changes_read_by(reader) + " ('" + write.text +
                               "')";
      std::string why =
          (function ? imports + ", and its function '" +
                          display_name(*function) + "' " + then +
                          "; at module scope, the construction would run "
                          "once, during that import, and never see it"
                    : imports + ", then " + then + before) +
          harmless_calls_hint(write);
      changes.push_back({std::move(write), "", std::move(why)});
    }
  };
  add_writes(nullptr);
  if (is_test_file(importer.path()))
    for (const std::deque<FunctionInfo> *functions :
         {&importer.functions(), &importer.nested_functions()})
      for (const FunctionInfo &function : *functions)
        add_writes(&function);
  // Module-level code after the import, and the importer's functions,
  // which run after it whenever they are called (a canary handler that sets
  // `app.boto3 = fake` on some events).
  std::vector<Scope> scopes{{&importer, nullptr}};
  for (const std::deque<FunctionInfo> *functions :
       {&importer.functions(), &importer.nested_functions()})
    for (const FunctionInfo &function : *functions)
      scopes.emplace_back(&importer, &function);
  for (const Scope &scope : scopes) {
    auto is_module = [&](TSNode node) {
      Symbol symbol = resolver.resolve(node, scope);
      return symbol.kind == Symbol::Kind::Module && symbol.module &&
             resolver.module_cache().same_file(*symbol.module, module);
    };
    auto after_load = [&](TSNode node) {
      return (scope.function ||
              ts_node_start_byte(node) >= ts_node_start_byte(loading)) &&
             !edits.runs_only_as_script(node);
    };
    const std::string sets =
        scope.function ? ", and its function '" +
                             display_name(*scope.function) + "' sets '"
                       : ", then sets '";
    // A function's change comes at any invocation, after the import.
    const std::string after =
        scope.function ? "; at module scope, the construction would run once, "
                         "during that import, and never see it"
                       : before;
    TSNode root = scope.function ? scope.function->body : tree.root();
    for_each_in_scope(root, [&](TSNode node) {
      TSNode target = is(node, "assignment") ? field(node, "left") : TSNode{};
      if (is(target, "attribute") && after_load(target) &&
          is_module(field(target, "object")))
        changes.push_back({std::nullopt,
                           std::string(tree.text(field(target, "attribute"))),
                           imports + sets + std::string(tree.text(target)) +
                               "', which the construction reads" + after});
      return true;
    });
    // The module itself used as a value (`setattr(app, "boto3", fake)`,
    // `mock.patch.object(app, "Config", ...)`, `use_fakes(app)`, `for m in
    // (app,)`): a name written out sets that one, anything else may set any.
    for_each_in_scope(root, [&](TSNode node) {
      if (!is(node, "identifier") || !after_load(node) || !is_module(node))
        return true;
      TSNode parent = ts_node_parent(node);
      if ((is(parent, "attribute") &&
           ts_node_eq(field(parent, "object"), node)) ||
          is(parent, "import_statement") || is(parent, "dotted_name") ||
          is(parent, "aliased_import") || is(parent, "import_from_statement") ||
          is(parent, "global_statement") || is(parent, "nonlocal_statement"))
        return false;
      TSNode call =
          is(parent, "argument_list") ? ts_node_parent(parent) : TSNode{};
      std::vector<TSNode> arguments =
          is(call, "call") ? named_children(parent) : std::vector<TSNode>{};
      std::string callee =
          is(call, "call") ? resolver.called_path(call, scope) : "";
      std::optional<std::string> name;
      if (arguments.size() >= 2 && ts_node_eq(arguments[0], node) &&
          (tree.text(field(call, "function")) == "setattr" ||
           callee == "unittest.mock.patch.object" ||
           callee == "mock.patch.object"))
        name = string_value(tree, arguments[1]);
      if (is(call, "call") && (tree.text(field(call, "function")) == "getattr" ||
                               tree.text(field(call, "function")) == "hasattr"))
        return false; // reads
      // Given to a project function: the names it sets on its parameter
      // (`def configure(module): module.ddb = ...`), when it only sets them.
      const ModuleModel *callee_module = nullptr;
      if (const FunctionInfo *function =
              is(call, "call")
                  ? resolver.called_function(call, scope, callee_module)
                  : nullptr;
          function && callee_module && !name) {
        std::string parameter = parameter_for(tree, *function, call, node);
        std::vector<std::string> set;
        if (!parameter.empty() &&
            names_set_on(callee_module->tree(), *function, parameter, set)) {
          for (std::string &one : set)
            changes.push_back({std::nullopt, one,
                               imports + ", then hands the module to '" +
                                   display_name(*function) + "', which sets '" +
                                   one + "', which the construction reads" +
                                   after});
          return false;
        }
      }
      std::string text(tree.text(is(call, "call") ? call : parent));
      if (text.size() > 60 || text.find('\n') != std::string::npos)
        text =
            text.substr(0, std::min<std::size_t>(57, text.find('\n'))) + "...";
      changes.push_back({std::nullopt, name.value_or(""),
                         imports + ", then hands the module on ('" + text +
                             "'), where code may set " +
                             (name ? "'" + *name + "'" : "any of its names") +
                             ", which the construction reads" + after});
      return false;
    });
  }
  return changes;
}

/// Why one of `changes` (changes_after_import) changes what the moved code
/// of `result` reads, or "".
std::string changed_after_import(const std::vector<ChangeAfterImport> &changes,
                                 const ConstructionFix &result) {
  for (const ChangeAfterImport &change : changes)
    if (change.write ? change.write->may_change(result.literals)
                     : change.name.empty() ||
                           std::count(result.reads.begin(), result.reads.end(),
                                      change.name) > 0)
      return change.why;
  return "";
}

/// Why moving code into `module`, not the handler's module, changes what
/// it reads or where it fails, or "": moved there, it runs when the
/// handler's module first imports it, before what that module's code does
/// after the import (an environment write it reads); and at the INIT of
/// every other module that imports it without the handler's (another
/// function of the deployment, a script), where it may fail though nothing
/// there ever built it.
std::string moved_into_imported_module(const NameResolver &resolver,
                                       const Handler &handler,
                                       const ModuleModel &module,
                                       const ConstructionFix &result) {
  const ModuleModel &importer = *handler.module;
  if (std::string why = changed_after_import(
          changes_after_import(resolver, importer, module), result);
      !why.empty())
    return why;
  if (result.failure.empty())
    return "";
  const std::string importer_file = resolver.module_cache().file_of(importer);
  for (const std::string &path : importers_of(resolver, module)) {
    if (path == importer_file)
      continue;
    const ModuleModel *other = resolver.module_cache().module_in(path);
    if (other && ts_node_is_null(statement_loading(resolver, importer, *other)))
      return failing_at_init("'" + other->path() + "' imports '" +
                                 module.path() +
                                 "' too, and would build it at its own INIT",
                             result.failure);
  }
  return "";
}

/// Why moving a construction that may fail into the handler's own module
/// may fail another function's INIT: a module that imports it, directly or
/// through others, and holds what may be that function's handler (`from app
/// import label` in health.py, `def handler(event, context)`), builds it at
/// its INIT too, where nothing built it before; so may one that loads code
/// hoist cannot name (`importlib.import_module(os.environ["TARGET"])`),
/// which may be `module`. "" when none does.
std::string imported_by_other_handler(const NameResolver &resolver,
                                      const ModuleModel &module,
                                      const std::string &failure) {
  const ModuleCache &cache = resolver.module_cache();
  // Each module to ask, with the module it imports `module` through.
  std::vector<std::pair<const ModuleModel *, const ModuleModel *>> pending{
      {&module, nullptr}};
  std::unordered_set<std::string> seen{cache.file_of(module)};
  while (!pending.empty()) {
    auto [imported, through] = pending.back();
    pending.pop_back();
    for (const std::string &path : importers_of(resolver, *imported)) {
      const ModuleModel *importer = cache.module_in(path);
      if (!importer || !seen.insert(path).second)
        continue;
      if (std::string other =
              handler_candidate(resolver, *importer, importer->path());
          !other.empty())
        return failing_at_init(
            "'" + importer->path() + "' imports '" + module.path() + "'" +
                (through ? " through '" + through->path() + "'" : "") +
                ", and '" + other +
                "' there may be another function's handler: at module scope "
                "it would be built at that function's INIT too",
            failure);
      pending.emplace_back(importer, through ? through : importer);
    }
  }
  // Code loaded by a name or file hoist cannot tell may be `module`.
  for (const auto &[path, call] : unknown_code_loaders(resolver, module)) {
    const ModuleModel *loader = cache.module_in(path);
    if (!loader || seen.count(path))
      continue;
    if (std::string other =
            handler_candidate(resolver, *loader, loader->path());
        !other.empty())
      return failing_at_init(
          "'" + loader->path() + "' loads code hoist cannot name ('" + message_excerpt(call) +
              "'), which may be '" + module.path() + "', and '" + other +
              "' there may be another function's handler: at module scope "
              "it would be built at that function's INIT too",
          failure);
  }
  return "";
}

/// True when `later` runs after `call` (reached at `where`) on every
/// invocation: it is in the function that builds, or in one on the way that
/// calls it, after that construction or call, and none of them is in a loop
/// there. A change of where imports look made there cannot change what the
/// construction loaded before it, on that invocation or the next.
bool runs_after(const ReachedFunction &where, TSNode call, TSNode later) {
  auto after = [&](const FunctionInfo &function, TSNode anchor) {
    TSNode body = function.body;
    if (later.tree != anchor.tree ||
        ts_node_start_byte(later) < ts_node_end_byte(anchor) ||
        ts_node_start_byte(later) < ts_node_start_byte(body) ||
        ts_node_end_byte(later) > ts_node_end_byte(body))
      return false;
    for (TSNode up = ts_node_parent(anchor);
         !ts_node_is_null(up) && !ts_node_eq(up, body); up = ts_node_parent(up))
      if (is(up, "for_statement") || is(up, "while_statement") ||
          is(up, "list_comprehension") || is(up, "generator_expression"))
        return false;
    return true;
  };
  if (after(*where.function, call))
    return true;
  return std::any_of(where.chain.begin(), where.chain.end(),
                     [&](const CallStep &step) {
                       return after(*step.caller, step.call);
                     });
}

} // namespace

ConstructionFix
construction_fix(const NameResolver &resolver, const Handler &handler,
                 const ReachedFunction &where, TSNode call,
                 const ApiEntry &entry, const ClassifiedInputs &inputs,
                 const std::vector<EnvironmentWrite> &environment_writes,
                 const std::vector<Introspection> &introspection,
                 HoistFixMemo *memo) {
  // A function defined inside another, or a lambda, may read its enclosing
  // function's names and is made again on each of its calls: moving code
  // out of it is left to its author.
  const FunctionInfo &function = *where.function;
  if ((function.enclosing || function.is_lambda) &&
      (inputs.lifetime == InputLifetime::Hoistable ||
       inputs.lifetime == InputLifetime::KeyedByEvent))
    return {std::nullopt,
            "it is in " +
                (function.is_lambda
                     ? std::string("a lambda")
                     : "'" + display_name(function) +
                           "', a function defined inside '" +
                           display_name(*function.enclosing) + "'") +
                ", which hoist does not rewrite: move it to module scope by "
                "hand",
            {},
            {},
            "",
            "",
            ""};
  if (inputs.lifetime == InputLifetime::Hoistable ||
      inputs.lifetime == InputLifetime::KeyedByEvent)
    if (std::string why = never_kept(where.module->tree(), call, entry);
        !why.empty())
      return {std::nullopt, why, {}, {}, "", "", ""};
  switch (inputs.lifetime) {
  case InputLifetime::Hoistable:
    break;
  case InputLifetime::KeyedByEvent:
    return memoize(resolver, handler, where, call, entry);
  case InputLifetime::Unknown: {
    // Closed or configured after it is built, it would not move whatever
    // it is built from: that is what blocks it, named rather than inputs
    // hoist cannot read.
    std::string escapes;
    std::string changed =
        changed_after_building(resolver, where, call, entry, escapes);
    return {std::nullopt, changed.empty() ? inputs.reason : changed,
            {}, {}, "", "", ""};
  }
  case InputLifetime::ExpiringToken:
  case InputLifetime::EventCredentials:
  case InputLifetime::PerInvocation:
    return {std::nullopt, inputs.reason, {}, {}, "", "", ""};
  }
  // A construction reading the parameters of the helper it is in cannot
  // move (`boto3.client(service)` in `get_client(service, event)`): a cache
  // by them keeps what each call site's constants build.
  auto hoist_or_cache = [&] {
    ConstructionFix moved = hoist(resolver, handler, where, call, entry);
    if (moved.fix || parameters_read(where.module->tree(), function,
                                     field(call, "arguments"))
                         .empty())
      return moved;
    ConstructionFix cached = memoize(resolver, handler, where, call, entry);
    return cached.fix ? cached : moved;
  };
  ConstructionFix result =
      memo ? memo->get(*where.module, call, entry, where.chain,
                       sdk_settings_of(handler), hoist_or_cache)
           : hoist_or_cache();
  // What depends on the way from this handler: the memo serves them all.
  std::vector<std::string> unsafe;
  // A write seen says more than code that may write (`step(event)`, whose
  // functions hoist follows from the list it loops over).
  const EnvironmentWrite *told = nullptr;
  for (const EnvironmentWrite &write : environment_writes)
    if (write.may_change(result.literals, result.unknown_service) &&
        !(write.import_state && runs_after(where, call, write.node)) &&
        (!told || (told->unseen && !write.unseen)))
      told = &write;
  if (told)
    unsafe.push_back(
        "the invoke path of '" + handler.name + "' " + told->changes + " ('" +
        told->text + "') at " + told->place +
        harmless_calls_hint(*told));
  for (Introspection::Kind kind :
       {Introspection::Kind::Identity, Introspection::Kind::Frame}) {
    auto found = std::find_if(
        introspection.begin(), introspection.end(),
        [&](const Introspection &one) { return one.kind == kind; });
    if (found == introspection.end())
      continue;
    std::string who = "'" + display_name(*found->function) + "'";
    unsafe.push_back(
        kind == Introspection::Kind::Identity
            ? who + " looks at object identity or lifetime ('" + found->text +
                  "'), which would see one object kept for every invocation "
                  "where each had its own"
            : who + " reads the frames of running code ('" + found->text +
                  "'), which show the locals and module-level names the "
                  "hoist changes");
  }
  // A library object as the handler runs the route the chain starts with
  // only for the events it matches.
  if (!handler.function && !result.failure.empty())
    unsafe.push_back(failing_at_init(
        routed_run(where.chain.empty() ? *where.function
                                       : *where.chain.front().caller),
        result.failure));
  std::vector<bool> outlives = outlives_calls(where, call);
  for (std::size_t i = 0; i < where.chain.size(); ++i) {
    const CallStep &step = where.chain[i];
    std::string call_of = "the call of '" + display_name(*step.callee) +
                          "' in '" + display_name(*step.caller) + "'";
    std::string why = context_reason(step.call, *step.caller);
    // A decorator's wrapper runs where the function it wraps would.
    if (step.passed && !step.wraps && !entry.thread_safe &&
        !runs_on_calling_thread(resolver, step))
      unsafe.push_back("'" + display_name(*step.callee) + "' is handed to '" +
                       std::string(step.module->tree().text(
                           field(step.call, "function"))) +
                       "', which may run it on threads of its own, and " +
                       entry.builds +
                       " is not thread-safe: at module scope one would be "
                       "shared by them");
    else if (std::string deferred = deferred_run(step); !deferred.empty() &&
        !result.failure.empty())
      unsafe.push_back(failing_at_init(deferred, result.failure));
    else if (why == kInLoop && outlives[i])
      unsafe.push_back(call_of + ": " + kInLoopKept);
    else if (!why.empty() && !result.failure.empty())
      unsafe.push_back(call_of + ": " + failing_at_init(why, result.failure));
    else if (!ts_node_is_null(guard_before(resolver,
                                           {step.module, step.caller},
                                           step.call, step.caller->body,
                                           result.reads,
                                           !result.failure.empty(),
                                           result.item_may_be_unset)))
      unsafe.push_back(call_of + " follows a test that can end '" +
                       display_name(*step.caller) + "' without it");
  }
  // A generator handler runs as far as what calls it (a decorator; Lambda
  // itself never does) iterates it, a coroutine function handler when that
  // awaits it; at INIT the construction would run, and its failure would
  // fail every invocation.
  if (!result.failure.empty() && handler.function)
    if (std::string why = driven_body(*handler.function); !why.empty())
      unsafe.push_back(failing_at_init(why, result.failure));
  // A function on the way defined under a condition may never run; at INIT
  // the construction would, and its failure would fail every invocation.
  if (!result.failure.empty()) {
    std::vector<std::pair<const ModuleModel *, const FunctionInfo *>> on_way{
        {where.module, where.function}};
    for (const CallStep &step : where.chain)
      on_way.emplace_back(step.module, step.caller);
    for (const auto &[module, function] : on_way)
      if (std::string why = defined_conditionally(module->tree(), *function);
          !why.empty()) {
        unsafe.push_back(failing_at_init(why, result.failure));
        break;
      }
  }
  // A wrapper of the handler, or of a function on the way, that handles
  // errors answers a failed construction; at INIT nothing would.
  if (!result.failure.empty() && handler.function && handler.function_module) {
    std::vector<std::pair<const ModuleModel *, const FunctionInfo *>> wrapped{
        {handler.function_module, handler.function}};
    for (std::size_t i = 0; i < where.chain.size(); ++i)
      wrapped.emplace_back(i + 1 < where.chain.size() ? where.chain[i + 1].module
                                                      : where.module,
                           where.chain[i].callee);
    for (const auto &[module, function] : wrapped)
      if (std::string wrapper =
              answering_wrapper(resolver, *module, *function);
          !wrapper.empty()) {
        unsafe.push_back(failing_at_init(wrapper, result.failure));
        break;
      }
  }
  // Moved to module scope, it runs at the INIT of every function whose
  // handler is in the handler's module, where it may fail though nothing
  // there ever built it.
  // Without configuration, only a failure that depends on the environment
  // counts (the other function may not set the variable, or set it
  // otherwise): a module of several handlers is often one function's.
  // With configuration, a failure that depends only on the environment
  // counts where that function's sets otherwise what the code reads
  // (shared_module_difference).
  if (!result.failure.empty() && !handler.module_shared_with.empty() &&
      handler.module &&
      (handler.configured || !result.environment_item.empty() ||
       !result.environment_read.empty())) {
    SharedModuleDifference differs =
        shared_module_difference(resolver, handler, *where.module, result);
    // Unset where the item is read: the KeyError says it.
    constexpr std::string_view kUnset = "does not set '";
    if (differs.said.rfind(kUnset, 0) == 0 &&
        result.environment_item.find(differs.said.substr(
            kUnset.size(), differs.said.size() - kUnset.size() - 1)) !=
            std::string::npos)
      differs.function.clear();
    if (differs.matters)
      unsafe.push_back(failing_at_init(
          "'" + handler.module->path() + "' also holds " +
              (differs.function.empty()
                   ? handler.module_shared_with.front()
                   : "the handler of " + differs.function + ", which " +
                         differs.said) +
              ": at module scope it would be built at that function's INIT "
              "too",
          result.environment_item.empty() || !differs.function.empty()
              ? result.failure
              : "'" + result.environment_item +
                    "' raises KeyError where that function does not set "
                    "it"));
  }
  if (handler.module &&
      !resolver.module_cache().same_file(*handler.module, *where.module)) {
    if (std::string why = moved_into_imported_module(resolver, handler,
                                                     *where.module, result);
        !why.empty())
      unsafe.push_back(why);
  } else if (!result.failure.empty() && handler.module &&
             (handler.configured || !result.environment_item.empty() ||
              !result.environment_read.empty())) {
    if (std::string why = imported_by_other_handler(
            resolver, *handler.module,
            result.environment_item.empty()
                ? result.failure
                : "'" + result.environment_item +
                      "' raises KeyError where that function does not set it");
        !why.empty())
      unsafe.push_back(why);
  }
  // Another function of the deployment whose configuration makes botocore's
  // build raise fails its INIT on the moved code where it loads the module
  // (a Health function sharing app.py with `AWS_PROFILE` set), though
  // nothing there built it before.
  if (result.failure.empty() && entry.family == "aws-sdk" && handler.module)
    for (const OtherFunction &other : handler.other_functions) {
      std::string sets = refused_sdk_setting(*other.environment);
      if (sets.empty())
        continue;
      std::string failure = "the configuration of " + other.said + " " + sets +
                            kSdkSettingsRead;
      bool own_module =
          resolver.module_cache().same_file(*handler.module, *where.module);
      std::string why =
          other.same_module && own_module
              ? failing_at_init(other.said + " loads '" +
                                    where.module->path() +
                                    "' too: at module scope it would be "
                                    "built at that function's INIT",
                                failure)
              : imported_by_other_handler(resolver, *where.module, failure);
      if (!why.empty()) {
        unsafe.push_back(why);
        break;
      }
    }
  // Another module that imports this one (the function's entry point,
  // `import app` then `app.REGION = ...`) may change what it reads after,
  // and so may a package Lambda imports first (`pkg/__init__.py` for
  // `pkg.app.handler`), whose code may load it, then more (`from . import
  // bootstrap`), before the first invocation.
  const ModuleCache &cache = resolver.module_cache();
  const std::string construction_file = cache.file_of(*where.module);
  const std::string handler_file =
      handler.module ? cache.file_of(*handler.module) : "";
  const std::vector<std::string> import_roots =
      handler.configured ? resolver.roots() : std::vector<std::string>{};
  std::vector<std::string> running_first =
      enclosing_packages(cache, *where.module, import_roots);
  if (handler.module)
    for (std::string &package :
         enclosing_packages(cache, *handler.module, import_roots))
      running_first.push_back(std::move(package));
  // A test file that reaches it through the handler's module (`from
  // src.app import handler`, and app.py imports helper.py) sets what its
  // test functions set before the construction runs, as a direct importer
  // does.
  std::vector<std::string> candidates = importers_of(resolver, *where.module);
  candidates.insert(candidates.begin(), running_first.begin(),
                    running_first.end());
  for (const std::string &path : indirect_importers_of(resolver, *where.module))
    if (is_test_file(std::filesystem::path(path)
                         .lexically_relative(cache.base())
                         .generic_string()))
      candidates.push_back(path);
  std::unordered_set<std::string> asked;
  for (const std::string &path : candidates) {
    if (path == construction_file || path == handler_file ||
        !asked.insert(path).second)
      continue;
    auto find = [&] {
      const ModuleModel *other = cache.module_in(path);
      return other ? changes_after_import(resolver, *other, *where.module)
                   : std::vector<ChangeAfterImport>{};
    };
    if (std::string why = changed_after_import(
            memo ? memo->changes_after_import(path, *where.module, find)
                 : find(),
            result);
        !why.empty()) {
      unsafe.push_back(why);
      break;
    }
  }
  // Past a syntax error hoist reads the module only as far as it parses:
  // module-level code there (an environment write) may run before the
  // moved line would (fresh32b problem 4).
  for (const ModuleModel *edited : {where.module, handler.module})
    if (edited)
      if (std::optional<TSNode> error = edited->tree().first_error()) {
        Position at =
            edited->tree().file()->position(ts_node_start_byte(*error));
        unsafe.push_back("'" + edited->path() + "' does not parse (line " +
                         std::to_string(at.line) +
                         "), and what its code does past there is not known");
        break;
      }
  make_unsafe(result, unsafe);
  return result;
}

bool runs_on_some_invocations(const ReachedFunction &reached, TSNode call) {
  const std::vector<CallStep> &chain = reached.chain;
  if (in_branch(call, *reached.function, *reached.module,
                chain.empty() ? nullptr : &chain.back()))
    return true;
  for (std::size_t i = 0; i < chain.size(); ++i)
    if (in_branch(chain[i].call, *chain[i].caller, *chain[i].module,
                  i ? &chain[i - 1] : nullptr))
      return true;
  return false;
}

void make_unsafe(ConstructionFix &fix, const std::vector<std::string> &why) {
  if (why.empty() || !fix.fix || fix.fix->applicability != Applicability::Safe)
    return;
  fix.fix->applicability = Applicability::Unsafe;
  for (const std::string &reason : why)
    fix.not_safe_because += (fix.not_safe_because.empty() ? "" : "; ") + reason;
}

} // namespace hoist::python
