#include "javascript/js_project_writers.h"

#include <algorithm>
#include <deque>
#include <map>

#include "core/message_excerpt.h"
#include "javascript/js_configuration_changes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::walk_named_descendants;

/// How many modules reachable_modules gives at most.
constexpr std::size_t kMaxModules = 32;

/// A function (or a `new Function(...)`) of a module and what it changes.
struct Candidate {
  TSNode function;
  std::string change;
  bool sdk_configuration = false;
};

/// What `node`, in a function's own body, changes: "" when nothing.
std::string change_at(const JsModule &module, const JsCatalogue &catalogue,
                      TSNode node, bool &sdk_configuration) {
  const JsTree &tree = module.tree();
  std::string text = message_excerpt(tree.text(node), 60);
  if (writes_environment(module, node))
    return "writes '" + text + "'";
  if (auto library = called_library(module, node);
      library && catalogue.writes_environment(library->first, library->second))
    return "runs '" + text + "'";
  if (runs_code_that_may_write(module, node))
    return "runs '" + text + "', code hoist does not read";
  if (changes_sdk_configuration(module, node)) {
    sdk_configuration = true;
    return "runs '" + text + "'";
  }
  return "";
}

/// The key a function value is kept under where it is written: a pair's
/// key, a method's or a field's name, `o.x = f`'s `x`, a declarator's name.
std::string kept_under(const JsTree &tree, TSNode value) {
  TSNode parent = ts_node_parent(value);
  while (is(parent, "parenthesized_expression"))
    parent = ts_node_parent(parent);
  if (is(value, "method_definition"))
    return std::string(tree.text(field(value, "name")));
  if (is(parent, "pair"))
    return string_value(tree, field(parent, "key"))
        .value_or(std::string(tree.text(field(parent, "key"))));
  if (is(parent, "field_definition") || is(parent, "public_field_definition"))
    return std::string(tree.text(
        field(parent, is(parent, "field_definition") ? "property" : "name")));
  if (is(parent, "assignment_expression")) {
    TSNode left = unwrap_expression(field(parent, "left"));
    if (is(left, "member_expression"))
      return std::string(tree.text(field(left, "property")));
  }
  if (is(parent, "variable_declarator"))
    return std::string(tree.text(field(parent, "name")));
  return "";
}

/// The name a function is declared by, when code calls it by that name
/// (`function f() {}`, `const f = () => {}`, `const f = new
/// Function(...)`); "" for a value kept otherwise.
std::string declared_name(const JsTree &tree, TSNode function) {
  if (is(function, "function_declaration") ||
      is(function, "generator_function_declaration"))
    return std::string(tree.text(field(function, "name")));
  TSNode parent = ts_node_parent(function);
  if (is(parent, "variable_declarator") &&
      is(field(parent, "name"), "identifier"))
    return std::string(tree.text(field(parent, "name")));
  return "";
}

/// True when the declaration around `node` is exported (`export function`).
bool exported(TSNode node) {
  for (TSNode at = ts_node_parent(node); !ts_node_is_null(at);
       at = ts_node_parent(at))
    if (is(at, "export_statement"))
      return true;
  return false;
}

/// Adds the candidates of `module` that change configuration by
/// themselves.
void own_changes(const JsModule &module, const JsCatalogue &catalogue,
                 std::vector<Candidate> &found) {
  walk_named_descendants(module.tree().root(), [&](TSNode node) {
    Candidate candidate{node, "", false};
    if (is_function_node(node)) {
      walk_own_body(node, [&](TSNode inner) {
        if (candidate.change.empty())
          candidate.change =
              change_at(module, catalogue, inner, candidate.sdk_configuration);
        return candidate.change.empty();
      });
    } else if (runs_code_that_may_write(module, node) &&
               module.tree()
                       .text(field(node, is(node, "new_expression")
                                             ? "constructor"
                                             : "function"))
                       .find("Function") != std::string_view::npos) {
      // new Function('r', 'process.env.AWS_REGION = r'): a function whose
      // code hoist does not read
      candidate.change = "runs code hoist does not read";
    }
    if (!candidate.change.empty())
      found.push_back(candidate);
    return true;
  });
}

} // namespace

std::vector<const JsModule *>
reachable_modules(Modules &modules, const std::vector<const JsModule *> &start) {
  std::vector<const JsModule *> found;
  std::deque<const JsModule *> pending(start.begin(), start.end());
  while (!pending.empty() && found.size() < kMaxModules) {
    const JsModule *module = pending.front();
    pending.pop_front();
    if (std::find(found.begin(), found.end(), module) != found.end())
      continue;
    found.push_back(module);
    for (const ModuleLoad &load : module_loads(*module))
      if (load.specifier && load.specifier->rfind(".", 0) == 0)
        if (const JsModule *loaded = modules.imported(*module, *load.specifier))
          pending.push_back(loaded);
  }
  return found;
}

std::vector<ProjectWriter>
project_writers(Modules &modules, const JsCatalogue &catalogue,
                const std::vector<const JsModule *> &within) {
  std::vector<ProjectWriter> writers;
  // By module, the functions that change configuration, by where they start.
  std::map<std::pair<const JsModule *, uint32_t>, Candidate> changing;
  std::vector<std::pair<const JsModule *, TSNode>> functions;
  for (const JsModule *module : within) {
    std::string_view text = module->tree().text(module->tree().root());
    if (text.find("env") == std::string_view::npos &&
        text.find("config") == std::string_view::npos &&
        text.find("eval") == std::string_view::npos &&
        text.find("Function") == std::string_view::npos)
      continue;
    std::vector<Candidate> found;
    own_changes(*module, catalogue, found);
    for (Candidate &candidate : found)
      changing.emplace(
          std::pair(module, ts_node_start_byte(candidate.function)), candidate);
  }
  if (changing.empty())
    return writers;
  // And those that call one of them (`setup(e) { applyRegion(e) }`).
  for (const JsModule *module : within)
    walk_named_descendants(module->tree().root(), [&](TSNode node) {
      if (is_function_node(node))
        functions.push_back({module, node});
      return true;
    });
  for (int round = 0; round < 4; ++round) {
    bool more = false;
    for (const auto &[module, function] : functions) {
      auto key = std::pair(module, ts_node_start_byte(function));
      if (changing.count(key))
        continue;
      Candidate candidate{function, "", false};
      walk_own_body(function, [&](TSNode node) {
        if (!candidate.change.empty())
          return false;
        if (!is(node, "call_expression") && !is(node, "new_expression"))
          return true;
        TSNode callee = field(node, is(node, "call_expression")
                                        ? "function"
                                        : "constructor");
        Resolved called = resolve_function(modules, *module, callee);
        if (!called)
          return true;
        auto known = changing.find(
            std::pair(called->first, ts_node_start_byte(called->second)));
        if (known != changing.end()) {
          candidate.change = "calls '" +
                             message_excerpt(module->tree().text(callee), 30) +
                             "', which " + known->second.change;
          candidate.sdk_configuration = known->second.sdk_configuration;
        }
        return candidate.change.empty();
      });
      if (!candidate.change.empty()) {
        changing.emplace(key, candidate);
        more = true;
      }
    }
    if (!more)
      break;
  }
  // Those code may call without their name, and the keys they are kept
  // under.
  for (const JsModule *module : within) {
    const JsTree &tree = module->tree();
    for (const auto &[key, candidate] : changing) {
      if (key.first != module)
        continue;
      TSNode function = candidate.function;
      ProjectWriter writer{module, function, function_name(tree, function),
                           candidate.change, candidate.sdk_configuration, {}};
      std::string name = declared_name(tree, function);
      // A Function built from a string: its calls by name are resolved
      // to nothing either.
      bool kept = name.empty() || exported(function) ||
                  !is_function_node(function);
      if (std::string under = kept_under(tree, function); !under.empty())
        writer.keys.insert(under);
      if (!name.empty()) {
        writer.name = name;
        TSNode declared_at = is(function, "function_declaration") ||
                                     is(function, "generator_function_declaration")
                                 ? field(function, "name")
                                 : field(ts_node_parent(function), "name");
        // Each use of its name but a call: where it is kept.
        walk_named_descendants(tree.root(), [&](TSNode node) {
          if ((!is(node, "identifier") &&
               !is(node, "shorthand_property_identifier")) ||
              tree.text(node) != name || ts_node_eq(node, declared_at))
            return true;
          TSNode parent = ts_node_parent(node);
          if (is(parent, "call_expression") &&
              ts_node_eq(field(parent, "function"), node))
            return true;
          kept = true;
          if (is(node, "shorthand_property_identifier"))
            writer.keys.insert(name);
          else if (is(parent, "pair") && ts_node_eq(field(parent, "value"), node))
            writer.keys.insert(kept_under(tree, node));
          else if (std::string under = kept_under(tree, node); !under.empty())
            writer.keys.insert(under);
          return true;
        });
      }
      if (kept)
        writers.push_back(std::move(writer));
    }
  }
  return writers;
}

} // namespace hoist::javascript
