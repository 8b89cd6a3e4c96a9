#include "python/blocking_pools.h"

#include <optional>
#include <string_view>
#include <vector>

namespace hoist::python {
namespace {

/// The value of the keyword argument `name` of `call`, or a null node.
TSNode keyword_value(const SyntaxTree &tree, TSNode call,
                     std::string_view name) {
  for (TSNode argument : named_children(field(call, "arguments")))
    if (is(argument, "keyword_argument") &&
        tree.text(field(argument, "name")) == name)
      return field(argument, "value");
  return TSNode{};
}

/// The text of the argument of `call` that makes its pool block, when it
/// may: `name` given a value other than a literal false one, or a `**`
/// mapping that is not a dictionary literal without that key; "" when the
/// pool does not block.
std::string blocking_argument(const SyntaxTree &tree, TSNode call,
                              const std::string &name) {
  TSNode value = keyword_value(tree, call, name);
  if (!ts_node_is_null(value)) {
    std::string_view text = tree.text(value);
    if (text == "False" || text == "None" || text == "0")
      return "";
    return name + "=" + std::string(text);
  }
  for (TSNode argument : named_children(field(call, "arguments"))) {
    if (!is(argument, "dictionary_splat"))
      continue;
    TSNode mapping = unparenthesize(ts_node_named_child(argument, 0));
    if (!is(mapping, "dictionary"))
      return std::string(tree.text(argument));
    for (TSNode pair : named_children(mapping))
      if (is(pair, "pair") &&
          string_value(tree, field(pair, "key")).value_or(name) == name)
        return std::string(tree.text(argument));
  }
  return "";
}

/// True when the response `call` (a request of the pool) returns gives its
/// connection back by itself (a preloaded body), or the function gives it
/// back (`r = http.request(...)`, then `r.release_conn()`).
bool gives_connection_back(const SyntaxTree &tree,
                           const FunctionInfo &function, TSNode call) {
  bool kept = false;
  for (std::string_view keyword : {"preload_content", "release_conn"}) {
    TSNode value = keyword_value(tree, call, keyword);
    if (!ts_node_is_null(value) && tree.text(value) != "True")
      kept = true;
  }
  if (!kept)
    return true;
  TSNode parent = ts_node_parent(call);
  if (!is(parent, "assignment") || !is(field(parent, "left"), "identifier"))
    return false;
  std::string_view response = tree.text(field(parent, "left"));
  for (TSNode other : function.calls) {
    TSNode callee = field(other, "function");
    if (is(callee, "attribute") &&
        tree.text(field(callee, "attribute")) == "release_conn" &&
        tree.text(field(callee, "object")) == response)
      return true;
  }
  return false;
}

} // namespace

std::string blocking_pool_kept_busy(const SyntaxTree &tree,
                                    const FunctionInfo &function, TSNode call,
                                    const std::string &local,
                                    const ApiEntry &entry) {
  if (entry.blocking_keyword.empty())
    return "";
  std::string blocking = blocking_argument(tree, call, entry.blocking_keyword);
  if (blocking.empty())
    return "";
  std::string why = "its pool blocks when no connection is free ('" +
                    blocking + "'): kept across invocations, ";
  if (local.empty())
    return why + "a response hoist cannot follow may keep a connection from "
                 "every later invocation, which then waits for it";
  std::string kept;
  walk_named_descendants(function.body, [&](TSNode node) {
    if (!kept.empty() || opens_scope(node))
      return false;
    if (!is(node, "identifier") || tree.text(node) != local)
      return true;
    TSNode parent = ts_node_parent(node);
    if (is(parent, "assignment") && ts_node_eq(field(parent, "left"), node))
      return true;
    TSNode use = ts_node_parent(parent);
    std::string_view method =
        is(parent, "attribute") ? tree.text(field(parent, "attribute")) : "";
    bool request = method == "request" || method == "urlopen" ||
                   method == "request_encode_url" ||
                   method == "request_encode_body";
    if (!is(parent, "attribute") || !is(use, "call") ||
        !ts_node_eq(field(use, "function"), parent))
      kept = "'" + local + "' is handed on where hoist does not see its "
             "responses given back";
    else if (request && !gives_connection_back(tree, function, use))
      kept = "a response it gives ('" +
             std::string(tree.text(use)).substr(0, 60) +
             "') keeps its connection, not given back by 'release_conn()'";
    return true;
  });
  return kept.empty() ? "" : why + kept +
                                 ", so a later invocation waits for it "
                                 "(EmptyPoolError or a hang)";
}

} // namespace hoist::python
