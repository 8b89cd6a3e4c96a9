#include "javascript/js_module.h"

#include <set>

#include "python/syntax_tree.h"

namespace hoist::javascript {
namespace {

using python::is;
using python::kind;
using python::named_children;

std::string without_node_prefix(std::string specifier) {
  if (specifier.rfind("node:", 0) == 0)
    specifier.erase(0, 5);
  return specifier;
}

std::string joined_path(const std::string &path, std::string_view member) {
  return path.empty() ? std::string(member) : path + "." + std::string(member);
}

bool is_function_node(TSNode node) {
  std::string_view type = kind(node);
  return type == "function_declaration" || type == "function_expression" ||
         type == "function" || type == "arrow_function" ||
         type == "generator_function_declaration" ||
         type == "generator_function";
}

/// `module.exports` or `exports`.
bool is_exports_object(const JsTree &tree, TSNode node) {
  if (is(node, "identifier"))
    return tree.text(node) == "exports";
  return is(node, "member_expression") &&
         tree.text(field(node, "object")) == "module" &&
         tree.text(field(node, "property")) == "exports";
}

/// Adds the names binding `pattern` declares (a parameter, a declarator's
/// name: `x`, `{ a, b: c }`, `[d, ...e]`, `f = 1`, TypeScript's `g: T`).
void bound_names(const JsTree &tree, TSNode pattern, std::set<std::string> &names) {
  if (ts_node_is_null(pattern))
    return;
  std::string_view type = kind(pattern);
  if (type == "identifier" || type == "type_identifier" ||
      type == "shorthand_property_identifier_pattern") {
    names.insert(std::string(tree.text(pattern)));
  } else if (type == "required_parameter" || type == "optional_parameter") {
    bound_names(tree, field(pattern, "pattern"), names);
  } else if (type == "assignment_pattern" || type == "object_assignment_pattern") {
    bound_names(tree, field(pattern, "left"), names);
  } else if (type == "pair_pattern") {
    bound_names(tree, field(pattern, "value"), names);
  } else if (type == "object_pattern" || type == "array_pattern" ||
             type == "rest_pattern" || type == "formal_parameters") {
    for (TSNode part : named_children(pattern))
      bound_names(tree, part, names);
  }
}

/// True when a function or block around `node` declares `name` itself (a
/// parameter, a local, a class or function): the name there is not the
/// module-level one.
bool shadowed(const JsTree &tree, TSNode node, const std::string &name) {
  std::set<std::string> names;
  for (TSNode scope = ts_node_parent(node); !ts_node_is_null(scope);
       scope = ts_node_parent(scope)) {
    if (is(scope, "program"))
      return false;
    if (is_function_node(scope) || is(scope, "method_definition")) {
      bound_names(tree, field(scope, "parameters"), names);
      bound_names(tree, field(scope, "parameter"), names);
    } else if (is(scope, "statement_block")) {
      for (TSNode statement : named_children(scope)) {
        std::string_view type = kind(statement);
        if (type == "lexical_declaration" || type == "variable_declaration") {
          for (TSNode declarator : named_children(statement))
            if (is(declarator, "variable_declarator"))
              bound_names(tree, field(declarator, "name"), names);
        } else if (type == "class_declaration" || type == "function_declaration") {
          bound_names(tree, field(statement, "name"), names);
        }
      }
    }
    if (names.count(name))
      return true;
  }
  return false;
}

} // namespace

std::optional<std::string> required_module(const JsTree &tree, TSNode node) {
  node = unwrap_expression(node);
  if (!is(node, "call_expression") ||
      tree.text(field(node, "function")) != "require")
    return std::nullopt;
  std::vector<TSNode> arguments = named_children(field(node, "arguments"));
  if (arguments.size() != 1)
    return std::nullopt;
  std::optional<std::string> specifier = string_value(tree, arguments[0]);
  if (!specifier)
    return std::nullopt;
  return without_node_prefix(*specifier);
}

std::optional<std::pair<std::string, std::string>>
imported_name(const JsModule &module, TSNode node) {
  node = unwrap_expression(node);
  if (is(node, "identifier")) {
    std::string name(module.tree().text(node));
    const Binding *binding = module.binding(name);
    if (!binding || binding->kind != Binding::Kind::Import ||
        shadowed(module.tree(), node, name))
      return std::nullopt;
    return std::pair(binding->module, binding->path);
  }
  if (is(node, "member_expression")) {
    TSNode property = field(node, "property");
    if (!is(property, "property_identifier"))
      return std::nullopt;
    auto object = imported_name(module, field(node, "object"));
    if (!object)
      return std::nullopt;
    object->second = joined_path(object->second, module.tree().text(property));
    return object;
  }
  if (auto required = required_module(module.tree(), node))
    return std::pair(*required, std::string());
  return std::nullopt;
}

JsModule::JsModule(std::unique_ptr<JsTree> tree) : tree_(std::move(tree)) {
  for (TSNode statement : named_children(tree_->root()))
    read_statement(statement);
}

const Binding *JsModule::binding(const std::string &name) const {
  auto found = names_.find(name);
  return found == names_.end() ? nullptr : &found->second;
}

void JsModule::export_name(const std::string &name, TSNode value, TSNode site) {
  exports_[name] = {value, site};
}

void JsModule::read_statement(TSNode statement) {
  std::string_view type = kind(statement);
  if (type == "import_statement") {
    read_import(statement);
  } else if (type == "export_statement") {
    TSNode declaration = field(statement, "declaration");
    TSNode value = field(statement, "value");
    bool is_default = false;
    for (uint32_t i = 0; i < ts_node_child_count(statement); ++i)
      if (kind(ts_node_child(statement, i)) == std::string_view("default"))
        is_default = true;
    if (!ts_node_is_null(declaration)) {
      read_declaration(declaration, statement);
      if (is_default) {
        export_name("default", declaration, statement);
      } else if (is_function_node(declaration)) {
        export_name(std::string(tree_->text(field(declaration, "name"))),
                    declaration, statement);
      } else {
        for (TSNode declarator : named_children(declaration))
          if (is(declarator, "variable_declarator") &&
              is(field(declarator, "name"), "identifier"))
            export_name(std::string(tree_->text(field(declarator, "name"))),
                        field(declarator, "value"), statement);
      }
    } else if (!ts_node_is_null(value)) {
      export_name("default", value, statement);
    } else if (!ts_node_is_null(field(statement, "source"))) {
      exports_unknown_names_ = true; // re-exports another module's names
    } else {
      // export { fn as handler }; TypeScript's `export = x` names no export
      for (uint32_t i = 0; i < ts_node_child_count(statement); ++i)
        if (kind(ts_node_child(statement, i)) == std::string_view("="))
          exports_unknown_names_ = true;
      for (TSNode clause : named_children(statement))
        if (is(clause, "export_clause"))
          for (TSNode specifier : named_children(clause)) {
            TSNode name = field(specifier, "name");
            TSNode alias = field(specifier, "alias");
            export_name(std::string(tree_->text(ts_node_is_null(alias) ? name : alias)),
                        name, statement);
          }
    }
  } else if (type == "lexical_declaration" || type == "variable_declaration" ||
             type == "function_declaration" ||
             type == "generator_function_declaration" ||
             type == "class_declaration") {
    read_declaration(statement, statement);
  } else if (type == "expression_statement") {
    TSNode expression = ts_node_named_child(statement, 0);
    if (is(expression, "assignment_expression"))
      read_assignment(expression);
  }
}

void JsModule::read_import(TSNode statement) {
  // `import type {...}`: types only, nothing runs.
  for (uint32_t i = 0; i < ts_node_child_count(statement); ++i)
    if (kind(ts_node_child(statement, i)) == std::string_view("type"))
      return;
  std::optional<std::string> source =
      string_value(*tree_, field(statement, "source"));
  if (!source)
    return;
  std::string module = without_node_prefix(*source);
  for (TSNode clause : named_children(statement)) {
    if (!is(clause, "import_clause"))
      continue;
    for (TSNode part : named_children(clause)) {
      if (is(part, "identifier")) { // default import
        names_[std::string(tree_->text(part))] =
            {Binding::Kind::Import, module, "", {}, statement};
      } else if (is(part, "namespace_import")) {
        TSNode name = ts_node_named_child(part, 0);
        names_[std::string(tree_->text(name))] =
            {Binding::Kind::Import, module, "", {}, statement};
      } else if (is(part, "named_imports")) {
        for (TSNode specifier : named_children(part)) {
          if (!is(specifier, "import_specifier"))
            continue;
          TSNode name = field(specifier, "name");
          TSNode alias = field(specifier, "alias");
          std::string exported(tree_->text(name));
          names_[std::string(tree_->text(ts_node_is_null(alias) ? name : alias))] =
              {Binding::Kind::Import, module,
               exported == "default" ? "" : exported, {}, statement};
        }
      }
    }
  }
}

void JsModule::read_declaration(TSNode declaration, TSNode site) {
  std::string_view type = kind(declaration);
  if (is_function_node(declaration) || type == "class_declaration") {
    TSNode name = field(declaration, "name");
    if (!ts_node_is_null(name))
      names_[std::string(tree_->text(name))] =
          {type == "class_declaration" ? Binding::Kind::Value
                                       : Binding::Kind::Function,
           "", "", declaration, site};
    return;
  }
  if (type != "lexical_declaration" && type != "variable_declaration")
    return;
  for (TSNode declarator : named_children(declaration)) {
    if (!is(declarator, "variable_declarator"))
      continue;
    TSNode name = field(declarator, "name");
    TSNode value = unwrap_expression(field(declarator, "value"));
    if (is(name, "identifier")) {
      std::string text(tree_->text(name));
      variables_.insert(text);
      if (!ts_node_is_null(value) && is_function_node(value)) {
        names_[text] = {Binding::Kind::Function, "", "", value, declarator};
      } else if (auto imported = !ts_node_is_null(value)
                                     ? imported_name(*this, value)
                                     : std::nullopt;
                 imported && (required_module(*tree_, value) ||
                              is(value, "member_expression"))) {
        // `const S3 = require('aws-sdk').S3`, `const AWS = require('aws-sdk')`
        names_[text] = {Binding::Kind::Import, imported->first,
                        imported->second, {}, declarator};
      } else {
        names_[text] = {Binding::Kind::Value, "", "", {}, declarator};
      }
    } else if (is(name, "object_pattern")) {
      // const { S3Client, GetObjectCommand: Get } = require('@aws-sdk/client-s3')
      auto imported = ts_node_is_null(value) ? std::nullopt
                                             : imported_name(*this, value);
      for (TSNode property : named_children(name)) {
        std::string key, local;
        if (is(property, "shorthand_property_identifier_pattern")) {
          key = local = tree_->text(property);
        } else if (is(property, "pair_pattern") &&
                   is(field(property, "value"), "identifier")) {
          key = tree_->text(field(property, "key"));
          local = tree_->text(field(property, "value"));
        } else {
          continue;
        }
        variables_.insert(local);
        names_[local] = imported ? Binding{Binding::Kind::Import, imported->first,
                                           joined_path(imported->second, key),
                                           {}, declarator}
                                 : Binding{Binding::Kind::Value, "", "", {}, declarator};
      }
    }
  }
}

void JsModule::read_assignment(TSNode assignment) {
  TSNode left = field(assignment, "left");
  TSNode right = field(assignment, "right");
  if (is_exports_object(*tree_, left)) {
    // module.exports = { handler, other: fn } or module.exports = fn
    TSNode value = unwrap_expression(right);
    if (is(value, "object")) {
      for (TSNode member : named_children(value)) {
        if (is(member, "spread_element"))
          exports_unknown_names_ = true;
        else if (is(member, "shorthand_property_identifier"))
          export_name(std::string(tree_->text(member)), member, assignment);
        else if (is(member, "pair"))
          export_name(std::string(tree_->text(field(member, "key"))),
                      field(member, "value"), assignment);
        else if (is(member, "method_definition"))
          export_name(std::string(tree_->text(field(member, "name"))), member,
                      assignment);
      }
    } else {
      export_name("default", right, assignment);
      exports_unknown_names_ = true;
    }
    return;
  }
  // exports.handler = ..., module.exports.handler = ...
  if (is(left, "member_expression") &&
      is_exports_object(*tree_, field(left, "object")))
    export_name(std::string(tree_->text(field(left, "property"))), right,
                assignment);
  // global.client = ...: state across invocations
  if (is(left, "member_expression")) {
    std::string_view object = tree_->text(field(left, "object"));
    if (object == "global" || object == "globalThis")
      variables_.insert(std::string(tree_->text(left)));
  }
}

} // namespace hoist::javascript
