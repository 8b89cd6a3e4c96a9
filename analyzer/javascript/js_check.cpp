#include "javascript/js_check.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <map>
#include <set>

#include "core/message_excerpt.h"
#include "core/rule_text.h"
#include "javascript/js_handlers.h"
#include "javascript/js_module.h"
#include "python/syntax_tree.h"
#include "rules/rule_ids.h"

namespace hoist::javascript {
namespace {

namespace fs = std::filesystem;
using python::is;
using python::kind;
using python::named_children;
using python::walk_named_descendants;

/// A function that runs on every invocation, and the calls that lead to it.
struct CallStep {
  const JsModule *module; ///< where the call is
  TSNode call;
  std::string caller, callee;
  enum class How {
    Call,       ///< the caller calls the callee here
    Registered, ///< the callee is registered with what the handler serves
                ///< (a route of an app, a GraphQL resolver)
    Passed,     ///< the caller passes the callee to a call here, which runs it
  };
  How how = How::Call;
};
struct Reached {
  const JsModule *module;
  TSNode function;
  std::string name;
  std::vector<CallStep> chain;
  /// How many arguments the call passes: the parameters after them get
  /// their defaults.
  std::size_t arguments;
  /// A call on the chain runs only while module state is unset (`if
  /// (!pool) await connect()`): what it builds, it builds once.
  bool lazily = false;
};


/// The modules of a run, loaded once each: the files checked and the
/// project modules they import.
class Modules {
public:
  Modules(const JsRequest &request, JsResult &result)
      : request_(request), result_(result) {}

  /// The module at `path` (absolute, normal), or null when it cannot be read.
  const JsModule *load(const std::string &path, const std::string &display) {
    auto found = modules_.find(path);
    if (found != modules_.end())
      return found->second.get();
    std::unique_ptr<JsModule> &module = modules_[path];
    SourceFilePtr file;
    auto fixed = request_.overlay ? request_.overlay->find(path)
                                  : Overlay::const_iterator{};
    if (request_.overlay && fixed != request_.overlay->end()) {
      file = std::make_shared<SourceFile>(display, fixed->second);
    } else {
      auto loaded = SourceFile::load(path, display);
      if (auto *error = std::get_if<LoadError>(&loaded)) {
        if (checked_.count(path))
          result_.errors.push_back(*error);
        return nullptr;
      }
      file = std::get<SourceFilePtr>(loaded);
    }
    module = std::make_unique<JsModule>(JsTree::parse(file));
    return module.get();
  }

  void mark_checked(const std::string &path) { checked_.insert(path); }
  const JsCatalogue &catalogue() const { return *request_.catalogue; }

  /// The project module `specifier` names from `from` (relative imports
  /// only), trying Node's and TypeScript's extensions and index files.
  const JsModule *imported(const JsModule &from, const std::string &specifier) {
    if (specifier.rfind("./", 0) != 0 && specifier.rfind("../", 0) != 0)
      return nullptr;
    fs::path base = fs::absolute(fs::path(from.tree().file()->path()))
                        .parent_path() / specifier;
    base = base.lexically_normal();
    std::vector<std::string> candidates{base.string()};
    // TypeScript's ESM output names `./db.js` for the source db.ts.
    std::string stem = base.string();
    if (fs::path(stem).extension() == ".js")
      stem.erase(stem.size() - 3);
    for (const char *extension :
         {".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".tsx", ".jsx"})
      candidates.push_back(stem + extension);
    for (const char *index : {"/index.js", "/index.mjs", "/index.ts", "/index.tsx"})
      candidates.push_back(base.string() + index);
    for (const std::string &candidate : candidates) {
      bool overlaid = request_.overlay && request_.overlay->count(candidate);
      std::error_code error;
      if (overlaid || fs::is_regular_file(candidate, error)) {
        fs::path relative = fs::path(candidate).lexically_relative(fs::current_path());
        return load(candidate, relative.empty() || *relative.begin() == ".."
                                   ? candidate
                                   : relative.generic_string());
      }
    }
    return nullptr;
  }

private:
  const JsRequest &request_;
  JsResult &result_;
  std::map<std::string, std::unique_ptr<JsModule>> modules_;
  std::set<std::string> checked_;
};

bool is_function_node(TSNode node) {
  std::string_view type = kind(node);
  return type == "function_declaration" || type == "function_expression" ||
         type == "function" || type == "arrow_function" ||
         type == "generator_function_declaration" ||
         type == "generator_function" || type == "method_definition";
}

/// The arguments of a call or `new` (none for `new X`).
std::vector<TSNode> arguments_of(TSNode call) {
  TSNode arguments = field(call, "arguments");
  return ts_node_is_null(arguments) ? std::vector<TSNode>{} : named_children(arguments);
}

using Resolved = std::optional<std::pair<const JsModule *, TSNode>>;

bool is_class_node(TSNode node) {
  return is(node, "class_declaration") || is(node, "class");
}

/// True for `static x = ...` in a class body: it runs once, when the class
/// is defined.
bool is_static_field(TSNode node) {
  if (!is(node, "field_definition") && !is(node, "public_field_definition"))
    return false;
  for (uint32_t i = 0; i < ts_node_child_count(node); ++i)
    if (kind(ts_node_child(node, i)) == std::string_view("static"))
      return true;
  return false;
}

/// The nodes of `function`'s own body in source order (for a class, its
/// field initializers): not those of the functions and classes defined
/// inside it, which run when called.
template <typename Visit>
void walk_own_body(TSNode function, Visit visit) {
  TSNode body = field(function, "body");
  if (ts_node_is_null(body))
    return;
  if (!visit(body))
    return;
  walk_named_descendants(body, [&](TSNode node) {
    return !opens_scope(node) && !is_static_field(node) && visit(node);
  });
}

Resolved resolve_function(Modules &modules, const JsModule &module, TSNode node,
                          int depth = 0);

/// The function `function` returns, when it returns one.
Resolved returned_function(Modules &modules, const JsModule &module, TSNode function,
                           int depth);

/// What `module` exports as `name`, followed through re-exports (`export {
/// x as handler } from`, `export * from`, `module.exports = require(...)`)
/// to the function or class it is.
Resolved resolve_export(Modules &modules, const JsModule &module,
                        const std::string &name, int depth) {
  if (depth > 8)
    return std::nullopt;
  auto exported = module.exports().find(name);
  if (exported != module.exports().end()) {
    const JsModule::Export &found = exported->second;
    if (found.from_module.empty())
      return resolve_function(modules, module, found.value, depth + 1);
    const JsModule *target = modules.imported(module, found.from_module);
    return target ? resolve_export(modules, *target, found.from_name, depth + 1)
                  : std::nullopt;
  }
  if (name != "default") // export * leaves the default out
    for (const JsModule::StarSource &source : module.star_sources())
      if (const JsModule *target = modules.imported(module, source.module))
        if (auto resolved = resolve_export(modules, *target, name, depth + 1))
          return resolved;
  return std::nullopt;
}

/// The method `name` of `klass` or of a class it extends.
Resolved find_method(Modules &modules, const JsModule &module, TSNode klass,
                     std::string_view name, int depth) {
  const JsTree &tree = module.tree();
  for (TSNode member : named_children(field(klass, "body")))
    if (is(member, "method_definition") && tree.text(field(member, "name")) == name)
      return std::pair(&module, member);
  for (TSNode part : named_children(klass))
    if (is(part, "class_heritage")) {
      // JavaScript: `extends Base` holds the expression; TypeScript wraps it
      // in an extends_clause.
      TSNode base = ts_node_named_child(part, 0);
      if (is(base, "extends_clause"))
        base = field(base, "value");
      auto parent = resolve_function(modules, module, base, depth + 1);
      if (parent && is_class_node(parent->second))
        return find_method(modules, *parent->first, parent->second, name, depth + 1);
    }
  return std::nullopt;
}

/// The class whose method or constructor `node` is in, or a null node.
TSNode enclosing_class(TSNode node) {
  for (TSNode at = ts_node_parent(node); !ts_node_is_null(at); at = ts_node_parent(at))
    if (is_class_node(at))
      return at;
  return {};
}

/// The class of the object `node` is, when it is built here from a class of
/// the project: `new Repo()`, `this`, a name bound to `new Repo()` (in the
/// module or in the function), `this.repo` given `new Repo()` in a field or
/// the constructor.
Resolved instance_class(Modules &modules, const JsModule &module, TSNode node,
                        int depth) {
  if (depth > 8)
    return std::nullopt;
  const JsTree &tree = module.tree();
  node = unwrap_expression(node);
  auto class_of = [&](TSNode value) -> Resolved {
    value = unwrap_expression(value);
    if (!is(value, "new_expression"))
      return std::nullopt;
    auto built = resolve_function(modules, module, field(value, "constructor"), depth + 1);
    return built && is_class_node(built->second) ? built : std::nullopt;
  };
  if (is(node, "new_expression"))
    return class_of(node);
  if (is(node, "this")) {
    TSNode klass = enclosing_class(node);
    return ts_node_is_null(klass) ? std::nullopt : Resolved(std::pair(&module, klass));
  }
  if (is(node, "identifier")) {
    std::string name(tree.text(node));
    if (auto local = local_declaration(tree, node, name))
      return is(*local, "variable_declarator") ? class_of(field(*local, "value"))
                                               : std::nullopt;
    const Binding *binding = module.binding(name);
    if (binding && is(binding->site, "variable_declarator"))
      return class_of(field(binding->site, "value"));
    return std::nullopt;
  }
  if (is(node, "member_expression") && is(unwrap_expression(field(node, "object")), "this")) {
    TSNode klass = enclosing_class(node);
    if (ts_node_is_null(klass))
      return std::nullopt;
    std::string wanted = "this." + std::string(tree.text(field(node, "property")));
    std::string_view property = tree.text(field(node, "property"));
    Resolved found;
    walk_named_descendants(field(klass, "body"), [&](TSNode member) {
      if (found)
        return false;
      bool is_field = is(member, "field_definition") || is(member, "public_field_definition");
      if (is_field && tree.text(field(member, is(member, "field_definition") ? "property" : "name")) == property)
        found = class_of(field(member, "value"));
      else if (is(member, "assignment_expression") && tree.text(field(member, "left")) == wanted)
        found = class_of(field(member, "right"));
      return !found;
    });
    return found;
  }
  return std::nullopt;
}

/// Follows what `node` names to the function it is: a function, a name
/// bound to one, an export of a project module, a method of a project class
/// (`repo.load` on `new Repo()`, `this.load`), a bound function
/// (`base.bind(x)`), or a wrapper's result (`middy(base)`, `middy(base)
/// .use(m)`, `middy().handler(base)`: the wrapped function). Also to a
/// class, for `new`. `depth` bounds the chase.
Resolved resolve_function(Modules &modules, const JsModule &module, TSNode node,
                          int depth) {
  if (depth > 8 || ts_node_is_null(node))
    return std::nullopt;
  node = unwrap_expression(node);
  if (is_function_node(node) || is_class_node(node))
    return std::pair(&module, node);
  const JsTree &tree = module.tree();
  auto from_import = [&](const Binding &binding) -> Resolved {
    const JsModule *target = modules.imported(module, binding.module);
    if (!target)
      return std::nullopt;
    std::string name = binding.path.empty() ? "default"
                                            : binding.path.substr(0, binding.path.find('.'));
    return resolve_export(modules, *target, name, depth + 1);
  };
  if (is(node, "identifier") || is(node, "shorthand_property_identifier")) {
    std::string name(tree.text(node));
    if (auto local = local_declaration(tree, node, name)) {
      if (is(*local, "variable_declarator"))
        return resolve_function(modules, module, field(*local, "value"), depth + 1);
      return is(*local, "function_declaration") || is_class_node(*local)
                 ? Resolved(std::pair(&module, *local))
                 : std::nullopt;
    }
    const Binding *binding = module.binding(name);
    if (!binding)
      return std::nullopt;
    if (binding->kind == Binding::Kind::Function ||
        is(binding->function, "class_declaration"))
      return std::pair(&module, binding->function);
    if (binding->kind == Binding::Kind::Import)
      return from_import(*binding);
    // const handler = middy(base)
    if (is(binding->site, "variable_declarator")) {
      TSNode value = unwrap_expression(field(binding->site, "value"));
      if (is(value, "call_expression") || is(value, "member_expression"))
        return resolve_function(modules, module, value, depth + 1);
    }
    return std::nullopt;
  }
  if (is(node, "member_expression")) {
    TSNode object = unwrap_expression(field(node, "object"));
    std::string_view property = tree.text(field(node, "property"));
    // require('./resolvers/user').func
    if (auto required = required_module(module, object))
      return from_import({Binding::Kind::Import, *required, std::string(property)});
    // db.connect() on `import * as db from './db'`
    if (is(object, "identifier")) {
      const Binding *binding = module.binding(std::string(tree.text(object)));
      if (binding && binding->kind == Binding::Kind::Import && binding->path.empty() &&
          !local_declaration(tree, object, std::string(tree.text(object)))) {
        Binding member = *binding;
        member.path = property;
        return from_import(member);
      }
    }
    if (auto klass = instance_class(modules, module, object, depth + 1))
      return find_method(modules, *klass->first, klass->second, property, depth + 1);
    // Repo.create(): a static method
    auto klass = resolve_function(modules, module, object, depth + 1);
    if (klass && is_class_node(klass->second))
      return find_method(modules, *klass->first, klass->second, property, depth + 1);
    return std::nullopt;
  }
  if (is(node, "call_expression")) {
    TSNode callee = unwrap_expression(field(node, "function"));
    std::vector<TSNode> arguments = arguments_of(node);
    if (is(callee, "member_expression")) {
      std::string_view method = tree.text(field(callee, "property"));
      TSNode object = unwrap_expression(field(callee, "object"));
      // base.bind(x): base; middy(base).use(m).before(f): middy(base)
      if (method == "bind" || (method != "handler" && is(object, "call_expression")))
        return resolve_function(modules, module, object, depth + 1);
    }
    // A memoizing function builds what it builds once per argument.
    if (auto name = imported_name(module, callee);
        name && modules.catalogue().memoizes(name->first, name->second))
      return std::nullopt;
    // A wrapper: its first argument, when that is a function.
    if (!arguments.empty())
      if (auto wrapped = resolve_function(modules, module, arguments[0], depth + 1))
        return wrapped;
    // A factory of the project: the function it returns
    // (`exports.handler = makeHandler({ db })`).
    auto factory = resolve_function(modules, module, callee, depth + 1);
    if (factory && is_function_node(factory->second))
      return returned_function(modules, *factory->first, factory->second, depth + 1);
  }
  return std::nullopt;
}

Resolved returned_function(Modules &modules, const JsModule &module, TSNode function,
                           int depth) {
  TSNode body = field(function, "body");
  if (ts_node_is_null(body))
    return std::nullopt;
  if (!is(body, "statement_block")) { // (deps) => async (event) => ...
    auto returned = resolve_function(modules, module, body, depth + 1);
    return returned && is_function_node(returned->second) ? returned : std::nullopt;
  }
  Resolved found;
  walk_own_body(function, [&](TSNode node) {
    if (found)
      return false;
    if (is(node, "return_statement") && ts_node_named_child_count(node) > 0) {
      auto returned =
          resolve_function(modules, module, ts_node_named_child(node, 0), depth + 1);
      if (returned && is_function_node(returned->second))
        found = returned;
    }
    return true;
  });
  return found;
}

/// How many arguments `call` passes; a spread may pass any number (as many
/// as there are parameters, so that no default is taken for sure).
std::size_t argument_count(TSNode call) {
  std::size_t count = 0;
  for (TSNode argument : arguments_of(call)) {
    if (is(argument, "spread_element"))
      return SIZE_MAX;
    count += !is(argument, "comment");
  }
  return count;
}

/// The default value of each of `function`'s parameters (a null node for a
/// parameter without one): `s3 = new S3Client({})`.
std::vector<TSNode> parameter_defaults(TSNode function) {
  std::vector<TSNode> defaults;
  TSNode parameters = field(function, "parameters");
  if (ts_node_is_null(parameters)) // a class, `x => ...`
    return defaults;
  for (TSNode parameter : named_children(parameters)) {
    if (is(parameter, "comment"))
      continue;
    // JavaScript: `x = value`; TypeScript: required_parameter's value.
    defaults.push_back(is(parameter, "assignment_pattern") ? field(parameter, "right")
                                                           : field(parameter, "value"));
  }
  return defaults;
}

/// How a function is named in notes.
std::string function_name(const JsTree &tree, TSNode function) {
  TSNode name = field(function, "name");
  if (!ts_node_is_null(name))
    return std::string(tree.text(name));
  TSNode parent = ts_node_parent(function);
  if (is(parent, "variable_declarator") || is(parent, "pair"))
    return std::string(tree.text(field(parent, is(parent, "pair") ? "key" : "name")));
  return "<anonymous>";
}


/// The module variable a write to `target` changes: `cache` for `cache`,
/// `cache[key]` and `cache.x`; empty when it is no module variable.
std::string written_module_variable(const JsModule &module, TSNode target) {
  const JsTree &tree = module.tree();
  if (module.is_module_variable(std::string(tree.text(target))))
    return std::string(tree.text(target));
  if (is(target, "subscript_expression") || is(target, "member_expression"))
    return written_module_variable(module, field(target, "object"));
  return "";
}

/// The tests of module-level state that `function` fills (`if (!client)
/// client = new X()`, `if (cached) return cached; cached = await connect()`,
/// a Map keyed by region: `let c = cache.get(r); if (!c) { c = new X();
/// cache.set(r, c); }`): what the function builds under such a test, or
/// after one that returns, it builds once (per key).
class CachingTests {
public:
  CachingTests(const JsModule &module, TSNode function) {
    const JsTree &tree = module.tree();
    std::set<std::string> locals, assigned;
    std::vector<TSNode> local_values;
    walk_own_body(function, [&](TSNode node) {
      if (is(node, "variable_declarator") && is(field(node, "name"), "identifier")) {
        locals.insert(std::string(tree.text(field(node, "name"))));
        local_values.push_back(node);
      }
      if (is(node, "assignment_expression") ||
          is(node, "augmented_assignment_expression")) {
        std::string target = written_module_variable(module, field(node, "left"));
        if (!target.empty())
          assigned.insert(target);
      }
      // cache.set(key, value) fills a module-level Map
      TSNode callee = field(node, "function");
      if (is(node, "call_expression") && is(callee, "member_expression") &&
          tree.text(field(callee, "property")) == "set") {
        std::string target = written_module_variable(module, field(callee, "object"));
        if (!target.empty())
          assigned.insert(target);
      }
      return true;
    });
    // State another function fills (`if (!pool) await connect()`) too.
    assigned.insert(module.filled_in_functions().begin(),
                    module.filled_in_functions().end());
    for (const std::string &local : locals)
      assigned.erase(local);
    // A local read from the cache (`let c = cache.get(r)`) stands for it.
    if (!assigned.empty())
      for (TSNode declarator : local_values)
        if (mentions(tree, field(declarator, "value"), assigned))
          assigned.insert(std::string(tree.text(field(declarator, "name"))));
    walk_own_body(function, [&](TSNode node) {
      if (is(node, "if_statement") || is(node, "ternary_expression"))
        branches_.push_back({node, is(node, "if_statement") &&
                                       exits(field(node, "consequence"))});
      return true;
    });
    tree_ = &tree;
    state_ = std::move(assigned);
  }

  /// True when a test of the module state guards `construction`, or a test
  /// of the state of `library` (the import it is built from: `if
  /// (mongoose.connection.readyState !== 1) await mongoose.connect(uri)`,
  /// as libraries that keep a default connection in their module allow).
  bool covers(TSNode construction, const std::string &library) const {
    uint32_t at = ts_node_start_byte(construction);
    for (const auto &[test, returns] : branches_) {
      if ((at < ts_node_start_byte(test) || at >= ts_node_end_byte(test)) &&
          !(returns && at >= ts_node_end_byte(test)))
        continue;
      TSNode condition = field(test, "condition");
      if (mentions(*tree_, condition, state_) ||
          (!library.empty() && reads_member_of(*tree_, condition, library)))
        return true;
    }
    return false;
  }

private:
  static bool mentions(const JsTree &tree, TSNode test,
                       const std::set<std::string> &names) {
    if (ts_node_is_null(test) || names.empty())
      return false;
    bool found = false;
    auto visit = [&](TSNode node) {
      found = found || ((is(node, "identifier") || is(node, "member_expression")) &&
                        names.count(std::string(tree.text(node))));
      return !found;
    };
    if (visit(test))
      walk_named_descendants(test, visit);
    return found;
  }

  /// True when `test` reads a member of `object` (`mongoose.connection`).
  static bool reads_member_of(const JsTree &tree, TSNode test,
                              const std::string &object) {
    bool found = false;
    walk_named_descendants(test, [&](TSNode node) {
      found = found || (is(node, "member_expression") &&
                        tree.text(field(node, "object")) == object);
      return !found;
    });
    return found;
  }

  /// True when `block` returns or throws, outside nested functions.
  static bool exits(TSNode block) {
    if (is(block, "return_statement") || is(block, "throw_statement"))
      return true;
    bool found = false;
    walk_named_descendants(block, [&](TSNode node) {
      found = found || is(node, "return_statement") || is(node, "throw_statement");
      return !found && !opens_scope(node);
    });
    return found;
  }

  std::vector<std::pair<TSNode, bool>> branches_; ///< test, returns when true
  const JsTree *tree_ = nullptr;
  std::set<std::string> state_; ///< module state the function fills
};

/// The name an expression's member chain starts from: `mongoose` for
/// `mongoose.connect`.
std::string root_name(const JsTree &tree, TSNode node) {
  node = unwrap_expression(node);
  while (is(node, "member_expression"))
    node = unwrap_expression(field(node, "object"));
  return is(node, "identifier") ? std::string(tree.text(node)) : "";
}

/// True when `construction` (built from `callee`) builds what a lazy form
/// keeps: `x ??= new X()`, `x ||= ...`, `x = x || connect().then(...)`, or
/// code a caching test guards.
bool is_lazily_built(const JsTree &tree, TSNode construction, TSNode callee,
                     const CachingTests &caching) {
  if (caching.covers(construction, root_name(tree, callee)))
    return true;
  TSNode at = construction;
  for (TSNode parent = ts_node_parent(at); !ts_node_is_null(parent);
       at = parent, parent = ts_node_parent(parent)) {
    std::string_view type = kind(parent);
    if (type == "parenthesized_expression" || type == "await_expression" ||
        type == "as_expression" || type == "non_null_expression")
      continue;
    // A promise chain keeps what it was built from: `connect(uri).then(...)`.
    if (type == "member_expression" && ts_node_eq(field(parent, "object"), at)) {
      std::string_view method = tree.text(field(parent, "property"));
      TSNode call = ts_node_parent(parent);
      if ((method == "then" || method == "catch" || method == "finally" ||
           method == "asPromise") &&
          is(call, "call_expression") && ts_node_eq(field(call, "function"), parent)) {
        at = parent;
        parent = call;
        continue;
      }
    }
    if (type == "augmented_assignment_expression") {
      std::string_view op = ts_node_type(field(parent, "operator"));
      return op == "?\?=" || op == "||=";
    }
    if (type == "binary_expression") {
      std::string_view op = ts_node_type(field(parent, "operator"));
      return (op == "??" || op == "||") &&
             ts_node_eq(field(parent, "right"), at);
    }
    return false;
  }
  return false;
}

/// The credentials `construction` is given (`new S3Client({ credentials:
/// {...} })`, SDK v2's `{ accessKeyId, secretAccessKey, sessionToken }`)
/// when they name something of the function that builds it (a parameter, a
/// local: credentials this invocation obtained, by STS AssumeRole or with
/// the event), else null.
TSNode invocation_credentials(const JsModule &module, TSNode construction) {
  static const std::set<std::string_view> globals{
      "process", "globalThis", "global", "JSON", "Object", "undefined", "Buffer"};
  const JsTree &tree = module.tree();
  std::vector<TSNode> arguments = arguments_of(construction);
  TSNode options = arguments.empty() ? TSNode{} : unwrap_expression(arguments[0]);
  if (!is(options, "object"))
    return {};
  for (TSNode member : named_children(options)) {
    std::string_view key = is(member, "pair") ? tree.text(field(member, "key"))
                           : is(member, "shorthand_property_identifier")
                               ? tree.text(member)
                               : std::string_view();
    if (key != "credentials" && key != "accessKeyId" &&
        key != "secretAccessKey" && key != "sessionToken")
      continue;
    TSNode value = is(member, "pair") ? field(member, "value") : member;
    bool local = false;
    auto visit = [&](TSNode node) {
      if (is(node, "identifier") || is(node, "shorthand_property_identifier")) {
        std::string name(tree.text(node));
        local = local || (!module.binding(name) && !globals.count(name));
      }
      return !local;
    };
    if (visit(value))
      walk_named_descendants(value, visit);
    if (local)
      return member;
  }
  return {};
}

/// True when `options` is empty, or the first argument of `call` is an
/// object that builds one of them in place: `{ httpsAgent: new Agent() }`.
bool builds_option_in_place(const JsTree &tree, TSNode call,
                            const std::vector<std::string> &options) {
  if (options.empty())
    return true;
  std::vector<TSNode> arguments = arguments_of(call);
  TSNode object = arguments.empty() ? TSNode{} : unwrap_expression(arguments[0]);
  if (!is(object, "object"))
    return false;
  for (TSNode member : named_children(object)) {
    TSNode value = unwrap_expression(field(member, "value"));
    if (is(member, "pair") &&
        std::count(options.begin(), options.end(), tree.text(field(member, "key"))) &&
        (is(value, "new_expression") || is(value, "call_expression")))
      return true;
  }
  return false;
}

/// Whether `construction`, in `function`, can move to module scope: not
/// when its arguments read a parameter of the function (in the handler:
/// "depends on 'event', the event"); yes when they read only module-level
/// names and the environment; unknown (nothing) when they read locals.
std::optional<Hoistability> hoistability(const JsModule &module, TSNode construction,
                                         TSNode function, bool is_handler) {
  const JsTree &tree = module.tree();
  std::optional<Hoistability> found;
  bool reads_locals = false;
  for (TSNode argument : arguments_of(construction)) {
    auto visit = [&](TSNode node) {
      if (found)
        return false;
      if (!is(node, "identifier") && !is(node, "shorthand_property_identifier"))
        return true;
      std::string name(tree.text(node));
      auto declared = local_declaration(tree, node, name);
      if (!declared || !ts_node_eq(*declared, function)) {
        reads_locals = reads_locals || declared ||
                       (!module.binding(name) && name != "process");
        return true;
      }
      std::size_t position = 0; // `event => ...` has its one parameter
      TSNode parameters = field(function, "parameters");
      for (TSNode parameter : ts_node_is_null(parameters) ? std::vector<TSNode>{}
                                                          : named_children(parameters)) {
        if (is(parameter, "comment"))
          continue;
        std::set<std::string> bound;
        bound_names(tree, parameter, bound);
        if (bound.count(name))
          break;
        ++position;
      }
      std::string reason = "depends on parameter '" + name + "'";
      if (is_handler && position < 2)
        reason = "depends on '" + name + "', the " +
                 (position == 0 ? "event" : "invocation context");
      found = Hoistability{false, reason};
      return false;
    };
    if (visit(argument))
      walk_named_descendants(argument, visit);
  }
  if (!found && !reads_locals)
    found = Hoistability{true, "built only from constants, imports and environment reads"};
  return found;
}

/// What a finding says, in its rule's words: "'S3Client' (from
/// '@aws-sdk/client-s3') builds ... (through 'a' -> 'b'); <cost>".
std::string construction_message(const std::string &written,
                                 const std::string &module, const JsApi &api,
                                 const std::string &handler,
                                 const std::vector<CallStep> &chain) {
  std::string through;
  for (std::size_t i = 0; i < chain.size(); ++i)
    through += (i ? " -> '" : " (through '") + chain[i].callee + "'";
  if (!through.empty())
    through += ")";
  std::string call = "'" + written + "' (from '" + module + "')";
  return rule_message(api.rule, "construction",
                      {{"call", call},
                       {"builds", api.builds},
                       {"handler", handler},
                       {"through", through},
                       {"cost", api.cost}});
}

/// True when `node` names a module-level variable of `module` that holds
/// no function: an object (an app, a server), not a local.
bool is_module_object(const JsModule &module, TSNode node) {
  node = unwrap_expression(node);
  if (!is(node, "identifier"))
    return false;
  std::string name(module.tree().text(node));
  const Binding *binding = module.binding(name);
  return binding && binding->kind == Binding::Kind::Value &&
         is(binding->site, "variable_declarator") &&
         !local_declaration(module.tree(), node, name);
}

/// The functions that what a handler is made from registers to run on a
/// request, for a handler that is no function of the project: an app a
/// wrapper serves (`serverless(app)`, with `app.get('/x', fn)` and the
/// routers it mounts), a server whose handler is exported
/// (`lambda.graphqlHandler` of `new GraphQLServerLambda({ resolvers })`,
/// `server.createHandler()`). They are the functions among the arguments of
/// the object's module-level method calls and in the object literals it is
/// built from.
class Registrations {
  /// How deep object literals and names are followed: `{ resolvers }` to
  /// `resolvers = { Query: { user } }` is six steps.
  static constexpr int kMaxRegistrationDepth = 16;

public:
  Registrations(Modules &modules, const JsCatalogue &catalogue)
      : modules_(modules), catalogue_(catalogue) {}

  struct Registered {
    const JsModule *module; ///< the function's
    TSNode function;
    const JsModule *site_module; ///< where it is registered
    TSNode site;
  };

  std::vector<Registered> of_export(const JsModule &module, const std::string &name) {
    auto exported = module.exports().find(name);
    if (exported == module.exports().end() || !exported->second.from_module.empty())
      return {};
    TSNode value = unwrap_expression(exported->second.value);
    const JsTree &tree = module.tree();
    if (is(value, "identifier") || is(value, "shorthand_property_identifier"))
      if (const Binding *binding = module.binding(std::string(tree.text(value))))
        if (binding->kind == Binding::Kind::Value && is(binding->site, "variable_declarator"))
          value = unwrap_expression(field(binding->site, "value"));
    auto dispatching = [&](TSNode member) {
      return is(member, "member_expression") &&
             catalogue_.dispatches(tree.text(field(member, "property")));
    };
    if (is(value, "call_expression")) {
      TSNode callee = unwrap_expression(field(value, "function"));
      if (dispatching(callee))
        add_object(module, field(callee, "object"), 0);
      else if (!is(callee, "member_expression")) // serverless(app)
        for (TSNode argument : arguments_of(value))
          add_value(module, argument, argument, 0);
    } else if (dispatching(value)) {
      add_object(module, field(value, "object"), 0);
    }
    return std::move(found_);
  }

  /// What the module-level object `node` names registers: an app passed
  /// to a library that serves it in the handler
  /// (`awsServerlessExpress.proxy(server, event, context)`).
  std::vector<Registered> of_object(const JsModule &module, TSNode node) {
    add_object(module, node, 0);
    return std::move(found_);
  }

private:
  void add_value(const JsModule &module, TSNode node, TSNode site, int depth) {
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

  void add_object(const JsModule &module, TSNode node, int depth) {
    node = unwrap_expression(node);
    if (depth > kMaxRegistrationDepth || ts_node_is_null(node))
      return;
    const JsTree &tree = module.tree();
    if (is(node, "object")) {
      for (TSNode member : named_children(node))
        add_value(module, is(member, "pair") ? field(member, "value") : member, member,
                  depth + 1);
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
    if (binding->kind != Binding::Kind::Value || !is(binding->site, "variable_declarator"))
      return;
    TSNode value = unwrap_expression(field(binding->site, "value"));
    if (is(value, "object"))
      add_object(module, value, depth + 1);
    else if (is(value, "call_expression") || is(value, "new_expression"))
      for (TSNode argument : arguments_of(value))
        add_value(module, argument, argument, depth + 1);
    // app.get('/x', fn), app.use('/users', router), at module level
    for (TSNode statement : named_children(tree.root())) {
      TSNode call = unwrap_expression(ts_node_named_child(statement, 0));
      if (!is(statement, "expression_statement") || !is(call, "call_expression"))
        continue;
      TSNode callee = unwrap_expression(field(call, "function"));
      if (is(callee, "member_expression") && root_name(tree, callee) == name)
        for (TSNode argument : arguments_of(call))
          add_value(module, argument, argument, depth + 1);
    }
  }

  Modules &modules_;
  const JsCatalogue &catalogue_;
  std::set<std::pair<const JsModule *, uint32_t>> seen_;
  std::vector<Registered> found_;
};

class HandlerCheck {
public:
  HandlerCheck(const JsRequest &request, Modules &modules, JsResult &result)
      : request_(request), modules_(modules), result_(result) {}

  void run(const JsModule &module, const JsHandler &handler) {
    auto start = resolve_export(modules_, module, handler.name, 0);
    std::deque<Reached> pending;
    if (start && is_function_node(start->second)) {
      // Lambda calls a handler with (event, context, callback).
      pending.push_back({start->first, start->second, handler.name, {}, 3});
    } else {
      dispatch(Registrations(modules_, *request_.catalogue).of_export(module, handler.name),
               {&module, TSNode{}, handler.name, {}, 0, false}, pending);
    }
    std::set<std::tuple<const JsModule *, uint32_t, bool>> seen;
    while (!pending.empty()) {
      Reached reached = std::move(pending.front());
      pending.pop_front();
      if (!seen.insert({reached.module, ts_node_start_byte(reached.function),
                        reached.lazily})
               .second)
        continue;
      visit(module, handler, reached, pending);
    }
  }

private:
  /// Queues the `registered` functions, which what `from` runs dispatches
  /// to on a request (a framework passes what it passes: no default is
  /// taken for sure).
  static void dispatch(const std::vector<Registrations::Registered> &registered,
                       const Reached &from, std::deque<Reached> &pending) {
    for (const Registrations::Registered &function : registered) {
      const JsTree &tree = function.site_module->tree();
      std::string name = function_name(function.module->tree(), function.function);
      // Query: { user: ... }: by its key; app.post('/messages', async
      // (req, res) => ...): by its route
      TSNode site = function.site;
      TSNode call = ts_node_parent(ts_node_parent(site));
      if (is(site, "pair")) {
        name = tree.text(field(site, "key"));
      } else if (name == "<anonymous>" && is(call, "call_expression")) {
        std::vector<TSNode> arguments = arguments_of(call);
        name = std::string(tree.text(field(call, "function"))) + "(" +
               (arguments.size() > 1 && string_value(tree, arguments[0])
                    ? std::string(tree.text(arguments[0]))
                    : "") +
               ")";
      }
      std::vector<CallStep> chain = from.chain;
      chain.push_back({function.site_module, site, from.name, name,
                       CallStep::How::Registered});
      pending.push_back({function.module, function.function, name, std::move(chain),
                         SIZE_MAX, from.lazily});
    }
  }

  void visit(const JsModule &handler_module, const JsHandler &handler,
             const Reached &reached, std::deque<Reached> &pending) {
    const JsModule &module = *reached.module;
    const JsTree &tree = module.tree();
    CachingTests caching(module, reached.function);
    auto follow = [&](TSNode call, TSNode callee, const Resolved &target,
                      std::size_t arguments, CallStep::How how = CallStep::How::Call) {
      if (reached.chain.size() >= kMaxCallDepth) {
        if (!result_.call_depth_cut)
          result_.call_depth_cut = Location{tree.file(), tree.range(call)};
        return;
      }
      std::vector<CallStep> chain = reached.chain;
      std::string callee_name = function_name(target->first->tree(), target->second);
      if (how == CallStep::How::Passed && callee_name == "<anonymous>")
        callee_name = std::string(tree.text(callee)) + " callback";
      else if (callee_name == "<anonymous>" || callee_name == "constructor")
        callee_name = tree.text(callee);
      chain.push_back({&module, call, reached.name, callee_name, how});
      pending.push_back({target->first, target->second, callee_name,
                         std::move(chain), arguments,
                         reached.lazily || is_lazily_built(tree, call, callee, caching)});
    };
    auto inspect = [&](TSNode node) {
      bool is_new = is(node, "new_expression");
      if (!is_new && !is(node, "call_expression"))
        return true;
      TSNode callee = field(node, is_new ? "constructor" : "function");
      if (auto name = imported_name(module, callee)) {
        const JsApi *api = request_.catalogue->match(
            name->first, name->second, is_new ? JsApi::Kind::New : JsApi::Kind::Call);
        if (api && request_.enabled_rules.count(api->rule) &&
            builds_option_in_place(tree, node, api->built_with)) {
          bool minted = !ts_node_is_null(invocation_credentials(module, node));
          if (!reached.lazily && !is_lazily_built(tree, node, callee, caching) &&
              (!minted || request_.report_minted_credentials))
            report(handler_module, handler, reached, node, callee, name->first,
                   *api, minted);
          return false; // one expression, one finding: the outermost
        }
      }
      // A function passed to a call runs during it, or later in this
      // invocation: `records.map(async (record) => ...)`, `new Promise(...)`.
      for (TSNode argument : arguments_of(node)) {
        TSNode value = unwrap_expression(argument);
        Resolved passed = is_function_node(value) ? Resolved(std::pair(&module, value))
                          : is(value, "identifier")
                              ? resolve_function(modules_, module, value)
                              : std::nullopt;
        if (passed && is_function_node(passed->second))
          follow(node, callee, passed, SIZE_MAX, CallStep::How::Passed);
      }
      auto target = resolve_function(modules_, module, callee);
      // A library given a module-level object serves what it registers:
      // awsServerlessExpress.proxy(server, event, context).
      if (auto library = imported_name(module, callee);
          !target && !is_new && library && library->first.rfind(".", 0) != 0)
        for (TSNode argument : arguments_of(node))
          if (is_module_object(module, argument))
            dispatch(Registrations(modules_, *request_.catalogue).of_object(module, argument),
                     {reached.module, reached.function, reached.name, reached.chain,
                      0, reached.lazily || is_lazily_built(tree, node, callee, caching)},
                     pending);
      if (!target)
        return true;
      std::size_t arguments = argument_count(node);
      if (!is_new && is_function_node(target->second)) {
        follow(node, callee, target, arguments);
      } else if (is_new && is_class_node(target->second)) {
        // new Repo(): its field initializers and its constructor run now.
        follow(node, callee, target, arguments);
        if (auto constructor = find_method(modules_, *target->first, target->second,
                                           "constructor", 0))
          follow(node, callee, constructor, arguments);
      }
      return true;
    };
    // Defaults of the parameters the call leaves out are built per call.
    std::vector<TSNode> defaults = parameter_defaults(reached.function);
    for (std::size_t i = reached.arguments; i < defaults.size(); ++i)
      if (!ts_node_is_null(defaults[i]) && inspect(defaults[i]))
        walk_named_descendants(defaults[i], [&](TSNode node) {
          return !opens_scope(node) && inspect(node);
        });
    walk_own_body(reached.function, inspect);
  }

  void report(const JsModule &handler_module, const JsHandler &handler,
              const Reached &reached, TSNode node, TSNode callee,
              const std::string &module_name, const JsApi &api, bool minted) {
    const JsTree &tree = reached.module->tree();
    Diagnostic diagnostic;
    diagnostic.rule_id = api.rule;
    const RuleInfo *rule = request_.registry ? request_.registry->find(api.rule) : nullptr;
    diagnostic.severity = rule ? rule->severity : Severity::Warning;
    diagnostic.location = {tree.file(), tree.range(node)};
    diagnostic.message = construction_message(
        std::string(tree.text(callee)), module_name, api, handler.name, reached.chain);
    const JsTree &handler_tree = handler_module.tree();
    diagnostic.notes.push_back(
        {{handler_tree.file(), handler_tree.range(handler.site)},
         "'" + handler.name + "' is a Lambda handler: " + handler.reason});
    for (const CallStep &step : reached.chain) {
      Location call{step.module->tree().file(), step.module->tree().range(step.call)};
      diagnostic.notes.push_back(
          {call, step.how == CallStep::How::Registered
                     ? "'" + step.caller + "' runs '" + step.callee +
                           "', registered here, on a request"
                 : step.how == CallStep::How::Passed
                     ? "'" + step.caller + "' passes '" + step.callee +
                           "' to a call here, which runs it"
                     : "'" + step.caller + "' calls '" + step.callee + "' here"});
      diagnostic.call_path.push_back(call);
    }
    diagnostic.subject = Subject{
        module_name + (api.api.empty() ? "" : "." + api.api), api.builds,
        minted ? std::optional<Hoistability>(Hoistability{
                     false, "built from credentials obtained during this invocation"})
               : hoistability(*reached.module, node, reached.function,
                              reached.chain.empty())};
    result_.diagnostics.push_back(std::move(diagnostic));
  }

  const JsRequest &request_;
  Modules &modules_;
  JsResult &result_;
};

/// The configured handler's module and export: checked when the module is
/// among the files checked, or reported when Lambda could not load it. A
/// module missing where a build may yet produce it, and an export missing
/// from a module whose exports hoist cannot list or whose text names it
/// somewhere, are no finding: a false one is worse than a missed one.
void check_configured(const ConfiguredHandler &configured,
                      const JsRequest &request,
                      const std::set<std::string> &checked, Modules &modules,
                      HandlerCheck &check, JsResult &result) {
  bool report = request.enabled_rules.count(rules::kHandlerNotFound) > 0 &&
                request.registry;
  std::string error;
  std::optional<NodeHandlerString> handler = parse_node_handler(configured, error);
  if (!handler) {
    if (report)
      result.diagnostics.push_back(handler_not_found(
          configured,
          error + ", so Lambda fails every invoke with "
                  "'Runtime.MalformedHandlerName'",
          *request.registry));
    return;
  }
  std::optional<fs::path> file = module_file(*handler, configured);
  if (!file) {
    std::error_code ignored;
    if (!report || !configured.build_entry_points.empty() ||
        !fs::is_directory(handler->stem.parent_path(), ignored) ||
        fs::exists(handler->stem, ignored) || // a directory or package
        may_be_built(configured.code_root, request.base))
      return;
    fs::path shown = handler->stem.lexically_relative(fs::absolute(request.base));
    if (shown.empty() || *shown.begin() == "..")
      shown = handler->stem;
    std::string stem = path_excerpt(shown.generic_string());
    result.diagnostics.push_back(handler_not_found(
        configured,
        "handler '" + message_excerpt(configured.handler) + "': none of '" +
            stem + ".js', '" + stem + ".mjs' and '" + stem +
            ".cjs' exists, so Lambda fails every invoke with "
            "'Runtime.ImportModuleError'",
        *request.registry));
    return;
  }
  std::string path = fs::absolute(*file).lexically_normal().string();
  if (!checked.count(path))
    return; // there, but not among the files checked
  const JsModule *module = modules.load(path, path);
  if (!module)
    return;
  std::string name = handler->export_name();
  if (module->exports().count(name)) {
    if (name == handler->export_path)
      check.run(*module, {name, module->exports().at(name).site,
                          "configured as " + configured.origin});
    return;
  }
  // export * from './impl': the first that has it
  for (const JsModule::StarSource &source : module->star_sources())
    if (const JsModule *target = modules.imported(*module, source.module);
        target && resolve_export(modules, *target, name, 1)) {
      if (name == handler->export_path)
        check.run(*module, {name, source.site, "configured as " + configured.origin});
      return;
    }
  const JsTree &tree = module->tree();
  if (!report || module->exports_unknown_names() ||
      ts_node_has_error(tree.root()) ||
      tree.file()->text().find(name) != std::string_view::npos)
    return;
  result.diagnostics.push_back(handler_not_found(
      configured,
      "handler '" + message_excerpt(configured.handler) + "': '" +
          tree.file()->path() + "' exports no '" + message_excerpt(name) +
          "', so Lambda fails every invoke with 'Runtime.HandlerNotFound'",
      *request.registry));
}

/// The handlers --handler names in `module` (at `path`): checked, and
/// each match kept for the report of handler strings nothing answered.
void check_given(const JsRequest &request, const JsModule &module,
                 const std::string &path, Modules &modules, HandlerCheck &check,
                 JsResult &result) {
  for (std::size_t i = 0; i < request.given_handlers.size(); ++i) {
    const JsRequest::GivenHandler &given = request.given_handlers[i];
    if (!names_module(given.module, given.task_root, path))
      continue;
    const std::string &name = given.export_name;
    bool found = resolve_export(modules, module, name, 0).has_value();
    result.given_matches.push_back({i, found || module.exports().count(name) > 0});
    if (found) {
      auto exported = module.exports().find(name);
      TSNode site = exported != module.exports().end() ? exported->second.site
                                                        : module.tree().root();
      check.run(module, {name, site, "it is given with --handler"});
    }
  }
}

/// True when `path` (absolute, normal) lies under one of `roots`.
bool under_any(const std::string &path, const std::vector<std::string> &roots) {
  return std::any_of(roots.begin(), roots.end(), [&](const std::string &root) {
    return path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
           (root.back() == '/' || path[root.size()] == '/');
  });
}

} // namespace

JsResult analyze(const JsRequest &request) {
  JsResult result;
  Modules modules(request, result);
  HandlerCheck check(request, modules, result);
  std::set<std::string> checked;
  for (const DiscoveredFile &file : request.files) {
    std::string path = fs::absolute(file.path).lexically_normal().string();
    modules.mark_checked(path);
    checked.insert(std::move(path));
  }
  std::vector<std::string> code_roots;
  for (const ConfiguredHandler &configured : request.configured)
    code_roots.push_back(
        fs::absolute(configured.code_root).lexically_normal().string());
  for (const DiscoveredFile &file : request.files) {
    std::string path = fs::absolute(file.path).lexically_normal().string();
    const JsModule *module = modules.load(path, file.display_path);
    if (!module)
      continue;
    ++result.files_checked;
    const JsTree &tree = module->tree();
    for_each_error(tree.root(), [&](TSNode error) {
      result.syntax_errors.push_back({tree.file(), tree.range(error)});
      return false; // the first says it
    });
    if (tree.file()->text().find("hoist:") != std::string_view::npos)
      result.comments.push_back({tree.file(), tree.comment_ranges()});
    if (!request.given_handlers.empty()) {
      check_given(request, *module, path, modules, check, result);
      continue;
    }
    if (is_test_path(file.display_path) || under_any(path, code_roots))
      continue;
    for (const JsHandler &handler : find_handlers(*module, request.handler_patterns))
      check.run(*module, handler);
  }
  for (const ConfiguredHandler &configured : request.configured)
    check_configured(configured, request, checked, modules, check, result);
  // One finding per place and rule, as for Python: the first handler that
  // reaches a construction says it.
  std::set<std::tuple<std::string, std::size_t, std::size_t, std::string>> placed;
  result.diagnostics.erase(
      std::remove_if(result.diagnostics.begin(), result.diagnostics.end(),
                     [&](const Diagnostic &diagnostic) {
                       const Location &at = diagnostic.location;
                       return !placed
                                   .insert({at.file->path(), at.range.begin,
                                            at.range.end, diagnostic.rule_id})
                                   .second;
                     }),
      result.diagnostics.end());
  sort_without_repeats(result.diagnostics);
  return result;
}

} // namespace hoist::javascript
