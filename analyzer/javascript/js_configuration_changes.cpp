#include "javascript/js_configuration_changes.h"

#include "core/message_excerpt.h"
#include "javascript/js_resolve.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::walk_named_descendants;

/// The target `node` writes the environment through: the left side of an
/// assignment, the argument of `delete`, `Object.assign`'s first argument.
TSNode environment_target(const JsTree &tree, TSNode node) {
  auto is_environment = [&](TSNode target) {
    return tree.text(unwrap_expression(target)).rfind("process.env", 0) == 0;
  };
  TSNode target{};
  if (is(node, "assignment_expression") ||
      is(node, "augmented_assignment_expression"))
    target = field(node, "left");
  else if (is(node, "unary_expression") &&
           ts_node_type(field(node, "operator")) == std::string_view("delete"))
    target = field(node, "argument");
  else if (is(node, "call_expression") &&
           tree.text(field(node, "function")) == "Object.assign") {
    std::vector<TSNode> arguments = arguments_of(node);
    target = arguments.empty() ? TSNode{} : arguments[0];
  }
  return !ts_node_is_null(target) && is_environment(target)
             ? unwrap_expression(target)
             : TSNode{};
}

} // namespace

bool writes_environment(const JsTree &tree, TSNode node) {
  return !ts_node_is_null(environment_target(tree, node));
}

std::optional<std::string> written_variable(const JsTree &tree, TSNode node) {
  TSNode target = environment_target(tree, node);
  if (is(target, "member_expression") &&
      tree.text(field(target, "object")) == "process.env")
    return std::string(tree.text(field(target, "property")));
  if (is(target, "subscript_expression") &&
      tree.text(field(target, "object")) == "process.env")
    return string_value(tree, field(target, "index"));
  return std::nullopt;
}

bool changes_sdk_configuration(const JsModule &module, TSNode node) {
  TSNode target{};
  if (is(node, "assignment_expression") ||
      is(node, "augmented_assignment_expression"))
    target = field(node, "left");
  else if (is(node, "call_expression"))
    target = field(node, "function");
  auto name = ts_node_is_null(target) ? std::nullopt
                                      : imported_name(module, target);
  return name && (name->first == "aws-sdk" || name->first == "aws-sdk/global") &&
         (name->second == "config" || name->second.rfind("config.", 0) == 0);
}

std::string later_init_change(const JsModule &module, TSNode statement,
                              bool sdk_configuration) {
  const JsTree &tree = module.tree();
  std::string found;
  for (; !ts_node_is_null(statement) && found.empty();
       statement = ts_node_next_named_sibling(statement))
    if (!opens_scope(statement))
      walk_named_descendants(statement, [&](TSNode node) {
        if (writes_environment(tree, node) ||
            (sdk_configuration && changes_sdk_configuration(module, node)))
          found = message_excerpt(tree.text(node), 60);
        return found.empty() && !opens_scope(node);
      });
  return found;
}

void InvokePathChanges::note(const JsModule &module,
                             const JsCatalogue &catalogue, TSNode node,
                             const std::string &function) {
  const JsTree &tree = module.tree();
  auto library = is(node, "call_expression")
                     ? imported_name(module, field(node, "function"))
                     : std::nullopt;
  if (library && catalogue.writes_environment(library->first, library->second)) {
    if (writes_unnamed.empty())
      writes_unnamed = function;
    if (environment.empty())
      environment = "'" + function + "' runs '" +
                    message_excerpt(tree.text(node), 60) + "'";
  } else if (writes_environment(tree, node)) {
    std::optional<std::string> variable = written_variable(tree, node);
    if (variable)
      variables.emplace(*variable, function);
    else if (writes_unnamed.empty())
      writes_unnamed = function;
    if (environment.empty())
      environment = "'" + function + "' writes '" +
                    (variable ? "process.env." + *variable
                              : message_excerpt(tree.text(node), 60)) +
                    "'";
  }
  // The variable an assignment changes, or a member of it.
  TSNode target = is(node, "assignment_expression") ||
                          is(node, "augmented_assignment_expression")
                      ? field(node, "left")
                  : is(node, "update_expression") ? field(node, "argument")
                                                  : TSNode{};
  for (target = unwrap_expression(target);
       is(target, "member_expression") || is(target, "subscript_expression");
       target = unwrap_expression(field(target, "object"))) {
  }
  if (is(target, "identifier")) {
    std::string name(tree.text(target));
    if (module.is_module_variable(name) &&
        !local_declaration(module, target, name))
      state.emplace(std::pair(&module, name), function);
  }
  if (sdk_configuration.empty() && changes_sdk_configuration(module, node))
    sdk_configuration = "'" + function + "' runs '" +
                        message_excerpt(tree.text(node), 60) + "'";
}

std::string InvokePathChanges::assigner(const JsModule &module,
                                        const std::string &name) const {
  auto assigned = state.find(std::pair(&module, name));
  return assigned == state.end() ? "" : assigned->second;
}

std::string InvokePathChanges::writer(const std::string &variable) const {
  if (!writes_unnamed.empty())
    return writes_unnamed;
  if (variable == "*")
    return variables.empty() ? "" : variables.begin()->second;
  auto written = variables.find(variable);
  return written == variables.end() ? "" : written->second;
}

} // namespace hoist::javascript
