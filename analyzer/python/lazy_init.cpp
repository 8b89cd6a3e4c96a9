#include "python/lazy_init.h"

#include <optional>
#include <string>
#include <utility>

#include "python/constant_tests.h"

namespace hoist::python {
namespace {

/// The assignment whose value `call` (in `function`) is part of, without
/// leaving the statement.
TSNode enclosing_assignment(TSNode call, const FunctionInfo &function) {
  for (TSNode node : ancestors(call, function.node)) {
    std::string_view type = kind(node);
    if (type == "assignment")
      return node;
    if (type == "block" || type == "expression_statement" || opens_scope(node))
      break;
  }
  return TSNode{};
}

/// The text of the long-lived state an assignment target stores into, or "":
/// a `global` name, a subscript of a name that is not local to the function,
/// or an attribute of `self` or of such a name (`self._client`).
std::string stored_state(const SyntaxTree &tree, const FunctionInfo &function,
                         TSNode target) {
  if (is(target, "identifier")) {
    std::string name(tree.text(target));
    return function.bindings.globals.count(name) ? name : "";
  }
  if (is(target, "attribute")) {
    TSNode object = field(target, "object");
    if (!is(object, "identifier"))
      return "";
    std::string name(tree.text(object));
    // `self._client`, or a class attribute through a classmethod's `cls`.
    const Parameter *self = function.bound_parameter();
    bool is_self = self && self->name == name;
    bool local =
        function.bindings.binds(name) && !function.bindings.globals.count(name);
    return is_self || !local ? std::string(tree.text(target)) : "";
  }
  if (is(target, "subscript")) {
    TSNode value = field(target, "value");
    // `globals()["client"] = ...`, guarded by `if "client" not in globals()`.
    if (is(value, "call") && tree.text(field(value, "function")) == "globals")
      return std::string(tree.text(value));
    if (!is(value, "identifier"))
      return "";
    std::string name(tree.text(value));
    bool local =
        function.bindings.binds(name) && !function.bindings.globals.count(name);
    return local ? "" : name;
  }
  return "";
}

bool mentions(const SyntaxTree &tree, TSNode expression,
              const std::string &state) {
  if (tree.text(expression) == state)
    return true;
  bool found = false;
  for_each_in_scope(expression, [&](TSNode node) {
    if (!found && tree.text(node) == state)
      found = true;
  });
  return found;
}

TSNode condition_of(TSNode node) {
  std::string_view type = kind(node);
  if (type == "if_statement" || type == "elif_clause" ||
      type == "while_statement")
    return field(node, "condition");
  return TSNode{};
}

/// True when `statement` is `if <mentions state>: ... return/raise`.
bool is_early_exit_check(const SyntaxTree &tree, TSNode statement,
                         const std::string &state) {
  if (!is(statement, "if_statement"))
    return false;
  if (!mentions(tree, field(statement, "condition"), state))
    return false;
  TSNode body = field(statement, "consequence");
  uint32_t count = ts_node_named_child_count(body);
  if (count == 0)
    return false;
  std::string_view last = kind(ts_node_named_child(body, count - 1));
  return last == "return_statement" || last == "raise_statement";
}

/// True when `condition` tests whether the attribute `state` (`handler.sqs`,
/// `self._s3`) exists: `hasattr(handler, "sqs")`, `getattr(self, "_s3",
/// None)`.
bool tests_attribute_presence(const SyntaxTree &tree, TSNode condition,
                              const std::string &state) {
  std::size_t dot = state.rfind('.');
  if (dot == std::string::npos)
    return false;
  std::string_view object = std::string_view(state).substr(0, dot);
  std::string_view attribute = std::string_view(state).substr(dot + 1);
  bool found = false;
  auto visit = [&](TSNode node) {
    if (found || !is(node, "call"))
      return;
    std::string_view callee = tree.text(field(node, "function"));
    std::vector<TSNode> arguments = named_children(field(node, "arguments"));
    found = (callee == "hasattr" || callee == "getattr") &&
            arguments.size() >= 2 && tree.text(arguments[0]) == object &&
            string_value(tree, arguments[1]) == std::string(attribute);
  };
  visit(condition);
  for_each_in_scope(condition, visit);
  return found;
}

/// True when `node` is an except clause that runs when reading `state` in
/// its try's body fails (`try: return _ddb` / `except NameError: _ddb =
/// ...`): the store runs only until the state exists. The clause must
/// catch what a missing name, attribute or key raises.
bool handles_missing_state(const SyntaxTree &tree, TSNode node,
                           const std::string &state) {
  if (!is(node, "except_clause"))
    return false;
  TSNode attempt = ts_node_parent(node);
  if (!is(attempt, "try_statement") ||
      !mentions(tree, field(attempt, "body"), state))
    return false;
  TSNode caught = TSNode{};
  for (TSNode child : named_children(node))
    if (!is(child, "block") && !is(child, "comment")) {
      caught = child;
      break;
    }
  if (ts_node_is_null(caught))
    return true; // a bare `except:`
  if (is(caught, "as_pattern"))
    caught = ts_node_named_child(caught, 0);
  bool catches = false;
  auto visit = [&](TSNode name) {
    std::string_view text = tree.text(name);
    catches = catches || text == "NameError" || text == "AttributeError" ||
              text == "KeyError" || text == "LookupError" ||
              text == "Exception" || text == "BaseException";
  };
  visit(caught);
  for_each_in_scope(caught, visit);
  return catches;
}

/// The later assignment in `function` that stores the local `assignment`
/// binds, and nothing else, into long-lived state (`new_client =
/// boto3.client(...)` then `_client = new_client`), or null: the local is
/// bound only there, so what it holds is what the state keeps.
TSNode store_of_local(const SyntaxTree &tree, const FunctionInfo &function,
                      TSNode assignment) {
  TSNode left = field(assignment, "left");
  if (!is(left, "identifier"))
    return TSNode{};
  std::string name(tree.text(left));
  const ScopeBindings &bindings = function.bindings;
  auto values = bindings.assignments.find(name);
  if (values == bindings.assignments.end() || values->second.size() != 1 ||
      bindings.others.count(name) || bindings.imports.count(name) ||
      bindings.globals.count(name))
    return TSNode{};
  TSNode store{};
  auto visit = [&](TSNode node) {
    if (!ts_node_is_null(store))
      return false;
    if (is(node, "assignment") &&
        ts_node_start_byte(node) > ts_node_end_byte(assignment)) {
      TSNode right = unparenthesize(field(node, "right"));
      if (is(right, "identifier") && tree.text(right) == name &&
          !stored_state(tree, function, field(node, "left")).empty())
        store = node;
    }
    return true;
  };
  for_each_in_scope(function.body, mentioning(tree, name, visit));
  return store;
}

/// The flag `condition` tests (`INITIALIZED` in `not INITIALIZED`,
/// `STATE["first"]`, `_ready is None`), with the truth value the flag must
/// not have for the test to pass: set to a literal of that truth, it fails
/// the test from then on. Null for any other test.
std::pair<TSNode, bool> tested_flag(const SyntaxTree &tree, TSNode condition) {
  condition = unparenthesize(condition);
  if (is(condition, "not_operator"))
    return {unparenthesize(field(condition, "argument")), true};
  if (is(condition, "comparison_operator") &&
      ts_node_named_child_count(condition) == 2) {
    std::string_view op = tree.text(ts_node_child(condition, 1));
    std::optional<bool> against =
        literal_truth(tree, ts_node_named_child(condition, 1));
    if ((op == "is" || op == "==") && against == false)
      return {unparenthesize(ts_node_named_child(condition, 0)), true};
    return {TSNode{}, false};
  }
  if (is(condition, "identifier") || is(condition, "attribute") ||
      is(condition, "subscript"))
    return {condition, false};
  return {TSNode{}, false};
}

/// The long-lived flag that a test around `call` (in `function`) checks and
/// that the tested block sets so that the test fails from then on, as
/// stored_state names it, or "": the block runs once per execution
/// environment (`if not INITIALIZED: ... INITIALIZED = True`, `if
/// STATE["first"]: STATE["first"] = False`).
std::string once_flag(const SyntaxTree &tree, const FunctionInfo &function,
                      TSNode call) {
  for (TSNode node : ancestors(call, function.node)) {
    if (!is(node, "if_statement"))
      continue;
    TSNode body = field(node, "consequence");
    if (ts_node_start_byte(call) < ts_node_start_byte(body) ||
        ts_node_end_byte(call) > ts_node_end_byte(body))
      continue;
    auto [flag, set_truth] = tested_flag(tree, field(node, "condition"));
    if (ts_node_is_null(flag))
      continue;
    std::string state = stored_state(tree, function, flag);
    if (state.empty())
      continue;
    std::string_view flag_text = tree.text(flag);
    // `if X is None:` fails from then on once X holds what a call returns
    // (`_KEY = b64decode(raw)` after reading `raw` with a client built
    // there), as it does once X holds the object built.
    TSNode condition = unparenthesize(field(node, "condition"));
    bool none_test = is(condition, "comparison_operator") &&
                     tree.text(ts_node_child(condition, 1)) == "is" &&
                     is(ts_node_named_child(condition, 1), "none");
    bool sets = false;
    for_each_in_scope(body, [&](TSNode statement) {
      if (!sets && is(statement, "assignment") &&
          tree.text(field(statement, "left")) == flag_text) {
        TSNode right = unparenthesize(field(statement, "right"));
        sets = literal_truth(tree, right) == set_truth ||
               (none_test && is(right, "call"));
      }
      return !sets;
    });
    if (sets)
      return state;
  }
  return "";
}

} // namespace

std::string EmptiedState::how(const ModuleModel &module,
                              const std::string &name) const {
  auto in_module = by_module_.find(&module);
  if (in_module == by_module_.end())
    return "";
  auto it = in_module->second.find(name);
  return it == in_module->second.end() ? "" : it->second;
}

std::size_t EmptiedState::size() const {
  std::size_t names = fresh_.size();
  for (const auto &[module, emptied] : by_module_)
    names += emptied.size();
  return names;
}

std::string lazy_state(const SyntaxTree &tree, const FunctionInfo &function,
                       TSNode call) {
  if (std::string flag = once_flag(tree, function, call); !flag.empty())
    return flag;
  TSNode assignment = enclosing_assignment(call, function);
  if (ts_node_is_null(assignment))
    return "";
  std::string state = stored_state(tree, function, field(assignment, "left"));
  if (state.empty()) {
    // Built into a local first, then stored: the store is what is guarded.
    assignment = store_of_local(tree, function, assignment);
    if (ts_node_is_null(assignment))
      return "";
    state = stored_state(tree, function, field(assignment, "left"));
  }

  TSNode value = unparenthesize(field(assignment, "right"));
  if (is(value, "boolean_operator") &&
      tree.text(field(value, "operator")) == "or" &&
      tree.text(field(value, "left")) == state)
    return state;
  if (is(value, "conditional_expression") && mentions(tree, value, state))
    return state;

  // A condition may test a local read from the state instead of the state:
  //   c = _clients.get(name); if c is None: c = _clients[name] = make()
  std::vector<std::string> watched{state};
  // A global tested by name: `if "client" not in globals()`.
  if (is(field(assignment, "left"), "identifier") &&
      tree.text(function.node).find("globals()") != std::string_view::npos)
    for (const char *quote : {"\"", "'"})
      watched.push_back(quote + state + quote);
  for (const auto &[name, values] : function.bindings.assignments)
    for (TSNode bound : values)
      if (mentions(tree, bound, state) && name != state)
        watched.push_back(name);
  auto tests_state = [&](TSNode condition) {
    for (const std::string &text : watched)
      if (mentions(tree, condition, text))
        return true;
    return false;
  };

  // Walk out to the function body: an enclosing condition on the state, or an
  // earlier `if <state>: return` in any enclosing block, guards the store.
  std::vector<TSNode> outward = ancestors(assignment, function.node);
  outward.insert(outward.begin(), assignment);
  for (TSNode node : outward) {
    if (ts_node_eq(node, function.node))
      break;
    TSNode condition = condition_of(node);
    if (!ts_node_is_null(condition) &&
        (tests_state(condition) ||
         tests_attribute_presence(tree, condition, state)))
      return state;
    if (handles_missing_state(tree, node, state))
      return state;
    for (TSNode sibling = ts_node_prev_named_sibling(node);
         !ts_node_is_null(sibling);
         sibling = ts_node_prev_named_sibling(sibling))
      for (const std::string &text : watched)
        if (is_early_exit_check(tree, sibling, text))
          return state;
  }
  return "";
}

const FreshInstance *fresh_owner(const ModuleModel &module,
                                 const FunctionInfo &function,
                                 Receiver receiver, const std::string &state,
                                 const EmptiedState &emptied) {
  // A classmethod's `cls._client` is the class's, which lives on.
  const Parameter *self = function.self_parameter();
  if (!self || state.compare(0, self->name.size() + 1, self->name + ".") != 0)
    return nullptr;
  const ClassInfo *cls = receiver.cls ? receiver.cls
                                      : module.class_named(function.class_name);
  return cls ? emptied.fresh(cls) : nullptr;
}

bool is_lazily_initialized(const ModuleModel &module,
                           const FunctionInfo &function, Receiver receiver,
                           TSNode call, const EmptiedState &emptied) {
  std::string state = lazy_state(module.tree(), function, call);
  return !state.empty() && emptied.how(module, state).empty() &&
         !fresh_owner(module, function, receiver, state, emptied);
}

} // namespace hoist::python
