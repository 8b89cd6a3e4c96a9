#include "javascript/js_configuration_changes.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>

#include "core/message_excerpt.h"
#include "javascript/js_environment.h"
#include "javascript/js_module.h"
#include "javascript/js_resolve.h"
#include "javascript/js_workspace.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

using treesitter::is;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// Library calls that write the object their first argument is
/// (`Object.assign(process.env, ...)`, `Reflect.set(process.env, k, v)`),
/// and, by index, the argument that names the variable.
const std::map<std::string_view, int> kObjectWriters{
    {"Object.assign", -1},          {"Object.defineProperty", 1},
    {"Object.defineProperties", -1}, {"Reflect.set", 1},
    {"Reflect.defineProperty", 1},   {"Reflect.deleteProperty", 1}};

/// True when the object or array literal around `part` (through nested
/// literals) is an argument of a call that only reads it
/// (only_reads_arguments) or copies it into a child process
/// (`spawn(cmd, args, { env: process.env })`): no code may write it.
bool handed_only_to_readers(const JsModule &module, TSNode part) {
  TSNode at = ts_node_parent(part);
  while (is(at, "object") || is(at, "array") || is(at, "pair") ||
         is(at, "spread_element") || is(at, "parenthesized_expression"))
    at = ts_node_parent(at);
  if (!is(at, "arguments"))
    return false;
  TSNode callee = field(ts_node_parent(at), "function");
  if (only_reads_arguments(module.tree().text(callee)))
    return true;
  auto imported = imported_name(module, unwrap_expression(callee));
  return imported && (imported->first == "child_process" ||
                      imported->first == "node:child_process");
}

/// How `node` writes the environment: the object written (`process.env`
/// itself, or one of its variables: `process.env.X`, `env[k]` of an alias)
/// and, for a library call, the variable's name argument; a null target
/// when it does not.
struct EnvironmentTarget {
  TSNode target{};
  TSNode name{};   ///< the argument naming the variable, for a library call
  bool passed = false; ///< handed to a call that may write it
};
EnvironmentTarget environment_target(const JsModule &module, TSNode node) {
  const JsTree &tree = module.tree();
  // `process.env`, or `X.name` / `X[name]` of it
  auto is_environment = [&](TSNode target) {
    target = unwrap_expression(target);
    if (is_environment_object(module, target))
      return true;
    return (is(target, "member_expression") ||
            is(target, "subscript_expression")) &&
           is_environment_object(module, field(target, "object"));
  };
  TSNode target{};
  if (is(node, "assignment_expression") ||
      is(node, "augmented_assignment_expression") ||
      is(node, "for_in_statement")) {
    // Each part a destructuring stores to (`[, , , process.env.R] = arn`).
    for_each_stored_expression(field(node, "left"), [&](TSNode stored) {
      if (ts_node_is_null(target) && is_environment(stored))
        target = stored;
    });
  } else if (is(node, "unary_expression") &&
           ts_node_type(field(node, "operator")) == std::string_view("delete"))
    target = field(node, "argument");
  else if (is(node, "call_expression")) {
    std::vector<TSNode> arguments = arguments_of(node);
    std::string_view callee = tree.text(field(node, "function"));
    auto writer = kObjectWriters.find(callee);
    if (writer != kObjectWriters.end()) {
      if (!arguments.empty() && is_environment_object(module, arguments[0]))
        return {unwrap_expression(arguments[0]),
                writer->second >= 0 &&
                        static_cast<std::size_t>(writer->second) <
                            arguments.size()
                    ? arguments[writer->second]
                    : TSNode{},
                false};
      // Of the process object: it may replace `process.env` itself
      // (`Object.defineProperty(process, 'env', { value: {...} })`).
      if (!arguments.empty() && is_process_object(module, arguments[0]))
        return {unwrap_expression(arguments[0]), TSNode{}, true};
      return {};
    }
    // Handed to code that may write it (`applyRegion(process.env, r)`,
    // `configure(process)`).
    if (!only_reads_arguments(callee))
      for (TSNode argument : arguments)
        if (is_environment_object(module, argument) ||
            is_process_object(module, argument))
          return {unwrap_expression(argument), TSNode{}, true};
    return {};
  }
  // Kept in an object or an array (`apply({ env: process.env }, r)`, `{
  // env }` of an alias, `ctx.env = process.env`): code that is handed it
  // may write it, unless only a call that reads or copies it is.
  TSNode kept{};
  if (is(node, "pair"))
    kept = field(node, "value");
  else if (is(node, "shorthand_property_identifier"))
    kept = node;
  else if (is(node, "assignment_expression") &&
           !is(unwrap_expression(field(node, "left")), "identifier"))
    kept = field(node, "right");
  if (is(node, "array"))
    for (TSNode element : named_children(node))
      if (is_environment_object(module, element) ||
          is_process_object(module, element))
        kept = element;
  if (!ts_node_is_null(kept) &&
      (is_environment_object(module, kept) || is_process_object(module, kept)) &&
      !handed_only_to_readers(module, node))
    return {unwrap_expression(kept), TSNode{}, true};
  return !ts_node_is_null(target) && is_environment(target)
             ? EnvironmentTarget{unwrap_expression(target), TSNode{}, false}
             : EnvironmentTarget{};
}

/// True when `construction` is given worker_threads' `SHARE_ENV` (`new
/// Worker(code, { env: SHARE_ENV })`): the thread it starts writes this
/// process's environment, by code hoist does not read.
bool shares_environment(const JsModule &module, TSNode construction) {
  bool shared = false;
  walk_named_descendants(field(construction, "arguments"), [&](TSNode part) {
    auto imported = shared ? std::nullopt : imported_name(module, part);
    shared = shared || (imported && imported->second == "SHARE_ENV" &&
                        (imported->first == "worker_threads" ||
                         imported->first == "node:worker_threads"));
    return !shared;
  });
  return shared;
}

} // namespace

bool only_reads_arguments(std::string_view callee) {
  static const std::set<std::string_view> kReaders{
      "Object.keys",    "Object.values",  "Object.entries",
      "Object.hasOwn",  "Object.getOwnPropertyNames",
      "Object.isFrozen", "Object.isSealed", "Object.isExtensible",
      "JSON.stringify", "String",         "Boolean",
      "structuredClone", "console.log",   "console.info",
      "console.warn",   "console.error",  "console.debug",
      "console.dir",    "console.table"};
  return kReaders.count(callee) > 0;
}

bool writes_environment(const JsModule &module, TSNode node) {
  return !ts_node_is_null(environment_target(module, node).target);
}

std::optional<std::string> written_variable(const JsModule &module,
                                            TSNode node) {
  const JsTree &tree = module.tree();
  EnvironmentTarget written = environment_target(module, node);
  if (!ts_node_is_null(written.name))
    return string_value(tree, written.name);
  TSNode target = written.target;
  if (ts_node_is_null(target) || is_environment_object(module, target))
    return std::nullopt;
  if (is(target, "member_expression"))
    return std::string(tree.text(field(target, "property")));
  if (is(target, "subscript_expression"))
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

std::optional<std::pair<std::string, std::string>>
called_library(const JsModule &module, TSNode call) {
  if (!is(call, "call_expression"))
    return std::nullopt;
  TSNode callee = unwrap_expression(field(call, "function"));
  if (auto name = imported_name(module, callee))
    return name;
  if (is(callee, "member_expression") &&
      is_process_object(module, field(callee, "object")))
    return std::pair(std::string("process"),
                     std::string(module.tree().text(field(callee, "property"))));
  return std::nullopt;
}

bool runs_code_that_may_write(const JsModule &module, TSNode node) {
  const JsTree &tree = module.tree();
  bool is_new = is(node, "new_expression");
  if (!is_new && !is(node, "call_expression"))
    return false;
  TSNode callee = unwrap_expression(field(node, is_new ? "constructor"
                                                       : "function"));
  if (is(callee, "sequence_expression")) // (0, eval)(code)
    callee = ts_node_named_child(callee, ts_node_named_child_count(callee) - 1);
  std::string_view name = tree.text(callee);
  if (name == "globalThis.eval" || name == "global.eval")
    name = "eval";
  if (name == "globalThis.Function" || name == "global.Function")
    name = "Function";
  if ((name != "eval" || is_new) && name != "Function")
    return false;
  std::string own(name);
  if (module.binding(own) || local_declaration(module, callee, own))
    return false; // a function of the module's own by that name
  std::vector<TSNode> arguments = arguments_of(node);
  if (arguments.empty())
    return false;
  // eval's code is its argument; a Function's, its last.
  TSNode code = unwrap_expression(name == "eval" ? arguments.front()
                                                 : arguments.back());
  std::optional<std::string> text = string_value(tree, code);
  if (!text && is(code, "template_string") &&
      ts_node_named_child_count(code) <= 1 &&
      !is(ts_node_named_child(code, 0), "template_substitution"))
    text = std::string(tree.text(code));
  if (!text)
    return true; // code hoist cannot read
  return text->find("env") != std::string::npos ||
         text->find("config") != std::string::npos;
}

namespace {

/// The path a relative `specifier` of `module` names, without the
/// extension: the same for every module that imports it.
std::string imported_base(const JsModule &module, const std::string &specifier) {
  std::filesystem::path path =
      (std::filesystem::path(module.tree().file()->path()).parent_path() /
       specifier)
          .lexically_normal();
  static const std::set<std::string> kExtensions{".js", ".mjs", ".cjs", ".ts",
                                                 ".mts", ".cts"};
  if (kExtensions.count(path.extension().string()))
    path.replace_extension();
  return path.generic_string();
}

/// True when `function` (a function expression) runs while the module code
/// that names it runs: called at once (`(function () {...})()`, `void
/// function () {...}()`, not async: that is runs_later), or given to a
/// call that calls it before it returns (calls_at_once: `forEach`,
/// `als.run(store, callback)`).
bool runs_now(const JsModule &module, const JsCatalogue *catalogue,
              TSNode function) {
  const JsTree &tree = module.tree();
  TSNode at = function;
  TSNode parent = ts_node_parent(at);
  while (is(parent, "parenthesized_expression")) {
    at = parent;
    parent = ts_node_parent(parent);
  }
  if (is(parent, "call_expression") && ts_node_eq(field(parent, "function"), at))
    return tree.text(function).rfind("async", 0) != 0;
  return is(parent, "arguments") &&
         calls_at_once(module, catalogue, ts_node_parent(parent), at);
}

/// True when `function` (a function expression) runs after the module
/// code around it, though that code starts it: a callback of a promise or
/// a timer (`.then(...)`, `setTimeout(...)`, `setImmediate(...)`), or an
/// async function called at once (`(async () => { ... })()`), past its
/// first `await`.
bool runs_later(const JsTree &tree, TSNode function) {
  TSNode parent = ts_node_parent(function);
  while (is(parent, "parenthesized_expression"))
    parent = ts_node_parent(parent);
  if (is(parent, "call_expression")) // called at once
    return tree.text(function).rfind("async", 0) == 0;
  if (!is(parent, "arguments"))
    return false;
  TSNode call = ts_node_parent(parent);
  static const std::set<std::string_view> kDeferring{
      "setTimeout", "setImmediate", "setInterval", "process.nextTick",
      "queueMicrotask", "Promise"};
  TSNode callee = field(call, is(call, "new_expression") ? "constructor"
                                                         : "function");
  if (kDeferring.count(tree.text(callee)))
    return true;
  if (!is(callee, "member_expression"))
    return false;
  std::string_view method = tree.text(field(callee, "property"));
  return method == "then" || method == "catch" || method == "finally";
}

/// True for the test of a local runner's block, which Lambda never runs:
/// `require.main === module` (the runtime's bootstrap is the main module),
/// `import.meta.url === pathToFileURL(process.argv[1]).href`,
/// `process.argv[1] === __filename` (its argv[1] is the bootstrap's
/// path), either way round.
bool tests_main_module(const JsTree &tree, TSNode condition) {
  condition = unwrap_expression(condition);
  if (!is(condition, "binary_expression"))
    return false;
  std::string_view op = tree.text(field(condition, "operator"));
  if (op != "===" && op != "==")
    return false;
  std::string_view left = tree.text(field(condition, "left"));
  std::string_view right = tree.text(field(condition, "right"));
  auto either = [&](auto test) {
    return test(left, right) || test(right, left);
  };
  return either([](std::string_view a, std::string_view b) {
    return (a == "require.main" && b == "module") ||
           (a == "import.meta.url" &&
            b.find("process.argv[1]") != std::string_view::npos) ||
           (a == "process.argv[1]" &&
            (b == "__filename" ||
             b.find("import.meta.url") != std::string_view::npos));
  });
}

/// How deep later_init_change follows the project modules required.
constexpr int kMaxRequired = 3;

std::string module_init_change(const JsModule &module, bool sdk_configuration,
                               const JsCatalogue *catalogue, Modules *modules,
                               int depth);

/// The functions of the project a walk of init_change entered, each once.
using Entered = std::set<std::pair<const JsModule *, uint32_t>>;

/// The first change the module-level `statement` makes of the environment
/// or of SDK v2's configuration (with `sdk_configuration`): by itself (not
/// with `deferred_only`), in a callback that runs later (runs_later),
/// through a library call the catalogue says writes the environment
/// (dotenv's `config()`), or in the module code of a project module it
/// requires; "" when there is none.
std::string init_change(const JsModule &module, TSNode statement,
                        bool sdk_configuration, bool deferred_only,
                        const JsCatalogue *catalogue, Modules *modules,
                        int depth, Entered *entered = nullptr) {
  const JsTree &tree = module.tree();
  Entered own;
  if (!entered)
    entered = &own;
  std::string found;
  std::function<bool(TSNode, bool)> visit = [&](TSNode node, bool deferred) {
    if (!found.empty())
      return false;
    auto inside = [&](TSNode inner) { return visit(inner, deferred); };
    if (opens_scope(node)) {
      if (is_function_node(node) && runs_later(tree, node))
        walk_named_descendants(node, [&](TSNode inner) {
          return visit(inner, true);
        });
      else if (is_function_node(node) && runs_now(module, catalogue, node))
        walk_named_descendants(node, inside);
      else if (is_class_node(node))
        // Its static blocks and static fields run as it is defined.
        for (TSNode member : named_children(field(node, "body")))
          if (is(member, "class_static_block") || is_static_field(member))
            walk_named_descendants(member, inside);
      return false;
    }
    if (!deferred && deferred_only)
      return true;
    // A local runner's block: only its `else` runs under Lambda.
    if (is(node, "if_statement") &&
        tests_main_module(tree, field(node, "condition"))) {
      TSNode otherwise = field(node, "alternative");
      if (!ts_node_is_null(otherwise))
        walk_named_descendants(otherwise, inside);
      return false;
    }
    auto library = called_library(module, node);
    auto loaded_library = required_module(module, node);
    auto required = modules && depth < kMaxRequired ? loaded_library
                                                    : std::nullopt;
    if (writes_environment(module, node) ||
        (sdk_configuration && changes_sdk_configuration(module, node)) ||
        (library && catalogue &&
         catalogue->writes_environment(library->first, library->second)) ||
        // loaded for what its module code does (`require('dotenv/config')`)
        (loaded_library && catalogue &&
         catalogue->writes_environment(*loaded_library, "")))
      found = message_excerpt(tree.text(node), 60);
    else if (required && required->rfind(".", 0) == 0) {
      if (const JsModule *loaded = modules->imported(module, *required))
        if (std::string inner = module_init_change(
                *loaded, sdk_configuration, catalogue, modules, depth + 1);
            !inner.empty())
          found = message_excerpt(tree.text(node), 40) + " -> " + inner;
    } else if (is(node, "call_expression") && modules && depth < kMaxRequired) {
      // A function of the project it calls runs now (`configure();`, a
      // method, an import's), and one it gives a call that calls it at
      // once (`als.run(store, configure)`): what it changes, module code
      // does.
      std::vector<TSNode> run{field(node, "function")};
      for (TSNode argument : arguments_of(node))
        if (!is_function_node(unwrap_expression(argument)) &&
            calls_at_once(module, catalogue, node, argument))
          run.push_back(argument);
      for (TSNode callee : run) {
        Resolved called = resolve_function(*modules, module, callee);
        if (!called || !is_function_node(called->second) ||
            !entered->insert({called->first, ts_node_start_byte(called->second)})
                 .second)
          continue;
        TSNode body = field(called->second, "body");
        if (!ts_node_is_null(body))
          if (std::string inner = init_change(
                  *called->first, body, sdk_configuration, false, catalogue,
                  modules, depth + 1, entered);
              !inner.empty()) {
            found = is_function_node(unwrap_expression(callee))
                        ? inner // called where it is written: it shows
                        : message_excerpt(tree.text(node), 40) + " -> " + inner;
            break;
          }
      }
    }
    return found.empty();
  };
  if (visit(statement, false))
    walk_named_descendants(statement,
                           [&](TSNode node) { return visit(node, false); });
  return found;
}

/// The first change `module`'s code makes at INIT (init_change).
std::string module_init_change(const JsModule &module, bool sdk_configuration,
                               const JsCatalogue *catalogue, Modules *modules,
                               int depth) {
  std::string found;
  for (TSNode statement : named_children(module.tree().root()))
    if (found.empty())
      found = init_change(module, statement, sdk_configuration, false,
                          catalogue, modules, depth);
  return found;
}

} // namespace

bool calls_at_once(const JsModule &module, const JsCatalogue *catalogue,
                   TSNode call, TSNode argument, bool once) {
  TSNode callee = is(call, "call_expression")
                      ? unwrap_expression(field(call, "function"))
                      : TSNode{};
  if (!catalogue || !is(callee, "member_expression"))
    return false;
  std::vector<TSNode> given = arguments_of(call);
  auto at = std::find_if(given.begin(), given.end(), [&](TSNode each) {
    return ts_node_eq(each, argument);
  });
  if (at == given.end())
    return false;
  // What `new` built the object, when a name holds it.
  std::optional<std::pair<std::string, std::string>> built;
  TSNode object = unwrap_expression(field(callee, "object"));
  if (is(object, "identifier")) {
    std::string name(module.tree().text(object));
    std::optional<TSNode> declared = local_declaration(module, object, name);
    const Binding *binding = declared ? nullptr : module.binding(name);
    TSNode site = declared ? *declared : binding ? binding->site : TSNode{};
    TSNode value = is(site, "variable_declarator")
                       ? unwrap_expression(field(site, "value"))
                       : TSNode{};
    if (is(value, "new_expression"))
      built = imported_name(module, field(value, "constructor"));
  }
  return catalogue->calls_at_once(
      built, module.tree().text(field(callee, "property")),
      static_cast<std::size_t>(at - given.begin()), once);
}

std::string later_init_change(const JsModule &module, TSNode statement,
                              bool sdk_configuration,
                              const JsCatalogue *catalogue, Modules *modules) {
  std::string found;
  if (ts_node_is_null(statement))
    return found; // none: the module ends there (or holds no statement)
  // Started above it, done after: the callbacks of module code before it.
  for (TSNode before = ts_node_prev_named_sibling(statement);
       !ts_node_is_null(before) && found.empty();
       before = ts_node_prev_named_sibling(before))
    found = init_change(module, before, sdk_configuration, true, catalogue,
                        modules, 0);
  for (; !ts_node_is_null(statement) && found.empty();
       statement = ts_node_next_named_sibling(statement))
    found = init_change(module, statement, sdk_configuration, false,
                        catalogue, modules, 0);
  return found;
}

void InvokePathChanges::note(const JsModule &module,
                             const JsCatalogue &catalogue, TSNode node,
                             const std::string &function, Modules *modules) {
  const JsTree &tree = module.tree();
  note_load(module, catalogue, node, function, modules);
  auto library = called_library(module, node);
  // Library code hoist does not read may write the environment, unless
  // the catalogue knows it for harmless (Python's rule too).
  if (auto called = is(node, "new_expression")
                        ? imported_name(module, field(node, "constructor"))
                        : library;
      called && library_call.empty() && called->first.rfind(".", 0) != 0 &&
      called->first.rfind("/", 0) != 0 && called->first != "process" &&
      !catalogue.harmless(called->first))
  {
    library_call = "'" + function + "' calls '" +
                   message_excerpt(tree.text(field(
                       node, is(node, "new_expression") ? "constructor"
                                                        : "function")), 40) +
                   "' (from '" + called->first + "')";
    if (std::filesystem::path package = workspace_package(
            std::filesystem::path(tree.file()->path()).parent_path(),
            called->first);
        !package.empty())
    {
      // As the files are shown: relative to where hoist runs, when below.
      std::filesystem::path relative =
          package.lexically_relative(std::filesystem::current_path());
      library_call_in_tree =
          relative.empty() || *relative.begin() == ".." ? package.string()
                                                        : relative.string();
    }
  }
  // eval's code runs now (a Function's when it is called: a call hoist
  // does not resolve).
  if (is(node, "call_expression") &&
      tree.text(field(node, "function")).find("eval") != std::string_view::npos &&
      runs_code_that_may_write(module, node)) {
    std::string run = "'" + function + "' runs '" +
                      message_excerpt(tree.text(node), 60) +
                      "', code hoist does not read";
    if (writes_unnamed.empty())
      writes_unnamed = function;
    if (environment.empty())
      environment = run;
    if (sdk_configuration.empty())
      sdk_configuration = run;
  } else if (library &&
             catalogue.writes_environment(library->first, library->second)) {
    if (writes_unnamed.empty())
      writes_unnamed = function;
    if (environment.empty())
      environment = "'" + function + "' runs '" +
                    message_excerpt(tree.text(node), 60) + "'";
  } else if (is(node, "new_expression") && shares_environment(module, node)) {
    if (writes_unnamed.empty())
      writes_unnamed = function;
    if (environment.empty())
      environment = "'" + function + "' starts '" +
                    message_excerpt(tree.text(node), 60) +
                    "', a worker thread that shares 'process.env' "
                    "(SHARE_ENV), whose code may write it";
  } else if (EnvironmentTarget written = environment_target(module, node);
             !ts_node_is_null(written.target)) {
    std::optional<std::string> variable = written_variable(module, node);
    if (variable)
      variables.emplace(*variable, function);
    else if (writes_unnamed.empty())
      writes_unnamed = function;
    std::string object = message_excerpt(tree.text(written.target), 30);
    if (!environment.empty()) {
      // the first write is the one named
    } else if (variable) {
      environment = "'" + function + "' writes 'process.env." + *variable + "'";
    } else if (written.passed && is(node, "call_expression")) {
      environment = "'" + function + "' hands '" + object + "' to '" +
                    message_excerpt(tree.text(node), 60) +
                    "', which may write it";
    } else if (written.passed) {
      TSNode holder = is(node, "pair") || is(node, "shorthand_property_identifier")
                          ? ts_node_parent(node) // the object literal
                          : node;
      environment = "'" + function + "' keeps '" + object + "' in '" +
                    message_excerpt(tree.text(holder), 60) +
                    "', where code it is handed to may write it";
    } else {
      environment = "'" + function + "' writes '" +
                    message_excerpt(tree.text(node), 60) + "'";
    }
  }
  // The variables an assignment changes, or a member of one: each part a
  // destructuring or a `for...of` stores to (`({ region: cfg.region } =
  // event)`, `for (cfg.region of regions)`) too.
  TSNode stored = is(node, "assignment_expression") ||
                          is(node, "augmented_assignment_expression") ||
                          is(node, "for_in_statement")
                      ? field(node, "left")
                  : is(node, "update_expression") ? field(node, "argument")
                                                  : TSNode{};
  for_each_stored_expression(stored, [&](TSNode left) {
    TSNode target = left;
    for (; is(target, "member_expression") || is(target, "subscript_expression");
         target = unwrap_expression(field(target, "object"))) {
    }
    if (!is(target, "identifier"))
      return;
    std::string name(tree.text(target));
    if (module.is_module_variable(name) &&
        !local_declaration(module, target, name))
      state.emplace(std::pair(&module, name), function);
    // A member of a project module's exports, through an import: the
    // other modules that import it read it too.
    const Binding *binding = module.binding(name);
    if (binding && binding->kind == Binding::Kind::Import &&
        binding->module.rfind(".", 0) == 0 && !ts_node_eq(left, target) &&
        !local_declaration(module, target, name))
      exports_changed.emplace(imported_base(module, binding->module), function);
  });
  if (sdk_configuration.empty() && changes_sdk_configuration(module, node))
    sdk_configuration = "'" + function + "' runs '" +
                        message_excerpt(tree.text(node), 60) + "'";
}

void InvokePathChanges::note_load(const JsModule &module,
                                  const JsCatalogue &catalogue, TSNode node,
                                  const std::string &function,
                                  Modules *modules) {
  TSNode specifier = loaded_specifier(module, node);
  if (ts_node_is_null(specifier))
    return;
  const JsTree &tree = module.tree();
  std::optional<std::string> loaded = required_module(module, node);
  std::string load = "'" + function + "' loads '" +
                     (loaded ? *loaded : message_excerpt(tree.text(node), 60)) +
                     "'";
  // Loaded for what its module code does (`require('dotenv/config')`).
  if (loaded && catalogue.writes_environment(*loaded, "")) {
    if (writes_unnamed.empty())
      writes_unnamed = function;
    if (environment.empty())
      environment = load;
    return;
  }
  bool project =
      loaded && (loaded->rfind(".", 0) == 0 || loaded->rfind("/", 0) == 0);
  if (loaded && !project) {
    // A package: hoist does not read it, unless it knows it for harmless.
    if (library_call.empty() && !catalogue.harmless(*loaded))
      library_call = load + ", a package hoist does not read";
    return;
  }
  // Data, no code.
  if (loaded && loaded->size() > 5 &&
      loaded->compare(loaded->size() - 5, 5, ".json") == 0)
    return;
  const JsModule *target =
      loaded && modules ? modules->imported(module, *loaded) : nullptr;
  if (!target) {
    if (library_call.empty())
      library_call = load + (loaded ? ", a module hoist cannot read"
                                    : ", a module by a path hoist does not "
                                      "compute");
    return;
  }
  // Its module code runs now, the first time: what it changes, the
  // invocation does.
  if (std::string change =
          module_init_change(*target, false, &catalogue, modules, 0);
      !change.empty()) {
    if (writes_unnamed.empty())
      writes_unnamed = function;
    if (environment.empty())
      environment = load + ", whose module code runs '" + change + "'";
  } else if (std::string change =
                 module_init_change(*target, true, &catalogue, modules, 0);
             !change.empty() && sdk_configuration.empty()) {
    sdk_configuration = load + ", whose module code runs '" + change + "'";
  }
}

std::string InvokePathChanges::exports_changer(const JsModule &module,
                                               const Binding &binding) const {
  if (binding.kind != Binding::Kind::Import ||
      binding.module.rfind(".", 0) != 0)
    return "";
  auto changed = exports_changed.find(imported_base(module, binding.module));
  return changed == exports_changed.end() ? "" : changed->second;
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
