#include "python/hoist_fix.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/fix_applier.h"
#include "python/module_edits.h"

namespace hoist::python {
namespace {

/// Why building where `call` is (inside `function`) differs from building at
/// INIT, or "".
std::string context_reason(TSNode call, const FunctionInfo &function) {
  for (TSNode node : ancestors(call, function.node)) {
    if (ts_node_eq(node, function.body))
      break;
    std::string_view type = kind(node);
    if (type == "for_statement" || type == "while_statement" ||
        type == "list_comprehension" || type == "generator_expression" ||
        type == "dictionary_comprehension" || type == "set_comprehension")
      return "it runs in a loop";
    if (type == "try_statement" || type == "except_clause" ||
        type == "finally_clause")
      return "it runs inside 'try', whose handlers would no longer see its "
             "errors";
    if (type == "with_statement")
      return "it runs inside 'with'";
    if (type == "if_statement" || type == "elif_clause" ||
        type == "else_clause" || type == "conditional_expression" ||
        type == "boolean_operator" || type == "match_statement")
      return "it runs only on some invocations";
  }
  return "";
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

/// The root identifier of an attribute/subscript chain, and its depth.
std::pair<std::string, int> chain_root(const SyntaxTree &tree, TSNode node) {
  int depth = 0;
  while (is(node, "attribute") || is(node, "subscript")) {
    node = is(node, "attribute") ? field(node, "object") : field(node, "value");
    ++depth;
  }
  return {is(node, "identifier") ? std::string(tree.text(node)) : "", depth};
}

/// How `local` is configured after it is built, or "": attributes or items
/// set on it (`x.auth = ...`), or a method of one of its parts called
/// (`x.meta.events.register(...)`, `x.headers.update(...)`); the first in
/// source order (an assignment before a call it holds).
std::string configuration_of(const SyntaxTree &tree,
                             const FunctionInfo &function,
                             const std::string &local) {
  std::optional<TSNode> target, call;
  for (TSNode left : function.written_targets)
    if (auto [root, depth] = chain_root(tree, left);
        root == local && depth > 0) {
      target = left;
      break;
    }
  for (TSNode node : function.calls)
    if (auto [root, depth] = chain_root(tree, field(node, "function"));
        root == local && depth >= 2) {
      call = node;
      break;
    }
  if (target &&
      (!call || ts_node_start_byte(*target) <= ts_node_start_byte(*call)))
    return std::string(tree.text(*target)) + " = ...";
  if (call)
    return std::string(tree.text(field(*call, "function"))) + "(...)";
  return "";
}

/// How the function ends `local`'s life, or "": a close-like method called
/// on it (`conn.close()`), or a `with local:` block (whose exit may close it);
/// the first in source order.
std::string closing_of(const SyntaxTree &tree, const FunctionInfo &function,
                       const std::string &local) {
  static const char *kClosing[] = {"close",    "disconnect", "dispose",
                                   "shutdown", "terminate",  "release"};
  std::optional<TSNode> with, call;
  for (TSNode value : function.with_values)
    if (tree.text(value) == local) {
      with = value;
      break;
    }
  for (TSNode node : function.calls) {
    TSNode callee = field(node, "function");
    if (!is(callee, "attribute") || tree.text(field(callee, "object")) != local)
      continue;
    std::string_view method = tree.text(field(callee, "attribute"));
    if (std::any_of(std::begin(kClosing), std::end(kClosing),
                    [&](const char *closing) { return method == closing; })) {
      call = node;
      break;
    }
  }
  if (with && (!call || ts_node_start_byte(*with) <= ts_node_start_byte(*call)))
    return "with " + local;
  if (call)
    return std::string(tree.text(*call));
  return "";
}

/// A readable module-level name for what `call` builds: "s3_client",
/// "dynamodb_resource", "session".
std::string derived_name(const SyntaxTree &tree, TSNode call) {
  TSNode callee = field(call, "function");
  std::string kind_word(is(callee, "attribute")
                            ? tree.text(field(callee, "attribute"))
                            : tree.text(callee));
  for (char &c : kind_word)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (kind_word == "connect")
    kind_word = "connection";
  std::string service;
  TSNode first = ts_node_named_child(field(call, "arguments"), 0);
  if (is(first, "keyword_argument"))
    first = field(first, "value");
  if (is(first, "string"))
    for (TSNode part : named_children(first))
      if (is(part, "string_content"))
        service += tree.text(part);
  std::string name;
  for (char c : service)
    name += std::isalnum(static_cast<unsigned char>(c))
                ? static_cast<char>(std::tolower(c))
                : '_';
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

/// The whole lines of `statement` when nothing else shares them (a trailing
/// comment may), and that comment; nothing otherwise.
std::optional<std::pair<TextRange, std::string>>
own_lines(const SyntaxTree &tree, TSNode statement) {
  const SourceFile &file = *tree.file();
  TextRange range = tree.range(statement);
  std::size_t first_line = file.position(range.begin).line;
  std::size_t last_line = file.position(range.end).line;
  std::size_t start = file.lines().line_start(first_line);
  std::string_view before = file.text().substr(start, range.begin - start);
  if (before.find_first_not_of(" \t") != std::string_view::npos)
    return std::nullopt;
  std::string_view last = file.lines().line_text(last_line);
  std::size_t last_start = file.lines().line_start(last_line);
  std::string_view after = last.substr(range.end - last_start);
  std::size_t text = after.find_first_not_of(" \t");
  std::string comment;
  if (text != std::string_view::npos) {
    if (after[text] != '#')
      return std::nullopt; // `a = f(); b = 2`
    comment = std::string(after.substr(text));
  }
  std::size_t end = last_line < file.lines().line_count()
                        ? file.lines().line_start(last_line + 1)
                        : file.text().size();
  return std::make_pair(TextRange{start, end}, comment);
}

bool only_statement_in_block(TSNode statement) {
  TSNode block = ts_node_parent(statement);
  std::size_t statements = 0;
  for (TSNode child : named_children(block))
    statements += is(child, "comment") ? 0 : 1;
  return statements == 1;
}

/// The first name `expression` reads that module scope cannot see, or "".
std::string local_dependency(const SyntaxTree &tree, TSNode expression,
                             const ModuleModel &module,
                             const FunctionInfo &function) {
  for (const std::string &name : names_read(tree, expression)) {
    bool local =
        function.bindings.binds(name) && !function.bindings.globals.count(name);
    if (local)
      return "it uses '" + name + "', a local of '" + function.name + "'";
    if (!module.bindings().binds(name) && !module.function_named(name) &&
        !module.class_named(name) && !is_builtin_name(name))
      return "it uses '" + name + "', which module scope does not define";
  }
  return "";
}

ConstructionFix hoist(const ReachedFunction &where, TSNode call,
                      const ApiEntry &entry) {
  const ModuleModel &module = *where.module;
  const FunctionInfo &function = *where.function;
  const SyntaxTree &tree = module.tree();
  ConstructionFix result;
  if (std::string why = local_dependency(tree, call, module, function);
      !why.empty()) {
    result.not_safe_because = why;
    return result;
  }
  if (is(ts_node_parent(call), "with_item") ||
      is(ts_node_parent(ts_node_parent(call)), "with_item")) {
    result.not_safe_because = "it is the context manager of a 'with', which "
                              "closes it when the block ends";
    return result;
  }
  TSNode statement = statement_of(call, function);
  std::string local = assigned_local(tree, statement, call);
  if (!local.empty()) {
    std::string closed = closing_of(tree, function, local);
    if (!closed.empty()) {
      result.not_safe_because =
          "'" + function.name + "' closes '" + local + "' ('" + closed +
          "'), so the next invocation would get it closed";
      return result;
    }
    std::string configured = configuration_of(tree, function, local);
    if (!configured.empty()) {
      result.not_safe_because =
          "'" + function.name + "' configures '" + local +
          "' after building it ('" + configured +
          "'), and that state would carry into the next invocation";
      return result;
    }
  }
  std::vector<std::string> unsafe;
  if (std::string why = context_reason(call, function); !why.empty())
    unsafe.push_back(why);
  bool rebound =
      !local.empty() && (function.bindings.others.count(local) ||
                         function.bindings.assignments.at(local).size() > 1 ||
                         function.bindings.globals.count(local));
  if (rebound)
    unsafe.push_back("'" + local + "' is assigned again in '" + function.name +
                     "'");
  if (entry.fix != "safe")
    unsafe.push_back(entry_reason(entry));

  ModuleEdits edits(module);
  std::string call_text(tree.text(call));
  Fix fix;
  fix.exclusive = "module-scope";
  // An equal module-level construction already there is reused.
  std::string name;
  for (const auto &[bound, values] : module.bindings().assignments)
    if (values.size() == 1 && tree.text(values.front()) == call_text &&
        edits.free_name(bound) != bound) {
      bool rebound_somewhere = false;
      for (const FunctionInfo &other : module.functions())
        rebound_somewhere |= other.bindings.globals.count(bound) > 0;
      if (!rebound_somewhere && !function.bindings.binds(bound))
        name = bound;
    }
  auto lines = own_lines(tree, statement);
  bool delete_statement =
      !local.empty() && !rebound && lines &&
      ((name.empty() && edits.free_at_module_scope(local)) || name == local);
  if (delete_statement && name.empty())
    name = local;
  if (name.empty())
    name = edits.free_name(
        local.empty() || rebound ? derived_name(tree, call) : local, &function);
  bool reused = module.bindings().assignments.count(name) > 0;
  if (!reused) {
    std::string comment =
        delete_statement && !lines->second.empty() ? "  " + lines->second : "";
    fix.edits.push_back(edits.insert_statements(
        names_read(tree, call), name + " = " + call_text + comment + "\n"));
  }
  if (delete_statement && only_statement_in_block(statement))
    fix.edits.push_back({tree.file(), tree.range(statement), "pass"});
  else if (delete_statement)
    fix.edits.push_back({tree.file(), lines->first, ""});
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

ConstructionFix memoize(const Resolver &resolver, const Handler &handler,
                        const ReachedFunction &where, TSNode call) {
  const ModuleModel &module = *where.module;
  const FunctionInfo &function = *where.function;
  const SyntaxTree &tree = module.tree();
  ConstructionFix result;
  result.not_safe_because =
      "it depends on event data: a cache keyed by it keeps one object per key";
  // The arguments that vary with the event become the factory's parameters.
  struct Varying {
    TSNode value;
    std::string parameter;
  };
  std::vector<Varying> varying;
  std::vector<TSNode> fixed_parts{field(call, "function")};
  int position = 0;
  for (TSNode argument : named_children(field(call, "arguments"))) {
    if (is(argument, "list_splat") || is(argument, "dictionary_splat"))
      return result; // cannot name the parameters
    if (is(argument, "comment"))
      continue;
    bool keyword = is(argument, "keyword_argument");
    TSNode value = keyword ? field(argument, "value") : argument;
    ++position;
    DependenceResult dependence =
        classify_expression(resolver, handler, where, value);
    if (dependence.dependence == Dependence::Hoistable) {
      fixed_parts.push_back(value);
      continue;
    }
    varying.push_back(
        {value, keyword ? std::string(tree.text(field(argument, "name")))
                        : "arg" + std::to_string(position)});
  }
  if (varying.empty())
    return result;
  for (TSNode part : fixed_parts)
    if (!local_dependency(tree, part, module, function).empty())
      return result;

  ModuleEdits edits(module);
  std::string factory =
      edits.free_name("_" + derived_name(tree, call) + "_for");
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
  std::vector<std::string> reads;
  for (TSNode part : fixed_parts)
    for (std::string &name : names_read(tree, part))
      reads.push_back(std::move(name));
  std::string text = "\n@" + functools + ".lru_cache(maxsize=None)\ndef " +
                     factory + "(" + parameters + "):\n    return " + body +
                     "\n\n";
  Edit insertion = edits.insert_statements(reads, text);
  Fix fix;
  fix.exclusive = "module-scope";
  if (import_edit && import_edit->range.begin == insertion.range.begin)
    insertion.new_text = import_edit->new_text + insertion.new_text;
  else if (import_edit)
    fix.edits.push_back(*import_edit);
  fix.edits.push_back(insertion);
  fix.edits.push_back(
      {tree.file(), tree.range(call), factory + "(" + arguments + ")"});
  fix.title = "cache '" + std::string(tree.text(field(call, "function"))) +
              "(...)' by " + parameters +
              " in a module-level lru_cache factory";
  fix.applicability = Applicability::Unsafe;
  result.fix = std::move(fix);
  return result;
}

} // namespace

ConstructionFix construction_fix(const Resolver &resolver,
                                 const Handler &handler,
                                 const ReachedFunction &where, TSNode call,
                                 const ApiEntry &entry,
                                 const DependenceResult &dependence,
                                 HoistFixMemo *memo) {
  switch (dependence.dependence) {
  case Dependence::Hoistable:
    if (memo)
      return memo->get(*where.module, call, entry,
                       [&] { return hoist(where, call, entry); });
    return hoist(where, call, entry);
  case Dependence::KeyedByEvent:
    return memoize(resolver, handler, where, call);
  case Dependence::Unknown:
  case Dependence::ExpiringToken:
  case Dependence::EventCredentials:
  case Dependence::PerInvocation:
    break;
  }
  return {std::nullopt, dependence.reason};
}

} // namespace hoist::python
