#include "javascript/js_registrations.h"

#include <algorithm>
#include <optional>

#include "javascript/js_handlers.h"

namespace hoist::javascript {

using treesitter::is;
using treesitter::named_children;

namespace {

/// True when `function` looks like what handles a request: named like a
/// handler (`handleRecord`, `handlerWithStage`) or taking an event first.
bool handles_requests(const JsTree &tree, TSNode function) {
  std::string name = lowered(function_name(tree, function));
  return name.find("handle") != std::string::npos ||
         takes_event_first(tree, function);
}

/// The expression the export `name` of `module` is (through a name bound
/// to it at module level), or a null node for a re-export or none.
TSNode export_expression(const JsModule &module, const std::string &name) {
  auto exported = module.exports().find(name);
  if (exported == module.exports().end() ||
      !exported->second.from_module.empty())
    return {};
  TSNode value = unwrap_expression(exported->second.value);
  const JsTree &tree = module.tree();
  if (is(value, "identifier") || is(value, "shorthand_property_identifier"))
    if (const Binding *binding = module.binding(std::string(tree.text(value))))
      if (binding->kind == Binding::Kind::Value &&
          is(binding->site, "variable_declarator"))
        value = unwrap_expression(field(binding->site, "value"));
  return value;
}

} // namespace

bool is_module_object(const JsModule &module, TSNode node) {
  node = unwrap_expression(node);
  if (!is(node, "identifier"))
    return false;
  std::string name(module.tree().text(node));
  const Binding *binding = module.binding(name);
  return binding && binding->kind == Binding::Kind::Value &&
         is(binding->site, "variable_declarator") &&
         !local_declaration(module, node, name);
}

std::vector<Registrations::Registered>
Registrations::of_export(const JsModule &module, const std::string &name) {
  TSNode value = export_expression(module, name);
  const JsTree &tree = module.tree();
  auto dispatching = [&](TSNode member) {
    return is(member, "member_expression") &&
           catalogue_.dispatches(tree.text(field(member, "property")));
  };
  if (is(value, "call_expression")) {
    TSNode callee = unwrap_expression(field(value, "function"));
    if (dispatching(callee))
      add_object(module, field(callee, "object"), 0);
    else if (!is(callee, "member_expression")) { // serverless(app)
      std::vector<TSNode> arguments = arguments_of(value);
      std::vector<TSNode> functions, handling;
      for (TSNode argument : arguments)
        if (auto function = resolve_function(modules_, module, argument);
            function && is_function_node(function->second)) {
          functions.push_back(argument);
          if (handles_requests(function->first->tree(), function->second))
            handling.push_back(argument);
        }
      bool several = functions.size() > 1;
      if (several && handling.size() != 1)
        unknown_wrapper_ = value;
      auto given = [](const std::vector<TSNode> &nodes, TSNode node) {
        return std::any_of(nodes.begin(), nodes.end(),
                           [&](TSNode n) { return ts_node_eq(n, node); });
      };
      for (TSNode argument : arguments)
        if (!several || !given(functions, argument) ||
            (handling.size() == 1 && given(handling, argument)))
          add_value(module, argument, argument, 0);
    }
  } else if (dispatching(value)) {
    add_object(module, field(value, "object"), 0);
  }
  return std::move(found_);
}

std::vector<Registrations::Registered>
Registrations::of_middleware(const JsModule &module, const std::string &name) {
  TSNode value = export_expression(module, name);
  const JsTree &tree = module.tree();
  // middy(base).use(m).before(f): the chained calls, outermost first, down
  // to the wrapper's own call.
  std::vector<std::pair<std::string_view, TSNode>> chained;
  while (is(value, "call_expression") &&
         is(unwrap_expression(field(value, "function")), "member_expression")) {
    TSNode callee = unwrap_expression(field(value, "function"));
    chained.emplace_back(tree.text(field(callee, "property")), value);
    value = unwrap_expression(field(callee, "object"));
  }
  auto wrapper = is(value, "call_expression")
                     ? imported_name(module, field(value, "function"))
                     : std::nullopt;
  const JsCatalogue::Middleware *middleware =
      wrapper ? catalogue_.middleware(wrapper->first, wrapper->second)
              : nullptr;
  if (!middleware)
    return {};
  auto among = [](const std::vector<std::string> &names, std::string_view n) {
    return std::find(names.begin(), names.end(), n) != names.end();
  };
  for (const auto &[method, call] : chained)
    for (TSNode argument : arguments_of(call)) {
      if (among(middleware->attach, method))
        add_hooks(module, argument, middleware->hooks, 0);
      else if (among(middleware->hooks, method))
        add_value(module, argument, argument, 0);
    }
  return std::move(found_);
}

void Registrations::add_hooks(const JsModule &module, TSNode node,
                              const std::vector<std::string> &hooks,
                              int depth) {
  node = unwrap_expression(node);
  if (depth > kMaxRegistrationDepth || ts_node_is_null(node))
    return;
  const JsTree &tree = module.tree();
  if (is(node, "array")) {
    for (TSNode element : named_children(node))
      add_hooks(module, element, hooks, depth + 1);
  } else if (is(node, "object")) {
    for (TSNode member : named_children(node)) {
      bool pair = is(member, "pair") || is(member, "method_definition");
      std::string_view key =
          pair ? tree.text(field(member, is(member, "pair") ? "key" : "name"))
               : tree.text(member);
      if (std::find(hooks.begin(), hooks.end(), key) != hooks.end())
        add_value(module, is(member, "pair") ? field(member, "value") : member,
                  member, depth + 1);
    }
  } else if (is(node, "identifier")) {
    std::string name(tree.text(node));
    const Binding *binding = module.binding(name);
    std::optional<TSNode> local = local_declaration(module, node, name);
    TSNode declarator = local ? *local : binding ? binding->site : TSNode{};
    if (is(declarator, "variable_declarator"))
      add_hooks(module, field(declarator, "value"), hooks, depth + 1);
    // A middleware object another module of the project exports (`import
    // { LogUser } from '../middlewares/LogUser'`).
    if (!local && binding && binding->kind == Binding::Kind::Import)
      if (const JsModule *target = modules_.imported(module, binding->module))
        if (auto exported = target->exports().find(
                binding->path.empty() ? "default" : binding->path);
            exported != target->exports().end())
          add_hooks(*target, exported->second.value, hooks, depth + 1);
  } else if (is(node, "call_expression")) {
    // dbConnect(): the object the function of the project returns
    auto made = resolve_function(modules_, module, field(node, "function"));
    if (!made || !is_function_node(made->second))
      return;
    TSNode body = field(made->second, "body");
    if (!is(body, "statement_block")) {
      add_hooks(*made->first, body, hooks, depth + 1);
      return;
    }
    walk_own_body(made->second, [&](TSNode part) {
      if (is(part, "return_statement") && ts_node_named_child_count(part) > 0)
        add_hooks(*made->first, ts_node_named_child(part, 0), hooks,
                  depth + 1);
      return true;
    });
  }
}

std::vector<Registrations::Registered>
Registrations::of_object(const JsModule &module, TSNode node) {
  add_object(module, node, 0);
  return std::move(found_);
}

void Registrations::add_value(const JsModule &module, TSNode node, TSNode site,
                              int depth) {
  node = unwrap_expression(node);
  if (depth > kMaxRegistrationDepth || ts_node_is_null(node) ||
      !seen_.insert({&module, ts_node_start_byte(node)}).second)
    return;
  auto function = resolve_function(modules_, module, node);
  if (function && is_function_node(function->second))
    found_.push_back({function->first, function->second, &module, site});
  else
    add_object(module, node, depth + 1);
}

void Registrations::add_object(const JsModule &module, TSNode node, int depth) {
  node = unwrap_expression(node);
  if (depth > kMaxRegistrationDepth || ts_node_is_null(node))
    return;
  const JsTree &tree = module.tree();
  if (is(node, "object")) {
    for (TSNode member : named_children(node))
      add_value(module, is(member, "pair") ? field(member, "value") : member,
                member, depth + 1);
    return;
  }
  // require('./routes/users'): what that module exports
  if (auto required = required_module(module, node)) {
    if (const JsModule *target = modules_.imported(module, *required))
      if (auto exported = target->exports().find("default");
          exported != target->exports().end())
        add_object(*target, exported->second.value, depth + 1);
    return;
  }
  if (!is(node, "identifier") && !is(node, "shorthand_property_identifier"))
    return;
  std::string name(tree.text(node));
  const Binding *binding = module.binding(name);
  if (!binding)
    return;
  if (binding->kind == Binding::Kind::Import) {
    if (const JsModule *target = modules_.imported(module, binding->module)) {
      auto exported = target->exports().find(
          binding->path.empty() ? "default" : binding->path);
      if (exported != target->exports().end())
        add_object(*target, exported->second.value, depth + 1);
    }
    return;
  }
  if (binding->kind != Binding::Kind::Value ||
      !is(binding->site, "variable_declarator"))
    return;
  TSNode value = unwrap_expression(field(binding->site, "value"));
  if (is(value, "object"))
    add_object(module, value, depth + 1);
  else if (is(value, "call_expression") || is(value, "new_expression"))
    for (TSNode argument : arguments_of(value))
      add_value(module, argument, argument, depth + 1);
  // app.get('/x', fn), app.use('/users', router), at module level, and
  // each call of a chain: router.route('/x').get(fn).post(other)
  for (TSNode statement : named_children(tree.root())) {
    TSNode call = unwrap_expression(ts_node_named_child(statement, 0));
    if (!is(statement, "expression_statement") || !is(call, "call_expression"))
      continue;
    std::vector<TSNode> chain;
    TSNode callee = unwrap_expression(field(call, "function"));
    while (is(callee, "member_expression")) {
      chain.push_back(call);
      call = unwrap_expression(field(callee, "object"));
      if (!is(call, "call_expression"))
        break;
      callee = unwrap_expression(field(call, "function"));
    }
    if (!chain.empty() && root_name(tree, callee) == name)
      for (TSNode link : chain)
        for (TSNode argument : arguments_of(link))
          add_value(module, argument, argument, depth + 1);
  }
}

} // namespace hoist::javascript
