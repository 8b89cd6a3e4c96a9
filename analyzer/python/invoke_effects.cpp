#include "python/invoke_effects.h"

#include <algorithm>

#include "python/module_edits.h"

namespace hoist::python {
namespace {

/// Environment variables that libraries read on their own, by prefix.
bool read_by_libraries(const std::string &key) {
  static const char *kPrefixes[] = {"AWS_", "BOTO", "PG", "MYSQL", "REDIS",
                                    "MONGO", "HTTP_PROXY", "HTTPS_PROXY",
                                    "NO_PROXY", "REQUESTS_", "CURL_", "SSL_"};
  std::string upper = key;
  for (char &c : upper)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return std::any_of(std::begin(kPrefixes), std::end(kPrefixes),
                     [&](const char *prefix) {
                       return upper.rfind(prefix, 0) == 0;
                     });
}

class WriteFinder {
public:
  WriteFinder(const Resolver &resolver, Scope scope)
      : resolver_(resolver), scope_(scope),
        tree_(scope.module->tree()) {}

  void visit(TSNode node) {
    std::string_view type = kind(node);
    if (type == "assignment" || type == "augmented_assignment") {
      TSNode left = field(node, "left");
      if (is(left, "subscript") && is_environ(field(left, "value")))
        add(node, {key_of(field(left, "subscript"))});
      else if (resolves_to(left, "boto3.DEFAULT_SESSION"))
        add(node, {});
    } else if (type == "delete_statement") {
      for_each_in_scope(node, [&](TSNode target) {
        if (is(target, "subscript") && is_environ(field(target, "value")))
          add(node, {key_of(field(target, "subscript"))});
      });
    } else if (type == "call") {
      visit_call(node);
    }
  }

  std::vector<EnvironmentWrite> writes;

private:
  void visit_call(TSNode call) {
    TSNode callee = field(call, "function");
    if (!is(callee, "attribute") && !is(callee, "identifier"))
      return;
    std::string_view method = is(callee, "attribute")
                                  ? tree_.text(field(callee, "attribute"))
                                  : tree_.text(callee);
    static const char *kWriting[] = {
        "update",  "setdefault", "pop",     "popitem",
        "clear",   "__setitem__", "__delitem__", "putenv",
        "unsetenv", "setup_default_session"};
    if (std::none_of(std::begin(kWriting), std::end(kWriting),
                     [&](const char *name) { return method == name; }))
      return;
    std::vector<TSNode> arguments = named_children(field(call, "arguments"));
    if (is(callee, "attribute") && is_environ(field(callee, "object"))) {
      if (method == "update") {
        std::vector<std::string> keys;
        for (TSNode argument : arguments) {
          if (is(argument, "keyword_argument"))
            keys.emplace_back(tree_.text(field(argument, "name")));
          else if (is(argument, "dictionary"))
            for (TSNode pair : named_children(argument))
              keys.push_back(is(pair, "pair") ? key_of(field(pair, "key"))
                                              : "");
          else
            keys.push_back("");
        }
        add(call, keys);
      } else {
        add(call, {arguments.empty() ? "" : key_of(arguments.front())});
      }
      return;
    }
    Symbol symbol = resolver_.resolve(callee, scope_);
    if (symbol.kind != Symbol::Kind::Path)
      return;
    if (symbol.path == "os.putenv" || symbol.path == "os.unsetenv")
      add(call, {arguments.empty() ? "" : key_of(arguments.front())});
    else if (symbol.path == "boto3.setup_default_session")
      add(call, {});
  }

  /// A variable's name when `node` is a string literal, else "" (any).
  std::string key_of(TSNode node) const {
    return string_value(tree_, node).value_or("");
  }

  bool resolves_to(TSNode node, std::string_view path) const {
    if (!is(node, "attribute") && !is(node, "identifier"))
      return false;
    Symbol symbol = resolver_.resolve(node, scope_);
    return symbol.kind == Symbol::Kind::Path && symbol.path == path;
  }

  bool is_environ(TSNode node) const {
    return resolves_to(unparenthesize(node), "os.environ");
  }

  void add(TSNode node, std::vector<std::string> keys) {
    // A write that names no variable changes any of them.
    if (keys.empty() || std::count(keys.begin(), keys.end(), ""))
      keys.clear();
    std::string text(tree_.text(node));
    if (text.size() > 60 || text.find('\n') != std::string::npos)
      text = std::string(tree_.text(node).substr(0, text.find_first_of("(=\n"))) +
             "...";
    writes.push_back({node, std::move(text), std::move(keys)});
  }

  const Resolver &resolver_;
  Scope scope_;
  const SyntaxTree &tree_;
};

/// True when `text` may hold an environment write: the walk is skipped
/// otherwise.
bool may_write_environment(std::string_view text) {
  return text.find("environ") != std::string_view::npos ||
         text.find("putenv") != std::string_view::npos ||
         text.find("unsetenv") != std::string_view::npos ||
         text.find("default_session") != std::string_view::npos ||
         text.find("DEFAULT_SESSION") != std::string_view::npos;
}

} // namespace

bool EnvironmentWrite::may_change(
    const std::vector<std::string> &literals) const {
  if (keys.empty())
    return true;
  for (const std::string &key : keys)
    if (read_by_libraries(key) ||
        std::count(literals.begin(), literals.end(), key))
      return true;
  return false;
}

std::vector<EnvironmentWrite> environment_writes(const Resolver &resolver,
                                                 Scope scope, TSNode root,
                                                 bool nested) {
  if (ts_node_is_null(root) || !may_write_environment(scope.module->tree().text(root)))
    return {};
  WriteFinder finder(resolver, scope);
  auto visit = [&](TSNode node) {
    finder.visit(node);
    return true;
  };
  if (nested)
    walk_named_descendants(root, visit);
  else
    for_each_in_scope(root, visit);
  return std::move(finder.writes);
}

std::vector<EnvironmentWrite>
invoke_path_environment_writes(const Resolver &resolver, const Handler &handler,
                               const std::vector<ReachedFunction> &reached) {
  std::vector<EnvironmentWrite> writes;
  auto add = [&](std::vector<EnvironmentWrite> more) {
    writes.insert(writes.end(), more.begin(), more.end());
  };
  for (const ReachedFunction &function : reached)
    add(environment_writes(resolver, {function.module, function.function},
                           function.function->body));
  // A decorator runs its wrapper around every call of the handler.
  if (handler.function && handler.function_module)
    for (TSNode decorator : handler.function->decorators) {
      TSNode expression = ts_node_named_child(decorator, 0);
      if (is(expression, "call"))
        expression = field(expression, "function");
      Symbol symbol = resolver.resolve(
          expression, {handler.function_module, nullptr});
      if (symbol.kind == Symbol::Kind::Function && symbol.function)
        add(environment_writes(resolver, {symbol.module, symbol.function},
                               symbol.function->body, true));
    }
  return writes;
}

TSNode guard_before(const SyntaxTree &tree, TSNode node, TSNode body,
                    const std::vector<std::string> &names, bool any_name) {
  auto reads_names = [&](TSNode expression) {
    if (ts_node_is_null(expression))
      return false;
    if (any_name)
      return true;
    for (const std::string &name : names_read(tree, expression))
      if (std::count(names.begin(), names.end(), name))
        return true;
    return false;
  };
  auto ends_function = [&](TSNode statement) {
    bool ends = false;
    for_each_in_scope(statement, [&](TSNode inner) {
      ends = ends || is(inner, "return_statement") ||
             is(inner, "raise_statement");
      return !ends;
    });
    return ends;
  };
  for (TSNode current = node;
       !ts_node_is_null(current) && !ts_node_eq(current, body);
       current = ts_node_parent(current)) {
    for (TSNode previous = ts_node_prev_named_sibling(current);
         !ts_node_is_null(previous);
         previous = ts_node_prev_named_sibling(previous)) {
      std::string_view type = kind(previous);
      if (type == "assert_statement" &&
          reads_names(ts_node_named_child(previous, 0)))
        return previous;
      if (type == "if_statement" || type == "match_statement" ||
          type == "while_statement") {
        std::vector<TSNode> tests{field(previous, "condition"),
                                  field(previous, "subject")};
        for (TSNode clause : named_children(previous))
          if (is(clause, "elif_clause"))
            tests.push_back(field(clause, "condition"));
        if (std::any_of(tests.begin(), tests.end(), reads_names) &&
            ends_function(previous))
          return previous;
      }
    }
  }
  return TSNode{};
}

TSNode exit_before(TSNode node, TSNode body) {
  for (TSNode current = node;
       !ts_node_is_null(current) && !ts_node_eq(current, body);
       current = ts_node_parent(current)) {
    if (!is(ts_node_parent(current), "block"))
      continue;
    for (TSNode previous = ts_node_prev_named_sibling(current);
         !ts_node_is_null(previous);
         previous = ts_node_prev_named_sibling(previous)) {
      std::string_view type = kind(previous);
      if (type == "return_statement" || type == "raise_statement" ||
          type == "continue_statement" || type == "break_statement")
        return previous;
    }
  }
  return TSNode{};
}

} // namespace hoist::python
