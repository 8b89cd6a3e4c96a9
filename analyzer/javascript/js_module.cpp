#include "javascript/js_module.h"

#include <algorithm>
#include <set>

#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::kind;
using treesitter::named_children;

std::string without_node_prefix(std::string specifier) {
  if (specifier.rfind("node:", 0) == 0)
    specifier.erase(0, 5);
  return specifier;
}

std::string joined_path(const std::string &path, std::string_view member) {
  return path.empty() ? std::string(member) : path + "." + std::string(member);
}

/// `module.exports` or `exports`.
bool is_exports_object(const JsTree &tree, TSNode node) {
  if (is(node, "identifier"))
    return tree.text(node) == "exports";
  return is(node, "member_expression") &&
         tree.text(field(node, "object")) == "module" &&
         tree.text(field(node, "property")) == "exports";
}

/// The names `function`'s parameters bind.
std::set<std::string> parameter_names(const JsTree &tree, TSNode function) {
  std::set<std::string> names;
  bound_names(tree, field(function, "parameters"), names);
  bound_names(tree, field(function, "parameter"), names);
  return names;
}

/// Whether `node` is a block of statements that scopes the declarations in
/// it: a statement block, or a switch's body (`case 1: const c = ...`).
bool declaration_block(TSNode node) {
  return is(node, "statement_block") || is(node, "switch_body");
}

/// Calls `declares(declaration, name)` for each name `block`'s own
/// statements declare (a switch body's: its cases'), in order: a
/// variable_declarator's, a class or function declaration's.
template <typename Declares>
void block_declarations(const JsTree &tree, TSNode block, Declares declares) {
  if (is(block, "switch_body")) {
    for (TSNode clause : named_children(block))
      block_declarations(tree, clause, declares);
    return;
  }
  auto each = [&](TSNode declaration, TSNode pattern) {
    std::set<std::string> names;
    bound_names(tree, pattern, names);
    for (const std::string &name : names)
      declares(declaration, name);
  };
  for (TSNode statement : named_children(block)) {
    std::string_view type = kind(statement);
    if (type == "lexical_declaration" || type == "variable_declaration") {
      for (TSNode declarator : named_children(statement))
        if (is(declarator, "variable_declarator"))
          each(declarator, field(declarator, "name"));
    } else if (type == "class_declaration" || type == "function_declaration") {
      each(statement, field(statement, "name"));
    }
  }
}

} // namespace

void bound_names(const JsTree &tree, TSNode pattern,
                 std::set<std::string> &names) {
  if (ts_node_is_null(pattern))
    return;
  std::string_view type = kind(pattern);
  if (type == "required_parameter" || type == "optional_parameter") {
    bound_names(tree, field(pattern, "pattern"), names);
  } else if (type == "formal_parameters") {
    for (TSNode part : named_children(pattern))
      bound_names(tree, part, names);
  } else {
    // The names a declaration's pattern stores to, as an assignment's.
    for_each_stored_expression(pattern, [&](TSNode stored) {
      std::string_view stored_type = kind(stored);
      if (stored_type == "identifier" || stored_type == "type_identifier" ||
          stored_type == "shorthand_property_identifier_pattern")
        names.insert(std::string(tree.text(stored)));
    });
  }
}

std::optional<TSNode> local_declaration(const JsModule &module, TSNode node,
                                        const std::string &name) {
  if (!module.may_be_declared_locally(name))
    return std::nullopt; // most names: no parent walk
  uint32_t start = ts_node_start_byte(node), end = ts_node_end_byte(node);
  if (ts_node_child_count(node) == 0 && start < end) {
    // A token is inside a scope exactly when the scope's text holds it:
    // the innermost of those declaring `name`, without walking up.
    const JsModule::LocalScope *innermost = nullptr;
    for (const JsModule::LocalScope &local : module.local_scopes(name)) {
      uint32_t scope_start = ts_node_start_byte(local.scope);
      if (scope_start <= start && end <= ts_node_end_byte(local.scope) &&
          (!innermost || scope_start > ts_node_start_byte(innermost->scope)))
        innermost = &local;
    }
    return innermost ? std::optional(innermost->declaration) : std::nullopt;
  }
  const JsTree &tree = module.tree();
  for (TSNode scope = ts_node_parent(node); !ts_node_is_null(scope);
       scope = ts_node_parent(scope)) {
    if (is(scope, "program"))
      return std::nullopt;
    std::optional<TSNode> found;
    if (is_function_node(scope)) {
      if (parameter_names(tree, scope).count(name))
        found = scope;
    } else if (declaration_block(scope)) {
      block_declarations(tree, scope,
                         [&](TSNode declaration, const std::string &bound) {
                           if (!found && bound == name)
                             found = declaration;
                         });
    }
    if (found)
      return found;
  }
  return std::nullopt;
}

bool assigned_again(const JsModule &module, TSNode body, TSNode declarator) {
  const JsTree &tree = module.tree();
  std::string name(tree.text(field(declarator, "name")));
  bool found = false;
  treesitter::walk_named_descendants(body, [&](TSNode node) {
    TSNode target = is(node, "assignment_expression") ||
                            is(node, "augmented_assignment_expression")
                        ? field(node, "left")
                    : is(node, "update_expression") ? field(node, "argument")
                                                    : TSNode{};
    target = unwrap_expression(target);
    if (is(target, "identifier") && tree.text(target) == name) {
      auto declared = local_declaration(module, target, name);
      found = declared && ts_node_eq(*declared, declarator);
    }
    return !found;
  });
  return found;
}

std::set<std::string> expression_temporaries(const JsModule &module,
                                             TSNode expression,
                                             TSNode function) {
  const JsTree &tree = module.tree();
  std::set<std::string> seen, temporaries;
  treesitter::walk_named_descendants(expression, [&](TSNode node) {
    if (!is(node, "identifier"))
      return true;
    std::string name(tree.text(node));
    if (!seen.insert(name).second)
      return true;
    auto declared = local_declaration(module, node, name);
    TSNode assignment = ts_node_parent(node);
    if (!declared || !is(*declared, "variable_declarator") ||
        !ts_node_is_null(field(*declared, "value")) ||
        !is(ts_node_parent(*declared), "variable_declaration") ||
        !is(assignment, "assignment_expression") ||
        !ts_node_eq(field(assignment, "left"), node))
      return true;
    // tsc's shape, whose test assigns it first: `(_a = x) !== null && ...
    // ? ... : ...`, the name used nowhere else in `expression`.
    TSNode grouped = ts_node_parent(assignment);
    TSNode compared = ts_node_parent(grouped);
    TSNode tested = ts_node_parent(compared);
    TSNode ternary = ts_node_parent(tested);
    if (!is(grouped, "parenthesized_expression") ||
        !is(compared, "binary_expression") ||
        !ts_node_eq(field(compared, "left"), grouped) ||
        !is(tested, "binary_expression") ||
        !ts_node_eq(field(tested, "left"), compared) ||
        !is(ternary, "ternary_expression") ||
        !ts_node_eq(field(ternary, "condition"), tested))
      return true;
    bool outside = false;
    treesitter::walk_named_descendants(expression, [&](TSNode use) {
      outside = is(use, "identifier") && tree.text(use) == name &&
                (ts_node_start_byte(use) < ts_node_start_byte(ternary) ||
                 ts_node_end_byte(use) > ts_node_end_byte(ternary));
      return !outside;
    });
    if (outside)
      return true;
    // Declared in `function` itself, not around it.
    TSNode owner = ts_node_parent(*declared);
    while (!ts_node_is_null(owner) && !is_function_node(owner))
      owner = ts_node_parent(owner);
    if (!ts_node_eq(owner, function))
      return true;
    bool nested = false;
    treesitter::walk_named_descendants(
        field(function, "body"), [&](TSNode use) {
          if (is(use, "identifier") && tree.text(use) == name &&
              in_nested_function(use, function)) {
            auto bound = local_declaration(module, use, name);
            nested = bound && ts_node_eq(*bound, *declared);
          }
          return !nested;
        });
    if (!nested)
      temporaries.insert(name);
    return true;
  });
  return temporaries;
}

TSNode loaded_specifier(const JsModule &module, TSNode node) {
  node = unwrap_expression(node);
  if (!is(node, "call_expression"))
    return {};
  const JsTree &tree = module.tree();
  TSNode callee = field(node, "function");
  bool loads = is(callee, "import"); // await import('m')
  if (is(callee, "identifier")) {
    std::string name(tree.text(callee));
    const Binding *binding = module.binding(name);
    loads =
        !local_declaration(module, callee, name) &&
        (binding ? binding->kind == Binding::Kind::Require : name == "require");
  }
  if (!loads)
    return {};
  std::vector<TSNode> arguments = named_children(field(node, "arguments"));
  return arguments.size() == 1 ? arguments[0] : TSNode{};
}

std::optional<std::string> required_module(const JsModule &module,
                                           TSNode node) {
  TSNode argument = loaded_specifier(module, node);
  std::optional<std::string> specifier =
      ts_node_is_null(argument) ? std::nullopt
                                : string_value(module.tree(), argument);
  if (!specifier)
    return std::nullopt;
  return without_node_prefix(*specifier);
}

std::vector<ModuleLoad> module_loads(const JsModule &module) {
  const JsTree &tree = module.tree();
  std::vector<ModuleLoad> loads;
  treesitter::walk_named_descendants(tree.root(), [&](TSNode node) {
    if (is(node, "import_statement") || is(node, "export_statement")) {
      // TypeScript's `import type` and `export type ... from` load nothing:
      // the compiler erases them.
      TSNode second = ts_node_child(node, 1);
      bool type_only = !ts_node_is_null(second) &&
                       !ts_node_is_named(second) &&
                       tree.text(second) == "type";
      if (TSNode source = field(node, "source");
          !ts_node_is_null(source) && !type_only)
        loads.push_back({node, string_value(tree, source)});
    } else if (TSNode argument = loaded_specifier(module, node);
               !ts_node_is_null(argument)) {
      std::optional<std::string> specifier = string_value(tree, argument);
      loads.push_back(
          {node, specifier ? std::optional<std::string>(
                                 without_node_prefix(*specifier))
                           : std::nullopt});
    }
    return true;
  });
  return loads;
}

namespace {

/// The SDK X-Ray's `captureAWS(require('aws-sdk'))` (of aws-xray-sdk or
/// aws-xray-sdk-core) instruments and returns: the same module, traced.
std::optional<std::pair<std::string, std::string>>
instrumented_sdk(const JsModule &module, TSNode node) {
  node = unwrap_expression(node);
  if (!is(node, "call_expression"))
    return std::nullopt;
  std::vector<TSNode> arguments = named_children(field(node, "arguments"));
  auto capture = imported_name(module, field(node, "function"));
  if (arguments.size() != 1 || !capture ||
      (capture->first != "aws-xray-sdk" && capture->first != "aws-xray-sdk-core") ||
      capture->second != "captureAWS")
    return std::nullopt;
  return imported_name(module, arguments[0]);
}

/// True for a package's specifier, not a project module's path.
bool names_package(const std::string &specifier) {
  return !specifier.empty() && specifier.front() != '.' &&
         specifier.front() != '/';
}

/// The package a compiler's interop helper wraps: `require('m')` in tsc's
/// `__importDefault(require('m'))` and `__importStar(...)` (or tslib's,
/// `tslib_1.__importDefault(...)`), Babel's `_interopRequireDefault(...)`
/// and `_interopRequireWildcard(...)`; a null node otherwise. The helpers
/// give the package's own exports and its default as `.default`.
TSNode interop_wrapped(const JsModule &module, TSNode node) {
  node = unwrap_expression(node);
  if (!is(node, "call_expression"))
    return {};
  TSNode callee = unwrap_expression(field(node, "function"));
  if (is(callee, "member_expression"))
    callee = field(callee, "property");
  static const std::set<std::string_view> kHelpers{
      "__importDefault", "__importStar", "_interopRequireDefault",
      "_interopRequireWildcard"};
  std::vector<TSNode> arguments = named_children(field(node, "arguments"));
  if (!kHelpers.count(module.tree().text(callee)) || arguments.empty())
    return {};
  auto required = required_module(module, arguments[0]);
  return required && names_package(*required) ? arguments[0] : TSNode{};
}

} // namespace

std::optional<std::pair<std::string, std::string>>
declared_import(const JsModule &module, TSNode declarator,
                const std::string &name) {
  const JsTree &tree = module.tree();
  TSNode pattern = field(declarator, "name");
  TSNode value = unwrap_expression(field(declarator, "value"));
  if (ts_node_is_null(value))
    return std::nullopt;
  auto imported = imported_name(module, value);
  if (!imported)
    return std::nullopt;
  if (is(pattern, "identifier"))
    return tree.text(pattern) == name &&
                   (required_module(module, value) ||
                    is(value, "member_expression") ||
                    instrumented_sdk(module, value) ||
                    !ts_node_is_null(interop_wrapped(module, value)))
               ? imported
               : std::nullopt;
  if (!is(pattern, "object_pattern"))
    return std::nullopt;
  for (TSNode property : named_children(pattern)) {
    if (is(property, "shorthand_property_identifier_pattern") &&
        tree.text(property) == name)
      return std::pair(imported->first, joined_path(imported->second, name));
    if (is(property, "pair_pattern") &&
        tree.text(field(property, "value")) == name)
      return std::pair(
          imported->first,
          joined_path(imported->second, tree.text(field(property, "key"))));
  }
  return std::nullopt;
}

std::optional<std::pair<std::string, std::string>>
imported_name(const JsModule &module, TSNode node) {
  node = unwrap_expression(node);
  if (is(node, "identifier")) {
    std::string name(module.tree().text(node));
    // const { S3Client } = await import('@aws-sdk/client-s3') in a function
    if (auto local = local_declaration(module, node, name))
      return is(*local, "variable_declarator")
                 ? declared_import(module, *local, name)
                 : std::nullopt;
    const Binding *binding = module.binding(name);
    if (!binding || binding->kind != Binding::Kind::Import)
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
    // A package's default export is the package, as its default import
    // is (`aws_sdk_1.default.S3` of tsc's `__importDefault`).
    if (object->second.empty() && names_package(object->first) &&
        module.tree().text(property) == "default")
      return object;
    object->second = joined_path(object->second, module.tree().text(property));
    return object;
  }
  // tsc calls an import's function unbound: `(0, dotenv_1.config)(...)`.
  if (is(node, "sequence_expression") && ts_node_named_child_count(node) == 2 &&
      is(ts_node_named_child(node, 0), "number"))
    return imported_name(module, ts_node_named_child(node, 1));
  if (auto required = required_module(module, node))
    return std::pair(*required, std::string());
  if (auto sdk = instrumented_sdk(module, node))
    return sdk;
  if (TSNode wrapped = interop_wrapped(module, node); !ts_node_is_null(wrapped))
    return imported_name(module, wrapped);
  return std::nullopt;
}

JsModule::JsModule(std::unique_ptr<JsTree> tree) : tree_(std::move(tree)) {
  for (TSNode statement : named_children(tree_->root()))
    read_statement(statement);
  // Every name a declaration binds, anywhere: one bound more often than the
  // module binds it at its top level may be a function's own.
  std::map<std::string, int> declared;
  auto count = [&](TSNode pattern) {
    std::set<std::string> names;
    bound_names(*tree_, pattern, names);
    for (const std::string &name : names)
      ++declared[name];
  };
  // One walk: the assignments in functions are read once the names are
  // counted. Source order: a node starting before the end of the function
  // last entered at the top is inside it.
  std::vector<TSNode> assignments_in_functions;
  uint32_t function_end = 0;
  treesitter::walk_named_descendants(tree_->root(), [&](TSNode node) {
    std::string_view type = kind(node);
    if (type == "variable_declarator" || type == "class_declaration" ||
        type == "function_declaration" ||
        type == "generator_function_declaration")
      count(field(node, "name"));
    if (is_function_type(type)) {
      for (const std::string &name : parameter_names(*tree_, node)) {
        ++declared[name];
        local_scopes_[name].push_back({node, node});
      }
    } else if (declaration_block(node)) {
      block_declarations(*tree_, node,
                         [&](TSNode declaration, const std::string &name) {
                           std::vector<LocalScope> &scopes = local_scopes_[name];
                           if (scopes.empty() ||
                               !ts_node_eq(scopes.back().scope, node))
                             scopes.push_back({node, declaration});
                         });
    }
    if (opens_scope_type(type)) {
      function_end = std::max(function_end, ts_node_end_byte(node));
    } else if ((type == "assignment_expression" ||
                type == "augmented_assignment_expression") &&
               ts_node_start_byte(node) < function_end) {
      assignments_in_functions.push_back(node);
    }
    return true;
  });
  for (const auto &[name, times] : declared) {
    const Binding *module_level = binding(name);
    if (times > (module_level && module_level->kind != Binding::Kind::Import))
      locally_declared_.insert(name);
  }
  for (TSNode assignment : assignments_in_functions) {
    TSNode left = field(assignment, "left");
    std::string name(tree_->text(left));
    if (is(left, "identifier") && variables_.count(name) &&
        !local_declaration(*this, left, name))
      filled_in_functions_.insert(name);
  }
}

const std::vector<JsModule::LocalScope> &
JsModule::local_scopes(const std::string &name) const {
  static const std::vector<LocalScope> none;
  auto found = local_scopes_.find(name);
  return found == local_scopes_.end() ? none : found->second;
}

const Binding *JsModule::binding(const std::string &name) const {
  auto found = names_.find(name);
  return found == names_.end() ? nullptr : &found->second;
}

void JsModule::export_name(const std::string &name, TSNode value, TSNode site) {
  Export exported{value, site};
  // `exports.handler = logged(exports.handler)`: the value read is the
  // one the name held before.
  if (auto before = exports_.find(name); before != exports_.end()) {
    std::string_view text = tree_->text(value);
    for (const char *object : {"exports.", "module.exports."})
      if (text.find(std::string(object) + name) != std::string_view::npos)
        exported.replaced = before->second.value;
  }
  exports_[name] = exported;
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
      } else if (is_function_node(declaration) ||
                 is(declaration, "class_declaration")) {
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
    } else if (auto source = string_value(*tree_, field(statement, "source"))) {
      exports_unknown_names_ = true; // re-exports another module's names
      bool clause = false;
      for (TSNode part : named_children(statement)) {
        clause =
            clause || is(part, "export_clause") || is(part, "namespace_export");
        if (is(part, "export_clause"))
          for (TSNode specifier : named_children(part)) {
            TSNode name = field(specifier, "name");
            TSNode alias = field(specifier, "alias");
            exports_[std::string(
                tree_->text(ts_node_is_null(alias) ? name : alias))] = {
                specifier, statement, without_node_prefix(*source),
                std::string(tree_->text(name))};
          }
      }
      if (!clause) // export * from './impl'
        star_sources_.push_back({without_node_prefix(*source), statement});
    } else if (!ts_node_is_null(field(statement, "source"))) {
      exports_unknown_names_ = true;
    } else {
      // TypeScript's `export = x` is CommonJS's `module.exports = x`
      for (uint32_t i = 0; i + 1 < ts_node_child_count(statement); ++i)
        if (kind(ts_node_child(statement, i)) == std::string_view("="))
          read_module_exports(ts_node_child(statement, i + 1), statement);
      // export { fn as handler }
      for (TSNode clause : named_children(statement))
        if (is(clause, "export_clause"))
          for (TSNode specifier : named_children(clause)) {
            TSNode name = field(specifier, "name");
            TSNode alias = field(specifier, "alias");
            export_name(
                std::string(tree_->text(ts_node_is_null(alias) ? name : alias)),
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
  // TypeScript's `import AWS = require('aws-sdk')`
  for (TSNode clause : named_children(statement))
    if (is(clause, "import_require_clause")) {
      std::optional<std::string> required =
          string_value(*tree_, field(clause, "source"));
      TSNode name = ts_node_named_child(clause, 0);
      if (required && is(name, "identifier"))
        names_[std::string(tree_->text(name))] = {
            Binding::Kind::Import,
            without_node_prefix(*required),
            "",
            {},
            statement};
    }
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
        names_[std::string(tree_->text(part))] = {
            Binding::Kind::Import, module, "", {}, statement};
      } else if (is(part, "namespace_import")) {
        TSNode name = ts_node_named_child(part, 0);
        names_[std::string(tree_->text(name))] = {
            Binding::Kind::Import, module, "", {}, statement};
      } else if (is(part, "named_imports")) {
        for (TSNode specifier : named_children(part)) {
          if (!is(specifier, "import_specifier"))
            continue;
          TSNode name = field(specifier, "name");
          TSNode alias = field(specifier, "alias");
          std::string exported(tree_->text(name));
          names_[std::string(
              tree_->text(ts_node_is_null(alias) ? name : alias))] = {
              Binding::Kind::Import,
              module,
              exported == "default" ? "" : exported,
              {},
              statement};
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
      names_[std::string(tree_->text(name))] = {type == "class_declaration"
                                                    ? Binding::Kind::Value
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
      } else if (auto imported = declared_import(*this, declarator, text)) {
        // `const S3 = require('aws-sdk').S3`, `const AWS = require('aws-sdk')`
        names_[text] = {Binding::Kind::Import,
                        imported->first,
                        imported->second,
                        {},
                        declarator};
      } else if (loads_modules(value)) {
        names_[text] = {Binding::Kind::Require, "", "", {}, declarator};
      } else {
        names_[text] = {Binding::Kind::Value, "", "", {}, declarator};
      }
    } else if (is(name, "object_pattern")) {
      // const { S3Client, GetObjectCommand: Get } =
      // require('@aws-sdk/client-s3')
      std::set<std::string> locals;
      bound_names(*tree_, name, locals);
      for (const std::string &local : locals) {
        variables_.insert(local);
        auto imported = declared_import(*this, declarator, local);
        names_[local] =
            imported ? Binding{Binding::Kind::Import,
                               imported->first,
                               imported->second,
                               {},
                               declarator}
                     : Binding{Binding::Kind::Value, "", "", {}, declarator};
      }
    }
  }
}

/// True for what loads modules like `require`: `require` itself (`const r
/// = require`), `createRequire(import.meta.url)` of node:module.
bool JsModule::loads_modules(TSNode value) const {
  if (is(value, "identifier"))
    return tree_->text(value) == "require" && !binding("require");
  if (!is(value, "call_expression"))
    return false;
  auto made = imported_name(*this, field(value, "function"));
  return made && made->first == "module" && made->second == "createRequire";
}

void JsModule::read_module_exports(TSNode right, TSNode site) {
  // module.exports = { handler, other: fn } or module.exports = fn
  TSNode value = unwrap_expression(right);
  // const db = { query: ... }; module.exports = db
  if (is(value, "identifier"))
    if (const Binding *bound = binding(std::string(tree_->text(value)));
        bound && bound->kind == Binding::Kind::Value &&
        is(bound->site, "variable_declarator") &&
        is(unwrap_expression(field(bound->site, "value")), "object"))
      value = unwrap_expression(field(bound->site, "value"));
  if (is(value, "object")) {
    for (TSNode member : named_children(value)) {
      if (is(member, "spread_element"))
        exports_unknown_names_ = true;
      else if (is(member, "shorthand_property_identifier"))
        export_name(std::string(tree_->text(member)), member, site);
      else if (is(member, "pair"))
        export_name(std::string(tree_->text(field(member, "key"))),
                    field(member, "value"), site);
      else if (is(member, "method_definition"))
        export_name(std::string(tree_->text(field(member, "name"))), member,
                    site);
    }
  } else {
    export_name("default", right, site);
    exports_unknown_names_ = true;
    if (auto required = required_module(*this, right))
      star_sources_.push_back({*required, site});
  }
}

void JsModule::read_assignment(TSNode assignment) {
  TSNode left = field(assignment, "left");
  TSNode right = field(assignment, "right");
  if (is_exports_object(*tree_, left)) {
    read_module_exports(right, assignment);
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

/// The value of the local `const` `name` names (`const region =
/// arn.split(':')[3]`), or a null node; with `destructured`, also the value
/// a `const` pattern takes `name` from (`const { uri } = config[name]`).
TSNode const_value(const JsModule &module, TSNode name, bool destructured) {
  if (!is(name, "identifier") && !is(name, "shorthand_property_identifier"))
    return {};
  auto declared =
      local_declaration(module, name, std::string(module.tree().text(name)));
  if (!declared || !is(*declared, "variable_declarator") ||
      !(destructured || is(field(*declared, "name"), "identifier")))
    return {};
  TSNode declaration = ts_node_parent(*declared);
  if (!is(declaration, "lexical_declaration") ||
      kind(ts_node_child(declaration, 0)) != std::string_view("const"))
    return {};
  return unwrap_expression(field(*declared, "value"));
}

} // namespace hoist::javascript
