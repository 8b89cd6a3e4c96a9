#include "javascript/js_hoist_fix.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/failing_at_init.h"
#include "core/function_environment.h"
#include "core/message_excerpt.h"
#include "core/own_lines.h"
#include "javascript/js_configuration_changes.h"
#include "javascript/js_failure.h"
#include "javascript/js_local_object.h"
#include "javascript/js_resolve.h"
#include "javascript/js_sdk_v2_versions.h"
#include "javascript/js_wrapped_client.h"
#include "rules/rule_ids.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::kind;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// `text` (a statement indented by `indent` columns) with each line after
/// the first moved `indent` columns left, as far as it is indented.
std::string dedented(std::string_view text, std::size_t indent) {
  std::string out;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find('\n', at);
    std::string_view line = text.substr(
        at, end == std::string_view::npos ? std::string_view::npos : end - at);
    if (at > 0) {
      std::size_t spaces = 0;
      while (spaces < indent && spaces < line.size() &&
             (line[spaces] == ' ' || line[spaces] == '\t'))
        ++spaces;
      line.remove_prefix(spaces);
    }
    out += line;
    if (end == std::string_view::npos)
      break;
    out += '\n';
    at = end + 1;
  }
  return out;
}

/// True when `declaration` declares one variable (the comments the grammar
/// puts among its children, `const s3 = new S3() // why` without a
/// semicolon, are not others).
bool declares_one(TSNode declaration) {
  std::size_t declarators = 0;
  for (TSNode child : named_children(declaration))
    declarators += !is(child, "comment");
  return declarators == 1;
}

/// True when a `var` of the function `function` holds what `declarator`
/// gives it from its declaration on, as a `let` would: the function names
/// it nowhere before it (a `var` is the function's from its start,
/// `undefined` until assigned), declares it nowhere else and in no
/// parameter, and reads it in no function declaration (hoisted: it may run
/// before). Moved to module scope, it is then the same binding.
bool var_as_let(const JsModule &module, TSNode function, TSNode declarator) {
  const JsTree &tree = module.tree();
  TSNode name = field(declarator, "name");
  const std::string_view text = tree.text(name);
  if (TSNode parameters = field(function, "parameters");
      !ts_node_is_null(parameters)) {
    bool named = false;
    walk_named_descendants(parameters, [&](TSNode node) {
      named = named || (is(node, "identifier") && tree.text(node) == text);
      return !named;
    });
    if (named)
      return false;
  } else if (TSNode parameter = field(function, "parameter");
             tree.text(parameter) == text) {
    return false;
  }
  bool as_let = true;
  std::vector<TSNode> declared_functions;
  walk_named_descendants(field(function, "body"), [&](TSNode node) {
    if (is(node, "function_declaration") ||
        is(node, "generator_function_declaration"))
      declared_functions.push_back(node);
    if (!is(node, "identifier") && !is(node, "shorthand_property_identifier") &&
        !is(node, "shorthand_property_identifier_pattern"))
      return as_let;
    if (tree.text(node) != text || ts_node_eq(node, name))
      return as_let;
    TSNode parent = ts_node_parent(node);
    bool declares = (is(parent, "variable_declarator") &&
                     ts_node_eq(field(parent, "name"), node)) ||
                    is(node, "shorthand_property_identifier_pattern");
    as_let = !declares &&
             ts_node_start_byte(node) >= ts_node_end_byte(declarator);
    return as_let;
  });
  for (TSNode declared : declared_functions)
    if (as_let && tree.text(field(declared, "body")).find(text) !=
                      std::string_view::npos)
      as_let = false;
  return as_let;
}

/// The whole lines of a statement of a function's body, and the text that
/// moves: the statement with the comments after it on its last line (`//
/// why`, `/* why */`), which are not other code and move with it, as a
/// Python statement's trailing comment does. Nothing when other code
/// shares those lines.
struct StatementLines {
  TextRange lines;  ///< from its first line's start to the next line's
  std::string text; ///< dedented to column 0
};
std::optional<StatementLines> statement_lines(const JsTree &tree,
                                              TSNode statement) {
  const SourceFile &file = *tree.file();
  TextRange range = tree.range(statement);
  std::size_t last = file.position(range.end).line;
  for (TSNode next = ts_node_next_named_sibling(statement);
       is(next, "comment") &&
       file.position(ts_node_start_byte(next)).line == last &&
       file.position(ts_node_end_byte(next)).line == last;
       next = ts_node_next_named_sibling(next))
    range.end = ts_node_end_byte(next);
  auto lines = own_lines(file, range, "//");
  if (!lines)
    return std::nullopt;
  // To the end of its last line: nothing but a `//` comment follows.
  std::string_view text =
      file.text().substr(range.begin, lines->first.end - range.begin);
  while (!text.empty() && std::string_view(" \t\r\n").find(text.back()) !=
                              std::string_view::npos)
    text.remove_suffix(1);
  return StatementLines{lines->first,
                        dedented(text, range.begin - lines->first.begin)};
}

/// Where the module binds the names `construction` reads (its callee's
/// root, the names in its arguments); a null node for a name a function
/// declares (a local of the handler: it moves first, in an earlier pass).
std::vector<TSNode> binding_sites(const JsModule &module,
                                  TSNode construction,
                                  const std::set<std::string> &moved_along) {
  const JsTree &tree = module.tree();
  std::vector<TSNode> sites;
  auto visit = [&](TSNode node) {
    if (is(node, "identifier") || is(node, "shorthand_property_identifier")) {
      std::string name(tree.text(node));
      if (moved_along.count(name))
        return true;
      if (local_declaration(module, node, name))
        sites.push_back(TSNode{});
      else if (const Binding *binding = module.binding(name))
        sites.push_back(binding->site);
    }
    return true;
  };
  walk_named_descendants(construction, visit);
  return sites;
}

/// The names `body` (a function's) declares for the whole function from
/// inside its blocks: a `var` anywhere (`if (x) { var S3Client = null; }`,
/// `for (var k in o)`) and, outside strict code, a function declared in a
/// nested block (sloppy mode's Annex B makes it a `var` of the function).
/// local_declaration sees a declaration only in its own block; in the
/// function these names
/// are its own, not the module's (trial 35js: a construction moved out of a
/// `try` would have named the import instead).
std::set<std::string> function_wide_names(const JsTree &tree, TSNode body) {
  // Strict code (an ES module, which TypeScript's output keeps strict, or a
  // "use strict" directive) scopes a block's function to its block.
  auto directive = [&](TSNode block) {
    TSNode first = ts_node_named_child(block, 0);
    while (is(first, "comment"))
      first = ts_node_next_named_sibling(first);
    std::string_view text =
        is(first, "expression_statement") ? tree.text(first) : "";
    return text.rfind("'use strict'", 0) == 0 ||
           text.rfind("\"use strict\"", 0) == 0;
  };
  bool strict = directive(tree.root()) || directive(body);
  for (TSNode statement : named_children(tree.root()))
    strict = strict || is(statement, "import_statement") ||
             is(statement, "export_statement");
  std::set<std::string> names;
  walk_named_descendants(body, [&](TSNode node) {
    if (is_function_node(node) || is_class_node(node)) {
      if (!strict &&
          (is(node, "function_declaration") ||
           is(node, "generator_function_declaration")) &&
          !ts_node_eq(ts_node_parent(node), body))
        bound_names(tree, field(node, "name"), names);
      return false;
    }
    if (is(node, "variable_declaration"))
      for (TSNode declarator : named_children(node))
        if (is(declarator, "variable_declarator"))
          bound_names(tree, field(declarator, "name"), names);
    if (is(node, "for_in_statement") &&
        tree.text(ts_node_child(node, 2)) == "var")
      bound_names(tree, field(node, "left"), names);
    return true;
  });
  return names;
}

/// The local constants of `function` that `construction` (in the statement
/// `declaration` of its body) reads and that can move to module scope with
/// it: `const region = process.env.REGION;` or a literal, a statement of
/// the body before it, on lines of its own, read nowhere in the function
/// before it, reading only module-level names and `process.env`. By name;
/// a local read that cannot move is left out (the construction then reads
/// a local, and gets no fix).
std::map<std::string, TSNode> movable_locals(const JsModule &module,
                                             TSNode construction,
                                             TSNode function,
                                             TSNode declaration) {
  const JsTree &tree = module.tree();
  TSNode body = field(function, "body");
  std::map<std::string, TSNode> movable;
  walk_named_descendants(construction, [&](TSNode node) {
    if (!is(node, "identifier") && !is(node, "shorthand_property_identifier"))
      return true;
    std::string name(tree.text(node));
    auto declared = local_declaration(module, node, name);
    if (!declared || movable.count(name) || !is(*declared, "variable_declarator"))
      return true;
    TSNode statement = ts_node_parent(*declared);
    TSNode value = field(*declared, "value");
    if (!is(field(*declared, "name"), "identifier") ||
        !is(statement, "lexical_declaration") ||
        kind(ts_node_child(statement, 0)) != std::string_view("const") ||
        !declares_one(statement) ||
        !ts_node_eq(ts_node_parent(statement), body) ||
        ts_node_start_byte(statement) >= ts_node_start_byte(declaration) ||
        ts_node_is_null(value))
      return true;
    if (!statement_lines(tree, statement))
      return true;
    bool pure = true;
    auto check = [&](TSNode part) {
      if (is(part, "call_expression") || is(part, "new_expression") ||
          is(part, "await_expression") || is(part, "function_expression") ||
          is(part, "arrow_function"))
        pure = false;
      if (is(part, "identifier") || is(part, "shorthand_property_identifier")) {
        std::string read(tree.text(part));
        pure = pure && !local_declaration(module, part, read) &&
               (module.binding(read) || read == "process");
      }
      return pure;
    };
    if (check(value))
      walk_named_descendants(value, check);
    // Read only after it (`{ region }` in shorthand too): the other reads,
    // in the function, then read the module-level one, which holds the
    // same value. A read before it is a ReferenceError the move would hide.
    walk_named_descendants(body, [&](TSNode use) {
      if (pure &&
          (is(use, "identifier") || is(use, "shorthand_property_identifier")) &&
          tree.text(use) == name &&
          !ts_node_eq(use, field(*declared, "name"))) {
        auto bound = local_declaration(module, use, name);
        pure = !bound || !ts_node_eq(*bound, *declared) ||
               ts_node_start_byte(use) >= ts_node_end_byte(statement);
      }
      return pure;
    });
    if (pure)
      movable.emplace(name, statement);
    return true;
  });
  return movable;
}

/// True when `value`, what a module exports, is a constant: a literal
/// string, number or boolean, an environment read, or a frozen object of
/// those (`Object.freeze({ region: 'eu-west-3' })`).
bool constant_export(const JsTree &tree, TSNode value) {
  value = unwrap_expression(value);
  static const std::set<std::string_view> kLiterals{"string", "number", "true",
                                                    "false", "null"};
  if (kLiterals.count(kind(value)) ||
      (is(value, "template_string") && named_children(value).empty()) ||
      tree.text(value).rfind("process.env.", 0) == 0)
    return true;
  if (!is(value, "call_expression") ||
      tree.text(field(value, "function")) != "Object.freeze")
    return false;
  std::vector<TSNode> arguments = arguments_of(value);
  if (arguments.size() != 1 || !is(arguments[0], "object"))
    return false;
  for (TSNode member : named_children(arguments[0]))
    if (!is(member, "comment") &&
        (!is(member, "pair") || !constant_export(tree, field(member, "value"))))
      return false;
  return true;
}

/// True when `value` is flat data made at INIT from constants alone: an
/// object or array literal whose members are constant_export values
/// (literals, environment reads) or a spread of `process.env` (INIT's
/// either way). Its members are primitives: reading one hands nothing on.
bool flat_literal_data(const JsTree &tree, TSNode value) {
  value = unwrap_expression(value);
  if (!is(value, "object") && !is(value, "array"))
    return false;
  for (TSNode member : named_children(value)) {
    if (is(member, "comment"))
      continue;
    if (is(member, "spread_element")) {
      if (tree.text(ts_node_named_child(member, 0)) != "process.env")
        return false;
    } else if (!constant_export(tree, is(member, "pair") ? field(member, "value")
                                                          : member) ||
               is(member, "shorthand_property_identifier")) {
      return false;
    }
  }
  return true;
}

/// True when the module-level `const` of `declarator` holds data nothing
/// changes between INIT and an invocation: `Object.freeze` of constants
/// (constant_export), or flat_literal_data the module neither exports nor
/// hands on, only reads: its members read (not assigned, deleted, nor
/// called), itself spread into a copy, compared, or given, within the
/// options, to a construction the catalogue lists or a call that only
/// reads.
bool unchanged_data(const JsModule &module, const JsCatalogue &catalogue,
                    TSNode declarator) {
  const JsTree &tree = module.tree();
  TSNode value = unwrap_expression(field(declarator, "value"));
  if (constant_export(tree, value))
    return true;
  // A symbol is a value nothing changes (`const KEY = Symbol('region')`).
  if (is(value, "call_expression")) {
    std::string_view callee = tree.text(field(value, "function"));
    std::vector<TSNode> arguments = arguments_of(value);
    return (callee == "Symbol" || callee == "Symbol.for") &&
           !module.binding("Symbol") &&
           std::all_of(arguments.begin(), arguments.end(), [&](TSNode a) {
             return constant_export(tree, a);
           });
  }
  std::string name(tree.text(field(declarator, "name")));
  if (!flat_literal_data(tree, value) || module.exports().count(name))
    return false;
  for (const auto &[exported, what] : module.exports())
    if (!ts_node_is_null(what.value) && tree.text(what.value) == name)
      return false;
  // Handed, through the literals around it, to what only reads it.
  auto read_by = [&](TSNode at) {
    TSNode up = ts_node_parent(at);
    while (is(up, "pair") || is(up, "object") || is(up, "array") ||
           is(up, "parenthesized_expression"))
      up = ts_node_parent(up);
    if (!is(up, "arguments"))
      return false;
    TSNode call = ts_node_parent(up);
    return is_catalogued(module, catalogue, call) ||
           (is(call, "call_expression") &&
            only_reads_arguments(tree.text(field(call, "function"))));
  };
  bool changed = false;
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (changed)
      return false;
    if ((!is(node, "identifier") && !is(node, "shorthand_property_identifier")) ||
        tree.text(node) != name || ts_node_eq(node, field(declarator, "name")) ||
        local_declaration(module, node, name))
      return true;
    // The top of a chain of member reads of it: a primitive, once a member.
    TSNode top = node;
    for (TSNode up = ts_node_parent(top);
         (is(up, "member_expression") || is(up, "subscript_expression")) &&
         ts_node_eq(field(up, "object"), top);
         up = ts_node_parent(top))
      top = up;
    TSNode parent = ts_node_parent(top);
    if (is_stored_to(top) || is(parent, "update_expression") ||
        (is(parent, "unary_expression") &&
         tree.text(field(parent, "operator")) == "delete") ||
        (is(parent, "call_expression") &&
         ts_node_eq(field(parent, "function"), top)))
      changed = true; // written, or a method of it called
    else if (!ts_node_eq(top, node))
      changed = false; // a primitive read
    else if (is(parent, "spread_element") && is(ts_node_parent(parent), "object"))
      changed = false; // a copy
    else if (is(parent, "arguments") || is(parent, "pair") ||
             is(parent, "array") || is(node, "shorthand_property_identifier"))
      changed = !read_by(top);
    else
      changed = !is(parent, "binary_expression"); // another name for it...
    return !changed;
  });
  return !changed;
}

/// Why `node`, a name bound by an import of a module hoist does not read
/// (a package, or a specifier it cannot resolve, Amplify's
/// `$amplify/env/fn`), read as a value and not called, may not be the same
/// at INIT: its member may be a getter that throws or reads the
/// environment then (fresh31), or its value change; "" for a package the
/// catalogue knows for harmless. (A call of it is the invoke path's
/// library call.)
std::string library_value(const JsModule &module, const Binding &binding,
                          TSNode node, const JsCatalogue &catalogue) {
  if (catalogue.harmless(binding.module))
    return "";
  TSNode top = node;
  while (is(ts_node_parent(top), "member_expression") &&
         ts_node_eq(field(ts_node_parent(top), "object"), top))
    top = ts_node_parent(top);
  TSNode parent = ts_node_parent(top);
  if ((is(parent, "call_expression") &&
       ts_node_eq(field(parent, "function"), top)) ||
      (is(parent, "new_expression") &&
       ts_node_eq(field(parent, "constructor"), top)))
    return "";
  return "'" + message_excerpt(module.tree().text(top), 40) + "', which '" +
         binding.module + "' exports (a module hoist does not read, whose getter "
         "may throw or change)";
}

/// Why `node`, a name bound by an import of a project module (`const
/// settings = require('./settings')`, `import { region } from
/// './config.mjs'`), reads state that module's code may change, or "": an
/// object (the module itself, an exported object), an ESM `let` or an
/// export that a function of that module assigns (`exports.region = r`
/// in `configure()`), a getter; not a constant export (constant_export)
/// nothing assigns again.
std::string imported_state(const JsModule &module, const Binding &binding,
                           TSNode node, Modules &modules,
                           const JsCatalogue &catalogue) {
  const JsTree &tree = module.tree();
  const JsModule *other = modules.imported(module, binding.module);
  if (!other)
    return library_value(module, binding, node, catalogue);
  // The export read: the binding's, or the member read of the module.
  std::string name = binding.path.substr(0, binding.path.find('.'));
  TSNode member = ts_node_parent(node);
  if (name.empty() && is(member, "member_expression") &&
      ts_node_eq(field(member, "object"), node))
    name = tree.text(field(member, "property"));
  std::string what = "'" + std::string(tree.text(node)) + "', which '" +
                     binding.module + "' exports";
  if (name.empty())
    return what + " (its exports object)";
  auto exported = other->exports().find(name);
  if (exported == other->exports().end())
    return what + " (whose value hoist does not find there)";
  const JsTree &other_tree = other->tree();
  TSNode value = exported->second.value;
  TSNode declaration = ts_node_parent(ts_node_parent(value));
  if (is(declaration, "lexical_declaration") &&
      kind(ts_node_child(declaration, 0)) != std::string_view("const"))
    return what + " (a 'let': a live binding)";
  // A client it builds at its module scope is one too.
  if (!constant_export(other_tree, value) &&
      !is_catalogued(*other, catalogue, unwrap_expression(value)))
    return what;
  // Assigned again in a function there (`exports.region = r`, `region =
  // r` of an `export let`).
  std::string assigned;
  walk_named_descendants(other_tree.root(), [&](TSNode inner) {
    if ((is(inner, "assignment_expression") ||
         is(inner, "augmented_assignment_expression")) &&
        !ts_node_eq(field(inner, "right"), value)) {
      std::string_view left = other_tree.text(field(inner, "left"));
      if (left == name ||
          (left.size() > name.size() &&
           left.substr(left.size() - name.size() - 1) == "." + name))
        assigned = message_excerpt(other_tree.text(inner), 40);
    }
    return assigned.empty();
  });
  return assigned.empty()
             ? ""
             : what + " (and assigns again: '" + assigned + "')";
}

/// The first module-level name `construction` reads that is module state
/// (not an import, not a `const` of a string, number or boolean): code may
/// change it between INIT and an invocation. Empty when there is none.
std::string module_state_read(const JsModule &module,
                              const JsCatalogue &catalogue,
                              TSNode construction, Modules *modules) {
  const JsTree &tree = module.tree();
  std::string found;
  walk_named_descendants(construction, [&](TSNode node) {
    if (!found.empty())
      return false;
    if (!is(node, "identifier") && !is(node, "shorthand_property_identifier"))
      return true;
    std::string name(tree.text(node));
    const Binding *binding = module.binding(name);
    if (!binding || local_declaration(module, node, name) ||
        binding->kind == Binding::Kind::Require)
      return true;
    // Another module of the project's state is module state too.
    if (binding->kind == Binding::Kind::Import) {
      if (modules)
        found = imported_state(module, *binding, node, *modules, catalogue);
      return found.empty();
    }
    TSNode declaration = ts_node_parent(binding->site);
    TSNode value = is(binding->site, "variable_declarator")
                       ? unwrap_expression(field(binding->site, "value"))
                       : TSNode{};
    static const std::set<std::string_view> kPrimitives{"string", "number",
                                                        "true", "false"};
    // A client built at module scope (`DynamoDBDocumentClient.from(table)`
    // of a moved `table`) is one too.
    bool constant =
        is(declaration, "lexical_declaration") &&
        kind(ts_node_child(declaration, 0)) == std::string_view("const") &&
        !ts_node_is_null(value) &&
        (kPrimitives.count(kind(value)) || is_catalogued(module, catalogue, value) ||
         unchanged_data(module, catalogue, binding->site));
    if (!constant)
      found = name;
    return found.empty();
  });
  return found;
}

/// The methods that change a client for the invocations after: its event
/// listeners, `destroy()`.
const std::set<std::string_view> kChanging{
    "destroy",         "on",          "once",
    "off",             "addListener", "removeListener",
    "removeAllListeners", "prependListener", "prependOnceListener",
    "setMaxListeners", "emit"};
/// ... and those that end or open a connection: called per invocation on a
/// module-level one, they break the next invocation.
const std::set<std::string_view> kChangingConnection = [] {
  std::set<std::string_view> all = kChanging;
  all.insert({"end", "close", "disconnect", "quit", "release", "connect",
              "$disconnect", "$connect"});
  return all;
}();

/// How a function uses what it built, or was given.
struct Use {
  /// "" when it only calls its methods (`client.send(command)`, an
  /// aggregated client's `client.putItem(params)`, SDK v2's
  /// `client.op(params).promise()`, `pool.query(sql)`) or calls it (knex's
  /// `knex('users')`, postgres.js's tagged `sql\`select 1\``), none of them
  /// changing; else the changing call (`knex.destroy(...)`, or the call of
  /// a function of the module that it is passed to and that makes one,
  /// `closeAll(...)`), or the first other use: passed on, changed.
  std::string text;
  bool changes = false;
  /// The changing call the function it is passed to makes (`db.end(...)`).
  std::string through;
  /// The first other use hands it to a call or reaches into its
  /// configuration (`.config`, `.middlewareStack`): what a wrapper sharing
  /// them (DynamoDBDocumentClient) passes on to the client it wraps.
  bool configures = false;
};

/// The function of `module` that `call` calls by a name the module binds
/// (`closeAll(pool)`), or a null node.
TSNode module_function_called(const JsModule &module, TSNode call) {
  TSNode callee = unwrap_expression(field(call, "function"));
  if (!is(callee, "identifier"))
    return {};
  std::string name(module.tree().text(callee));
  const Binding *binding = module.binding(name);
  return binding && binding->kind == Binding::Kind::Function &&
                 !local_declaration(module, callee, name)
             ? binding->function
             : TSNode{};
}

/// The name of `function`'s parameter at `index` when it is a plain one.
std::string parameter_name(const JsTree &tree, TSNode function,
                           std::size_t index) {
  TSNode parameters = field(function, "parameters");
  if (ts_node_is_null(parameters)) // `db => ...`
    return index == 0 ? std::string(tree.text(field(function, "parameter")))
                      : "";
  std::size_t at = 0;
  for (TSNode parameter : named_children(parameters)) {
    if (is(parameter, "comment"))
      continue;
    if (at++ != index)
      continue;
    if (is(parameter, "required_parameter")) // TypeScript's `db: Pool`
      parameter = field(parameter, "pattern");
    return is(parameter, "identifier") ? std::string(tree.text(parameter)) : "";
  }
  return "";
}

/// The name `function`'s parameter at `index` binds the property `key` to
/// when it destructures it (`function read({ s3, key })`, `{ client: s3
/// }`), or "".
std::string destructured_parameter(const JsTree &tree, TSNode function,
                                   std::size_t index, std::string_view key) {
  TSNode parameters = field(function, "parameters");
  if (ts_node_is_null(parameters))
    return "";
  std::size_t at = 0;
  for (TSNode parameter : named_children(parameters)) {
    if (is(parameter, "comment") || at++ != index)
      continue;
    if (is(parameter, "required_parameter"))
      parameter = field(parameter, "pattern");
    if (!is(parameter, "object_pattern"))
      return "";
    for (TSNode part : named_children(parameter)) {
      if (is(part, "shorthand_property_identifier_pattern") &&
          tree.text(part) == key)
        return std::string(key);
      if (is(part, "pair_pattern") && tree.text(field(part, "key")) == key &&
          is(field(part, "value"), "identifier"))
        return std::string(tree.text(field(part, "value")));
    }
    return "";
  }
  return "";
}

/// True when `function` reads `arguments`, which reaches what it is given
/// past its parameters.
bool reads_arguments_object(const JsTree &tree, TSNode function) {
  bool found = false;
  walk_named_descendants(field(function, "body"), [&](TSNode node) {
    found = found || (is(node, "identifier") && tree.text(node) == "arguments");
    return !found;
  });
  return found;
}

/// True when `body` (a program or a function's body) starts with the "use
/// strict" directive.
bool has_use_strict(const JsTree &tree, TSNode body) {
  for (TSNode statement : named_children(body)) {
    if (is(statement, "comment"))
      continue;
    TSNode expression = is(statement, "expression_statement")
                            ? ts_node_named_child(statement, 0)
                            : TSNode{};
    if (!is(expression, "string"))
      return false;
    std::optional<std::string> value = string_value(tree, expression);
    if (value == "use strict")
      return true;
  }
  return false;
}

/// A direct `eval` that `function`, or a function around it, runs in its
/// own body in sloppy code (a script, no "use strict", not in a class):
/// its code may declare any name there (`eval('var S3Client = ...')`),
/// which the function's reads then find first. A null node when there is
/// none.
TSNode sloppy_direct_eval(const JsModule &module, TSNode function) {
  const JsTree &tree = module.tree();
  const std::string &path = tree.file()->path();
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  // ES modules are strict.
  if (ends_with(".mjs") || ends_with(".mts") ||
      has_use_strict(tree, tree.root()))
    return {};
  for (TSNode statement : named_children(tree.root()))
    if (is(statement, "import_statement") || is(statement, "export_statement"))
      return {};
  std::vector<TSNode> functions;
  for (TSNode at = function; !ts_node_is_null(at); at = ts_node_parent(at)) {
    if (is_class_node(at))
      return {};
    if (!is_function_node(at))
      continue;
    TSNode body = field(at, "body");
    if (is(body, "statement_block") && has_use_strict(tree, body))
      return {};
    functions.push_back(at);
  }
  TSNode found{};
  for (TSNode owner : functions)
    walk_own_body(owner, [&](TSNode node) {
      if (is(node, "call_expression") &&
          tree.text(field(node, "function")) == "eval" &&
          !module.binding("eval") &&
          !local_declaration(module, field(node, "function"), "eval"))
        found = node;
      return ts_node_is_null(found);
    });
  return found;
}

/// True when the value `node` is, or an object literal holding it, is only
/// read where it is: compared, tested (`typeof`, `!`), put in a template,
/// handed to a call that only reads (`Object.isFrozen(s3)`,
/// `structuredClone({ region: s3.config.region })`), or the left side of
/// `instanceof` a library's class (a project's may define a
/// `Symbol.hasInstance` that is given it).
bool only_read_there(const JsModule &module, TSNode node) {
  const JsTree &tree = module.tree();
  TSNode at = node;
  for (TSNode parent = ts_node_parent(at); !ts_node_is_null(parent);
       at = parent, parent = ts_node_parent(parent)) {
    if (is(parent, "parenthesized_expression") ||
        (is(parent, "object") &&
         (is(at, "shorthand_property_identifier") || is(at, "pair"))) ||
        (is(parent, "pair") && ts_node_eq(field(parent, "value"), at)))
      continue;
    if (is(parent, "template_substitution")) // not a tag's argument
      return !is(ts_node_parent(ts_node_parent(parent)), "call_expression");
    if (is(parent, "unary_expression")) {
      std::string_view op = tree.text(field(parent, "operator"));
      return op == "typeof" || op == "!" || op == "void";
    }
    if (is(parent, "binary_expression")) {
      std::string_view op = tree.text(field(parent, "operator"));
      // `s3 || other` is it, passed on; `s3 === x`, `key in s3` read it.
      if (op == "||" || op == "&&" || op == "??")
        return false;
      if (op != "instanceof")
        return true;
      TSNode right = unwrap_expression(field(parent, "right"));
      auto library = imported_name(module, right);
      return ts_node_eq(field(parent, "left"), at) && library &&
             library->first.rfind(".", 0) != 0 &&
             library->first.rfind("/", 0) != 0;
    }
    if (is(parent, "arguments")) {
      TSNode call = ts_node_parent(parent);
      return is(call, "call_expression") &&
             only_reads_arguments(tree.text(field(call, "function")));
    }
    return false;
  }
  return false;
}

/// How `body` uses `name`, which `declarator` declares (a variable, or the
/// function whose parameter it is), `changing` being the methods that
/// change it for the invocations after: a changing method called anywhere
/// decides over an earlier other use (`knex.destroy()` after `knex.schema`
/// was read), and so does passing it to a function of the module that
/// calls one on it (`await closeAll(pool)`), followed `depth` calls deep.
Use other_use(const JsModule &module, const JsCatalogue &catalogue,
              TSNode body, TSNode declarator, const std::string &name,
              const std::set<std::string_view> &changing, int depth = 0) {
  const JsTree &tree = module.tree();
  TSNode declared = field(declarator, "name");
  std::string found;   // the first other use
  bool configures = false; // ... hands it on or reaches into its setup
  Use decisive;        // a changing call, or a use before it is built
  walk_named_descendants(body, [&](TSNode node) {
    if (!decisive.text.empty())
      return false;
    // `{ s3 }` hands it on as `{ s3: s3 }` does.
    bool shorthand = is(node, "shorthand_property_identifier");
    if ((!is(node, "identifier") && !shorthand) || tree.text(node) != name ||
        ts_node_eq(node, declared))
      return true;
    auto declaration = local_declaration(module, node, name);
    if (!declaration || !ts_node_eq(*declaration, declarator))
      return true;
    if (ts_node_start_byte(node) < ts_node_start_byte(declarator)) {
      // a ReferenceError, moved away
      decisive.text = name + " before it is built";
      return false;
    }
    TSNode member = ts_node_parent(node);
    if (is(member, "call_expression") &&
        ts_node_eq(field(member, "function"), node))
      return true; // a query of an instance that is a function
    if (only_read_there(module, node))
      return true;
    // `s3.config.region`: a setting read, not changed.
    if (TSNode setting = ts_node_parent(member);
        is(member, "member_expression") &&
        ts_node_eq(field(member, "object"), node) &&
        tree.text(field(member, "property")) == "config" &&
        is(setting, "member_expression") &&
        ts_node_eq(field(setting, "object"), member) &&
        only_read_there(module, setting))
      return true;
    // In an object literal (`{ s3 }`, `{ client: s3 }`): the object, and
    // the property it is under.
    TSNode holder{};
    std::string_view key;
    if (shorthand) {
      holder = member;
      key = name;
    } else if (is(member, "pair") && ts_node_eq(field(member, "value"), node) &&
               is(field(member, "key"), "property_identifier")) {
      holder = ts_node_parent(member);
      key = tree.text(field(member, "key"));
    }
    TSNode call = ts_node_parent(member);
    bool called = is(member, "member_expression") &&
                  ts_node_eq(field(member, "object"), node) &&
                  is(call, "call_expression") &&
                  ts_node_eq(field(call, "function"), member);
    std::string_view method =
        called ? tree.text(field(member, "property")) : std::string_view();
    TSNode around = ts_node_parent(node);
    bool passed = is(around, "arguments");
    if (passed) // passed on: the call it is passed to
      around = ts_node_parent(around);
    // ... and an object literal holding it passed on.
    bool held = !ts_node_is_null(holder) &&
                is(ts_node_parent(holder), "arguments");
    if (held)
      around = ts_node_parent(ts_node_parent(holder));
    if (!called && is_catalogued(module, catalogue, around)) {
      // A wrapper shares what it wraps (DynamoDBDocumentClient.from(ddb)
      // uses ddb's config and middlewareStack): its uses are ddb's.
      TSNode wrapper = ts_node_parent(around);
      if (depth < 2 && is(wrapper, "variable_declarator") &&
          ts_node_eq(field(wrapper, "value"), around) &&
          is(field(wrapper, "name"), "identifier")) {
        Use inner = other_use(module, catalogue, body, wrapper,
                              std::string(tree.text(field(wrapper, "name"))),
                              changing, depth + 1);
        if (inner.changes) {
          decisive = inner;
          return false;
        }
        if (inner.configures && found.empty()) {
          found = inner.text;
          configures = true;
        }
      } else if (is(wrapper, "arguments") && found.empty()) {
        // the wrapper passed on (`instrument(DynamoDBDocumentClient.from(ddb))`)
        found = message_excerpt(tree.text(ts_node_parent(wrapper)), 40);
        configures = true;
      }
      return true;
    }
    if (called && changing.count(method)) {
      decisive = {name + "." + std::string(method) + "(...)", true, ""};
      return false;
    }
    TSNode helper = (passed || held) && depth < 2
                        ? module_function_called(module, around)
                        : TSNode{};
    std::size_t index = 0;
    for (TSNode argument : arguments_of(around)) {
      if (ts_node_eq(unwrap_expression(argument), held ? holder : node))
        break;
      ++index;
    }
    std::string parameter =
        ts_node_is_null(helper) ? ""
        : held ? destructured_parameter(tree, helper, index, key)
               : parameter_name(tree, helper, index);
    if (!parameter.empty()) {
      Use inner = other_use(module, catalogue, field(helper, "body"), helper,
                            parameter, changing, depth + 1);
      if (inner.changes) {
        decisive = {std::string(tree.text(field(around, "function"))) +
                        "(...)",
                    true, inner.through.empty() ? inner.text : inner.through};
        return false;
      }
      // A function of the module that only calls its operations
      // (`rows(s3, keys)`, `read({ s3, key })`) uses it as the caller would.
      if (inner.text.empty() && !reads_arguments_object(tree, helper))
        return true;
    }
    if (!called && found.empty()) {
      found = message_excerpt(
          tree.text(held || ts_node_is_null(holder) ? around : holder), 40);
      std::string_view part =
          is(member, "member_expression") && ts_node_eq(field(member, "object"), node)
              ? tree.text(field(member, "property"))
              : std::string_view();
      configures = passed || !ts_node_is_null(holder) || part == "config" ||
                   part == "middlewareStack";
    }
    return true;
  });
  return decisive.text.empty() ? Use{found, false, "", configures} : decisive;
}

/// True when the module names `name` where no function or block declares
/// it: a global, which a module-level `name` would replace.
/// True for the names Node.js's CommonJS wrapper gives every module
/// (`function (exports, require, module, __filename, __dirname)`): a
/// module-level `const` of one is a SyntaxError there.
bool commonjs_wrapper_name(const std::string &name) {
  return name == "exports" || name == "require" || name == "module" ||
         name == "__filename" || name == "__dirname";
}

bool reads_global(const JsModule &module, const std::string &name) {
  const JsTree &tree = module.tree();
  bool found = false;
  walk_named_descendants(tree.root(), [&](TSNode node) {
    found = found || (is(node, "identifier") && tree.text(node) == name &&
                      !local_declaration(module, node, name));
    return !found;
  });
  return found;
}

/// The project modules `module`'s own code loads (ES imports, `require`s
/// outside functions), by specifier.
std::vector<std::string> loaded_specifiers(const JsModule &module) {
  const JsTree &tree = module.tree();
  std::vector<std::string> specifiers;
  for (TSNode statement : named_children(tree.root())) {
    if (is(statement, "import_statement")) {
      if (auto source = string_value(tree, field(statement, "source")))
        specifiers.push_back(*source);
      continue;
    }
    walk_named_descendants(statement, [&](TSNode node) {
      if (auto required = required_module(module, node))
        specifiers.push_back(*required);
      return !opens_scope(node);
    });
  }
  return specifiers;
}

/// A project module `module` loads that loads `module` back (an import
/// cycle) and calls something in its own module code: that code runs
/// before `module`'s, and may call its handler before a client moved to
/// its module scope is built (`selfTest()` importing the handler). The
/// specifier, or "".
std::string cycle_running_first(const JsModule &module, Modules &modules) {
  for (const std::string &specifier : loaded_specifiers(module)) {
    if (specifier.rfind(".", 0) != 0)
      continue;
    const JsModule *other = modules.imported(module, specifier);
    if (!other || other == &module)
      continue;
    bool back = false;
    for (const std::string &again : loaded_specifiers(*other))
      back = back || (again.rfind(".", 0) == 0 &&
                      modules.imported(*other, again) == &module);
    if (!back)
      continue;
    bool calls = false;
    for (TSNode statement : named_children(other->tree().root()))
      if (!is(statement, "import_statement"))
        walk_named_descendants(statement, [&](TSNode node) {
          calls = calls || ((is(node, "call_expression") ||
                             is(node, "new_expression")) &&
                            !required_module(*other, node));
          return !calls && !opens_scope(node);
        });
    if (calls)
      return specifier;
  }
  return "";
}

/// True when a `var` of the module's code outside functions declares
/// `name` (`if (x) { var region = ...; }`): it is the module's, and a
/// module-level `const` of the name would be a redeclaration.
bool module_var(const JsModule &module, const std::string &name) {
  const JsTree &tree = module.tree();
  bool found = false;
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (is(node, "variable_declaration"))
      for (TSNode declarator : named_children(node))
        if (is(declarator, "variable_declarator")) {
          std::set<std::string> names;
          bound_names(tree, field(declarator, "name"), names);
          found = found || names.count(name);
        }
    return !found && !is_function_node(node) && !is_class_node(node);
  });
  return found;
}

} // namespace

bool is_catalogued(const JsModule &module, const JsCatalogue &catalogue, TSNode call) {
  bool is_new = is(call, "new_expression");
  if (!is_new && !is(call, "call_expression"))
    return false;
  auto name = imported_name(
      module, field(call, is_new ? "constructor" : "function"));
  return name && catalogue.match(name->first, name->second,
                                 is_new ? JsApi::Kind::New
                                        : JsApi::Kind::Call);
}

bool environment_choice(const JsModule &module, const JsCatalogue &catalogue,
                        TSNode choice) {
  if (!is(choice, "ternary_expression") ||
      !is_catalogued(module, catalogue, field(choice, "consequence")) ||
      !is_catalogued(module, catalogue, field(choice, "alternative")))
    return false;
  const JsTree &tree = module.tree();
  static const std::set<std::string_view> kOperators{
      "parenthesized_expression", "binary_expression", "unary_expression",
      "string", "string_fragment", "escape_sequence", "number", "true",
      "false", "null", "undefined"};
  bool simple = true;
  auto visit = [&](TSNode node) {
    bool variable = (is(node, "member_expression") ||
                     is(node, "subscript_expression")) &&
                    tree.text(field(node, "object")) == "process.env" &&
                    (is(node, "member_expression") ||
                     string_value(tree, field(node, "index")));
    if (variable)
      return false; // read, not walked
    simple = simple && kOperators.count(kind(node)) > 0;
    return simple;
  };
  TSNode test = field(choice, "condition");
  if (visit(test))
    walk_named_descendants(test, visit);
  return simple;
}

std::optional<Blocks> enclosing_blocks(TSNode statement, TSNode body) {
  Blocks blocks;
  for (TSNode at = ts_node_parent(statement); !ts_node_eq(at, body);
       at = ts_node_parent(at)) {
    if (ts_node_is_null(at))
      return std::nullopt;
    if (is(at, "if_statement") || is(at, "else_clause") ||
        is(at, "catch_clause") || is(at, "switch_case") ||
        is(at, "switch_default") || is(at, "switch_body") ||
        is(at, "switch_statement")) {
      blocks.branch = true;
      if (is(at, "if_statement"))
        blocks.conditions.push_back(field(at, "condition"));
    }
    else if (is(at, "for_statement") || is(at, "for_in_statement") ||
             is(at, "while_statement") || is(at, "do_statement"))
      blocks.looped = true;
    else if (is(at, "try_statement"))
      blocks.guarded = true;
    else if (!is(at, "statement_block"))
      return std::nullopt; // a label, a function
  }
  return blocks;
}

std::vector<std::string> Blocks::reasons(const std::string &what,
                                         const std::string &owner,
                                         const std::string &failure) const {
  std::vector<std::string> why;
  if (branch)
    why.push_back(what + " on one branch of " + owner +
                  " only, and at module scope on every INIT");
  if (looped)
    why.push_back(what + " in a loop, as many times as the loop passes "
                  "there (none, one or more), and at module scope once on "
                  "every INIT");
  // A `try` matters only to what may throw: what cannot gives its `catch`
  // nothing to do (the Python front-end's context_reason alike).
  if (guarded && !failure.empty())
    why.push_back(failing_at_init(what + " in a 'try' block, which would no "
                                  "longer catch what it throws",
                                  failure));
  return why;
}



JsHoistFix hoist_fix(const JsModule &module, const JsCatalogue &catalogue,
                     TSNode construction, TSNode handler, const JsApi &api,
                     const std::optional<std::string> &helper,
                     const InvokePathChanges &changes, Modules *modules,
                     const std::vector<std::string> &set_variables) {
  const std::string owner = helper ? "'" + *helper + "'" : "the handler";
  const JsTree &tree = module.tree();
  // tsc's downlevel of an async handler runs its body as a generator
  // (awaiter_body): as a function, the handler is the one around it.
  TSNode function = awaiter_owner(tree, handler);
  const SourceFile &file = *tree.file();
  // What builds the client, for its callee: `construction` is then what
  // moves.
  const TSNode built = construction;
  if (TSNode choice = ts_node_parent(construction);
      environment_choice(module, catalogue, choice))
    construction = choice;
  TSNode declarator = ts_node_parent(construction);
  TSNode declaration = ts_node_parent(declarator);
  const std::string not_own =
      "it is not the value of a 'const' or 'let' of its own";
  if (!is(declarator, "variable_declarator") ||
      !ts_node_eq(field(declarator, "value"), construction) ||
      !is(field(declarator, "name"), "identifier"))
    return {std::nullopt, not_own};
  // What only the way the statement is written blocks (a `var`, code on its
  // lines) is named after any blocker a rewrite would leave (fresh24 UX 5:
  // mended one at a time, `var` then the line, they hid 'the handler calls
  // redisClient.on(...)').
  std::vector<std::string> form;
  const bool var = is(declaration, "variable_declaration");
  if ((!is(declaration, "lexical_declaration") && !var) ||
      !declares_one(declaration))
    form.push_back(not_own);
  else if (var && !var_as_let(module, handler, declarator))
    form.push_back("its 'var' is named elsewhere in " + owner +
                   " (before it, in a function declared there, or declared "
                   "again), where a module-level one would be another");
  auto none = [&form](const std::string &why) {
    std::string reason = why;
    for (std::size_t i = 0; i < form.size(); ++i)
      reason += (i ? "; " : "; also: ") + form[i];
    return JsHoistFix{std::nullopt, reason};
  };
  TSNode body = field(handler, "body");
  if (kind(ts_node_child(declaration, 0)) != std::string_view("const") &&
      assigned_again(module, body, declarator))
    return none(owner + " assigns '" +
                std::string(tree.text(field(declarator, "name"))) + "' again");
  std::optional<Blocks> blocks = enclosing_blocks(declaration, body);
  if (!blocks)
    return none("it is built in a labelled statement or another block of " +
                owner + " that hoist does not move out of");
  std::string name(tree.text(field(declarator, "name")));
  // A function around the handler (a factory that returns it) that declares
  // the name would take the handler's uses once the local is gone.
  if (local_declaration(module, ts_node_parent(handler), name))
    return none("a function around " + owner + " declares '" + name + "' too");
  TSNode handler_statement = top_level_statement(handler);
  if (ts_node_is_null(handler_statement))
    return none("its statement shares its lines with other code");
  std::optional<StatementLines> lines = statement_lines(tree, declaration);
  if (!lines)
    form.push_back("its statement shares its lines with other code");
  // The local constants it reads of environment and literals move with it.
  std::map<std::string, TSNode> along =
      movable_locals(module, construction, handler, declaration);
  std::set<std::string> along_names;
  for (const auto &[local, statement] : along) {
    if (module.binding(local) || module.is_module_variable(local) ||
        module_var(module, local) || reads_global(module, local) ||
        commonjs_wrapper_name(local))
      return none("the module binds '" + local + "' otherwise");
    along_names.insert(local);
    // An object it reads that the function changes is per-invocation state:
    // moved along, it would be built before the changes, once.
    TSNode local_declarator = ts_node_named_child(statement, 0);
    if (may_hold_object(tree, field(local_declarator, "value")))
      if (std::string change =
              object_change(module, catalogue, body, local_declarator);
          !change.empty())
        return none("it reads '" + local + "', an object " + owner +
                    " changes or hands on ('" + change + "'): moved to module "
                    "scope with the client, it would be changed after the "
                    "client was built, and kept across invocations");
  }
  // tsc's temporaries (`_a` of a downlevel `??`) it assigns before it
  // reads them: declared at module scope, before it.
  std::set<std::string> temporaries =
      expression_temporaries(module, construction, handler);
  for (const std::string &temporary : temporaries) {
    if (module.binding(temporary) || module.is_module_variable(temporary) ||
        module_var(module, temporary) || reads_global(module, temporary) ||
        along_names.count(temporary))
      return none("the module binds '" + temporary + "' otherwise");
  }
  std::set<std::string> not_local = along_names;
  not_local.insert(temporaries.begin(), temporaries.end());
  // Every module-level name it reads must be bound before the handler.
  uint32_t handler_start = ts_node_start_byte(handler_statement);
  for (TSNode site : binding_sites(module, construction, not_local)) {
    if (ts_node_is_null(site))
      return none("it reads a local of " + owner);
    if (ts_node_start_byte(top_level_statement(site)) >= handler_start)
      return none("it reads a module-level name bound after " + owner);
  }
  // ...and not be one the function declares for all of it from a block.
  std::set<std::string> function_wide = function_wide_names(tree, body);
  std::string shadowed;
  std::vector<TSNode> read_code{construction};
  for (const auto &[local, statement] : along)
    read_code.push_back(statement);
  for (TSNode code : read_code)
    walk_named_descendants(code, [&](TSNode node) {
      if (shadowed.empty() &&
          (is(node, "identifier") || is(node, "shorthand_property_identifier"))) {
        std::string read(tree.text(node));
        if (function_wide.count(read) && !along_names.count(read) &&
            !temporaries.count(read))
          shadowed = read;
      }
      return shadowed.empty();
    });
  if (!shadowed.empty())
    return none(owner + " declares '" + shadowed + "' in a block ('var', or "
                "a function declaration), which names it for the whole "
                "function: there it is " + owner + "'s own, not the module's");
  // A function declaration runs before its statement when module code calls
  // it there: the moved declaration would not have run yet. Named only in
  // the functions defined there (the handler's `await helper()`), it runs
  // at INIT only if module code there calls something.
  if (is(function, "function_declaration")) {
    std::string declared(tree.text(field(function, "name")));
    bool named = false, named_in_function = false, calls = false;
    auto names = [&](TSNode node) {
      return is(node, "identifier") && tree.text(node) == declared;
    };
    auto visit = [&](TSNode node) {
      if (is_function_node(node)) {
        walk_named_descendants(node, [&](TSNode inner) {
          named_in_function = named_in_function || names(inner);
          return !named_in_function;
        });
        return false;
      }
      named = named || names(node);
      calls = calls || is(node, "new_expression") || // `new Promise(run)`
              (is(node, "call_expression") && !required_module(module, node));
      return !named;
    };
    for (TSNode statement = ts_node_prev_named_sibling(handler_statement);
         !ts_node_is_null(statement) && !named;
         statement = ts_node_prev_named_sibling(statement))
      if (visit(statement))
        walk_named_descendants(statement, visit);
    if (named || (named_in_function && calls))
      return none("the module names '" + declared + "' before its definition");
  }
  if (std::string cycle = modules ? cycle_running_first(module, *modules) : "";
      !cycle.empty())
    return {std::nullopt, "the module loads '" + cycle + "', which loads it "
                          "back and runs code of its own first (an import "
                          "cycle): that code may call " + owner + " before a "
                          "client moved to module scope is built"};
  // `if (process.env.Q) new SQS({ region: process.env.Q.split('.')[1] })`:
  // what the branch tests the construction dereferences; at module scope,
  // with the variable unset, INIT throws and every invoke fails.
  std::string dereferenced;
  walk_named_descendants(construction, [&](TSNode node) {
    TSNode object = is(node, "member_expression") ||
                            is(node, "subscript_expression")
                        ? unwrap_expression(field(node, "object"))
                        : TSNode{};
    if (!ts_node_is_null(object) && dereferenced.empty() &&
        is(object, "member_expression") &&
        tree.text(field(object, "object")) == "process.env" &&
        tree.text(node).substr(tree.text(object).size()).rfind("?.", 0) ==
            std::string_view::npos)
      for (TSNode condition : blocks->conditions)
        if (tree.text(condition).find(tree.text(object)) !=
            std::string_view::npos)
          dereferenced = tree.text(object);
    return dereferenced.empty();
  });
  if (!dereferenced.empty())
    return none("it dereferences '" + dereferenced + "', which " + owner +
                " tests before building it: at module scope INIT throws "
                "when it is unset, and every invoke fails");
  // What may throw at INIT must not move past what can end the invocation
  // before it, nor out of a wrapper or `try` that answers for its errors.
  std::vector<TSNode> along_statements;
  for (const auto &[local, statement] : along)
    along_statements.push_back(statement);
  std::string failure =
      construction_failure(module, construction, along_statements,
                           set_variables);
  std::vector<std::string> unsafe =
      blocks->reasons("it is built", owner, failure);
  if (TSNode eval = sloppy_direct_eval(module, function); !ts_node_is_null(eval))
    unsafe.push_back(
        owner + " runs '" + message_excerpt(tree.text(eval), 40) +
        "' in sloppy code, which may declare any name it reads, '" +
        root_name(tree, field(built, is(built, "new_expression") ? "constructor"
                                                                 : "function")) +
        "' too: at module scope the name is the module's");
  if (!failure.empty()) {
    if (TSNode guard = guard_before(module, declaration, body);
        !ts_node_is_null(guard))
      unsafe.push_back(failing_at_init(
          "'" + guard_text(tree, guard) + "' before it can end " + owner +
              " without building it",
          failure));
    if (std::string wrapper = helper ? "" : answering_wrapper(module, function);
        !wrapper.empty())
      unsafe.push_back(failing_at_init(wrapper, failure));
  }
  // A constructor that surely or perhaps throws fails INIT once moved,
  // wherever it is in the function.
  if (std::string throws = sdk_v2_version_failure(module, catalogue, built, modules);
      !throws.empty())
    unsafe.push_back(throws + ": at module scope INIT would fail, and every "
                     "invocation with it");
  if (std::string risk = wrapped_client_risk(module, catalogue, built, api);
      !risk.empty())
    unsafe.push_back(risk);
  bool connection = api.rule == rules::kConnectionInHandler;
  Use use = other_use(module, catalogue, body, declarator, name,
                      connection ? kChangingConnection : kChanging);
  if (connection && use.changes)
    return none(
        owner + " calls '" + use.text + "'" +
        (use.through.empty() ? "" : ", which calls '" + use.through + "'") +
        ": a connection at module scope would be closed, opened "
        "again or changed on every invocation");
  if (!form.empty()) {
    std::string reason = form.front();
    for (std::size_t i = 1; i < form.size(); ++i)
      reason += "; " + form[i];
    return {std::nullopt, reason};
  }
  // A database pool is made to be shared; its connections still keep what
  // a query left on them. What else the rule reports (an HTTP agent, a
  // Stripe client: pools of HTTP connections) says its catalogue risk
  // (trial fresh27: a database connection's words were said of both).
  bool database = api.family == "database";
  if (connection && database && api.builds.find("pool") != std::string::npos)
    unsafe.push_back(
        "at module scope the pool's connections keep their state (session "
        "settings, temporary tables, an open transaction a query left) into "
        "later invocations");
  else if (connection && database)
    unsafe.push_back(
        "at module scope a connection keeps its state (an open transaction, "
        "session settings) into later invocations, and a Lambda Managed "
        "Instances environment, which runs several invocations at once, "
        "shares it among them (only a pool is safe to share there)");
  else if (connection && !api.fix_risk.empty())
    unsafe.push_back(api.fix_risk);
  // Passed to what hoist does not read (a function of another module): it
  // may close it.
  if (connection && !use.text.empty())
    unsafe.push_back(owner + " uses '" + name + "' otherwise than to call "
                     "its methods ('" + use.text + "'), which may close or "
                     "change it for later invocations");
  else if (!use.text.empty())
    unsafe.push_back(owner + " uses '" + name + "' otherwise than to call "
                     "its operations ('" + use.text + "'), which may change "
                     "it for later invocations");
  // SDK v2 clients read the global configuration when built.
  TSNode callee = field(built, is(built, "new_expression") ? "constructor"
                                                          : "function");
  std::string root = root_name(tree, callee);
  auto library = imported_name(module, callee);
  bool sdk_v2 = library && library->first.rfind("aws-sdk", 0) == 0;
  // A helper's callers may change it before they call: the whole module.
  if (!root.empty() && tree.text(helper ? tree.root() : body)
                               .find(root + ".config") != std::string_view::npos)
    unsafe.push_back((helper ? std::string("the module") : owner) +
                     " changes '" + root +
                     ".config', which the client reads when it is built");
  else if (!changes.sdk_configuration.empty() && sdk_v2)
    unsafe.push_back("the invocation changes SDK v2's global "
                     "configuration (" + changes.sdk_configuration +
                     "), which the client reads when it is built: at module "
                     "scope it reads the configuration INIT has");
  if (std::string state =
          module_state_read(module, catalogue, construction, modules);
      !state.empty())
    unsafe.push_back("it reads " +
                     (state.front() == '\'' ? state : "'" + state + "'") +
                     ", module state that code may change between INIT and "
                     "an invocation");
  // So do the locals moved with it: `const ua = tenancy.current.ua` (the
  // whole statement, whose own name is a local: the walk skips its root).
  for (const auto &[local, statement] : along)
    if (std::string state =
            module_state_read(module, catalogue, statement, modules);
        !state.empty()) {
      unsafe.push_back("it reads '" + local + "', whose value reads " +
                       (state.front() == '\'' ? state : "'" + state + "'") +
                       ", module state that code may change between INIT and "
                       "an invocation");
      break;
    }
  // The module's walk only for a construction that reads the environment.
  bool writes = false;
  std::string moved_text(tree.text(construction));
  for (const auto &[local, statement] : along)
    moved_text += "\n" + std::string(tree.text(statement));
  bool reads_environment = moved_text.find("process.env") != std::string::npos;
  // A variable the SDKs may read, or the moved code: any, when it computes
  // the name (`process.env[key]`); else those it spells.
  auto may_read = [&](const std::optional<std::string> &variable) {
    return !variable || read_by_libraries(*variable) ||
           moved_text.find("process.env[") != std::string::npos ||
           moved_text.find(*variable) != std::string::npos;
  };
  std::string environment_write = changes.writes_unnamed.empty()
                                      ? ""
                                      : changes.environment;
  for (const auto &[variable, writer] : changes.variables)
    if (environment_write.empty() && may_read(variable))
      environment_write = "'" + writer + "' writes 'process.env." + variable + "'";
  // Module code after the place it moves to runs after it at INIT.
  std::string later = later_init_change(module, handler_statement, sdk_v2,
                                        &catalogue, modules);
  if (!later.empty())
    unsafe.push_back("module code after the place it moves to changes, at "
                     "INIT, what the client may read when it is built ('" +
                     later + "'): at module scope it is built before that "
                     "change");
  if (!environment_write.empty())
    unsafe.push_back("the invocation writes the environment (" +
                     environment_write + "), which a client may read when "
                     "it is built (the AWS SDKs read their region and "
                     "credentials there): at module scope it reads the "
                     "values INIT sees");
  else if (!changes.unfollowed.empty())
    unsafe.push_back("the invocation runs code hoist does not find (" +
                     changes.unfollowed + "), which may write the "
                     "environment a client reads when it is built: at module "
                     "scope it reads the values INIT sees");
  else if (!changes.library_call_in_tree.empty())
    // The repository's own package: not "library code" (trial fresh27).
    unsafe.push_back("the invocation runs code of the repository's package "
                     "in '" + changes.library_call_in_tree + "', which hoist "
                     "does not follow from an import by package name (" +
                     changes.library_call + "), and which may write the "
                     "environment a client reads when it is built: at module "
                     "scope it reads the values INIT sees");
  else if (!changes.library_call.empty())
    unsafe.push_back("the invocation runs library code hoist does not read (" +
                     changes.library_call + "), which may write the "
                     "environment a client reads when it is built: at module "
                     "scope it reads the values INIT sees");
  if (environment_write.empty() && reads_environment)
    walk_named_descendants(tree.root(), [&](TSNode node) {
      writes = writes || (writes_environment(module, node) &&
                          may_read(written_variable(module, node)));
      return !writes;
    });
  if (writes)
    unsafe.push_back("the module writes 'process.env', which it reads: at "
                     "module scope it reads the values INIT sees");
  // `with (process) { env.AWS_REGION = r; }` (sloppy-mode code): a name in
  // its body may be the object's member, which hoist cannot tell.
  if (tree.text(tree.root()).find("with") != std::string_view::npos) {
    bool with = false;
    walk_named_descendants(tree.root(), [&](TSNode node) {
      with = with || is(node, "with_statement");
      return !with;
    });
    if (with)
      unsafe.push_back("the module has a 'with' statement, whose names may "
                       "be an object's members (a write of the environment "
                       "among them), which hoist cannot tell");
  }
  // The module may bind the name already: to the same construction, it is
  // reused.
  Fix fix;
  if (module.binding(name) && !along.empty())
    return {std::nullopt, "the module binds '" + name + "' otherwise"};
  if (const Binding *bound = module.binding(name)) {
    TSNode value = is(bound->site, "variable_declarator")
                       ? field(bound->site, "value")
                       : TSNode{};
    TSNode bound_declaration = ts_node_parent(bound->site);
    if (ts_node_is_null(value) || tree.text(value) != tree.text(construction) ||
        !is(bound_declaration, "lexical_declaration") ||
        kind(ts_node_child(bound_declaration, 0)) != std::string_view("const") ||
        ts_node_start_byte(bound->site) >= handler_start)
      return {std::nullopt, "the module binds '" + name + "' otherwise"};
    fix.title = "use the module-level '" + name + "', built alike";
    // Module code between it and the handler runs after it is built.
    if (std::string between = later_init_change(
            module, ts_node_next_named_sibling(top_level_statement(bound->site)),
            sdk_v2, &catalogue, modules);
        !between.empty() && between != later)
      unsafe.push_back("module code after the module-level '" + name +
                       "' changes, at INIT, what the client may read when it "
                       "is built ('" + between + "'): the module-level one "
                       "was built before that change");
  } else if (module.is_module_variable(name) || module_var(module, name) ||
             commonjs_wrapper_name(name)) {
    return {std::nullopt, "the module binds '" + name + "' otherwise"};
  } else if (reads_global(module, name)) {
    return {std::nullopt, "the module reads a global '" + name +
                              "', which the moved one would replace"};
  } else {
    // Before the handler (and the comments above it), after what it reads;
    // not before a comment that ends the line of a statement above
    // (`require(...); // DDB`), which would put it before that statement.
    TSNode before = handler_statement;
    for (TSNode previous = ts_node_prev_named_sibling(before);
         is(previous, "comment") && own_lines(file, tree.range(previous), "//");
         previous = ts_node_prev_named_sibling(previous))
      before = previous;
    std::size_t at =
        file.lines().line_start(file.position(tree.range(before).begin).line);
    const std::string &statement = lines->text;
    // The locals it reads first, in their order, each leaving its lines.
    std::vector<TSNode> locals;
    for (const auto &[local, local_statement] : along)
      locals.push_back(local_statement);
    std::sort(locals.begin(), locals.end(), [](TSNode a, TSNode b) {
      return ts_node_start_byte(a) < ts_node_start_byte(b);
    });
    // Each local is an insertion of its own: two moves of one pass that
    // take it along (`const region` of `{ region }` in two clients) make it
    // once.
    for (TSNode local : locals) {
      std::optional<StatementLines> local_lines = statement_lines(tree, local);
      const std::string &text = local_lines->text;
      fix.claims.emplace(std::string(tree.text(field(
                             ts_node_named_child(local, 0), "name"))),
                         std::to_string(at) + ":" + text);
      fix.edits.push_back({tree.file(), {at, at}, text + "\n"});
      fix.edits.push_back({tree.file(), local_lines->lines, ""});
    }
    for (const std::string &temporary : temporaries) {
      std::string declaration = "let " + temporary + ";";
      fix.claims.emplace(temporary, std::to_string(at) + ":" + declaration);
      fix.edits.push_back({tree.file(), {at, at}, declaration + "\n"});
    }
    fix.edits.push_back({tree.file(), {at, at}, statement + "\n\n"});
    // Two handlers' moves of one name, made in one pass, would declare it
    // twice: only the same statement at the same point is made once.
    fix.claims.emplace(name, std::to_string(at) + ":" + statement);
    fix.title = along.empty()
                    ? "move '" + name + "' to module scope"
                    : "move '" + name + "' to module scope, with the "
                      "constants it reads";
  }
  fix.edits.push_back({tree.file(), lines->lines, ""});
  fix.applicability = unsafe.empty() ? Applicability::Safe
                                     : Applicability::Unsafe;
  JsHoistFix result{std::move(fix), "", failure};
  for (const std::string &why : unsafe)
    result.not_safe_because +=
        (result.not_safe_because.empty() ? "" : "; ") + why;
  return result;
}

} // namespace hoist::javascript
