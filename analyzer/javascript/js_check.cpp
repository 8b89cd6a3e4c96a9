#include "javascript/js_check.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <set>

#include "core/failing_at_init.h"
#include "core/identifier_words.h"
#include "core/message_excerpt.h"
#include "core/reaching_handlers.h"
#include "core/move_append.h"
#include "core/parallel_for.h"
#include "core/rule_text.h"
#include "core/unbuilt_code.h"
#include "javascript/js_call_targets.h"
#include "javascript/js_cdk.h"
#include "javascript/js_configuration_changes.h"
#include "javascript/js_environment.h"
#include "javascript/js_failure.h"
#include "javascript/js_importers.h"
#include "javascript/js_handler_signature.h"
#include "javascript/js_handlers.h"
#include "javascript/js_hoist_fix.h"
#include "javascript/js_implicit_calls.h"
#include "javascript/js_module.h"
#include "javascript/js_project_writers.h"
#include "javascript/js_registrations.h"
#include "javascript/js_replaced_functions.h"
#include "javascript/js_resolve.h"
#include "javascript/js_serverless_ts.h"
#include "javascript/js_sst.h"
#include "rules/rule_ids.h"
#include "treesitter/bounded_parse.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

namespace fs = std::filesystem;
using treesitter::is;
using treesitter::kind;
using treesitter::named_children;
using treesitter::walk_named_descendants;

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
    Implicit,   ///< the caller runs the callee without calling it (a
                ///< getter, `then`, an iterator: implicit_calls)
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
  /// `this` outlives the invocation: a static method's class, or a
  /// module-level instance (`cache.get()` of `const cache = new Cache()`),
  /// so what the method keeps in `this.x` it keeps across invocations.
  bool lasting_this = false;
  /// The parameters the call gives module state it then stores the result
  /// in (`cached = await connect(uri, cached)`): a test of one is a test
  /// of that state.
  std::set<std::string> cache_parameters = {};
};

/// True for a class's `static` method.
bool is_static_method(TSNode function) {
  if (!is(function, "method_definition"))
    return false;
  for (uint32_t i = 0; i < ts_node_child_count(function); ++i)
    if (kind(ts_node_child(function, i)) == std::string_view("static"))
      return true;
  return false;
}

/// The `this.x` a write to `target` changes (`this.x`, `this.x[key]`,
/// `this.x.y`), or "".
std::string written_this_member(const JsTree &tree, TSNode target) {
  while (is(target, "subscript_expression") ||
         is(target, "member_expression")) {
    TSNode object = unwrap_expression(field(target, "object"));
    if (is(object, "this") && is(target, "member_expression"))
      return std::string(tree.text(target));
    target = object;
  }
  return "";
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
    defaults.push_back(is(parameter, "assignment_pattern")
                           ? field(parameter, "right")
                           : field(parameter, "value"));
  }
  return defaults;
}

/// The parameter whose default value holds `node` (`queue` of `queue =
/// new SqsMessage()`), or "" when `node` is in none.
std::string defaulted_parameter(const JsTree &tree, TSNode node) {
  for (TSNode at = node, parent = ts_node_parent(node);
       !ts_node_is_null(parent) && !is_function_node(parent);
       at = parent, parent = ts_node_parent(parent))
    if (is(parent, "formal_parameters")) {
      // JavaScript: `x = value`; TypeScript: required_parameter's pattern.
      TSNode name = field(at, is(at, "assignment_pattern") ? "left" : "pattern");
      return message_excerpt(tree.text(ts_node_is_null(name) ? at : name), 30);
    }
  return "";
}

/// The module variable a write to `target` changes: `cache` for `cache`,
/// `cache[key]` and `cache.x`, the property of Node's global object
/// (`global.sns`, `globalThis.sns`), which lives as long as the
/// environment too, or `Cache.client` for a static field of a module-level
/// class; empty when it is none of these.
std::string written_module_variable(const JsModule &module, TSNode target) {
  const JsTree &tree = module.tree();
  if (module.is_module_variable(std::string(tree.text(target))))
    return std::string(tree.text(target));
  if (is(target, "member_expression")) {
    TSNode object = unwrap_expression(field(target, "object"));
    std::string name(tree.text(object));
    const Binding *binding =
        is(object, "identifier") ? module.binding(name) : nullptr;
    if (is(object, "identifier") && !local_declaration(module, object, name) &&
        (binding ? is_class_node(binding->function)
                 : name == "global" || name == "globalThis"))
      return std::string(tree.text(target));
  }
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
  /// `lasting_this`: what `function` keeps in `this.x` outlives the
  /// invocation (Reached::lasting_this); `cache_parameters`: parameters
  /// that hold module state (Reached::cache_parameters); `reset`: module
  /// state every invocation resets, which keeps nothing.
  CachingTests(const JsModule &module, TSNode function, bool lasting_this,
               const std::set<std::string> &cache_parameters,
               const std::set<std::string> &reset = {})
      : module_(&module), lasting_this_(lasting_this) {
    const JsTree &tree = module.tree();
    std::set<std::string> locals, assigned;
    std::vector<TSNode> local_values;
    walk_own_body(function, [&](TSNode node) {
      std::string_view type = kind(node);
      if (type == "variable_declarator" &&
          is(field(node, "name"), "identifier")) {
        locals.insert(std::string(tree.text(field(node, "name"))));
        local_values.push_back(node);
      }
      if (type == "assignment_expression" ||
          type == "augmented_assignment_expression") {
        std::string target =
            written_module_variable(module, field(node, "left"));
        if (target.empty() && lasting_this)
          target = written_this_member(tree, field(node, "left"));
        if (!target.empty())
          assigned.insert(target);
      }
      // cache.set(key, value) fills a module-level Map
      TSNode callee =
          type == "call_expression" ? field(node, "function") : TSNode{};
      if (is(callee, "member_expression") &&
          tree.text(field(callee, "property")) == "set") {
        std::string target =
            written_module_variable(module, field(callee, "object"));
        if (!target.empty())
          assigned.insert(target);
      }
      if (type == "if_statement" || type == "ternary_expression")
        branches_.push_back({node, type == "if_statement" &&
                                       exits(field(node, "consequence"))});
      return true;
    });
    // The environment it fills lasts as long as the process, as module
    // state does: `process.env.DB_HOST` it writes, or for a name it
    // computes (`process.env[name] = secret`) the variables read by a name
    // computed (kEnvironmentByKey), in a callback too.
    if (tree.text(function).find("process.env") != std::string_view::npos)
      walk_named_descendants(function, [&](TSNode node) {
        if (!writes_environment(module, node))
          return true;
        std::optional<std::string> variable = written_variable(module, node);
        assigned.insert(variable ? "process.env." + *variable
                                 : std::string(kEnvironmentByKey));
        return false;
      });
    // State another function fills (`if (!pool) await connect()`) too.
    assigned.insert(module.filled_in_functions().begin(),
                    module.filled_in_functions().end());
    for (const std::string &local : locals)
      assigned.erase(local);
    // State every invocation resets caches nothing.
    for (const std::string &name : reset)
      assigned.erase(name);
    assigned.insert(cache_parameters.begin(), cache_parameters.end());
    // A local read from the cache (`let c = cache.get(r)`) stands for it.
    if (!assigned.empty())
      for (TSNode declarator : local_values)
        if (mentions(tree, field(declarator, "value"), assigned))
          assigned.insert(std::string(tree.text(field(declarator, "name"))));
    tree_ = &tree;
    state_ = std::move(assigned);
  }

  /// True when a test of the module state guards `construction` (built
  /// from `callee`), or a test of the state of the import it is built from
  /// (`if (mongoose.connection.readyState !== 1) await
  /// mongoose.connect(uri)`) or of the package it comes from (TypeORM's `if
  /// (getConnectionManager().has('default')) return ...`, or its `try {
  /// getConnection() } catch { await createConnection() }`), as libraries
  /// that keep a default connection in their module allow.
  bool covers(TSNode construction, TSNode callee) const {
    // What it is built from, worked out only when a test or a try asks.
    std::optional<std::pair<std::string, std::string>> from;
    auto library = [&]() -> const std::string & {
      if (!from) {
        auto imported = imported_name(*module_, callee);
        // A project module keeps no library's state: a test of what it
        // gave (`if (!fileExtension) throw` of a value one of its
        // functions returned) guards nothing.
        if (imported && (imported->first.rfind(".", 0) == 0 ||
                         imported->first.rfind("/", 0) == 0))
          from.emplace("", "");
        else
          from.emplace(root_name(*tree_, callee),
                       imported ? imported->first : "");
      }
      return from->first;
    };
    auto package = [&]() -> const std::string & {
      library();
      return from->second;
    };
    uint32_t at = ts_node_start_byte(construction);
    for (const auto &[test, returns] : branches_) {
      bool after = returns && at >= ts_node_end_byte(test);
      if (!within(at, test) && !after)
        continue;
      TSNode condition = field(test, "condition");
      if (mentions(*tree_, condition, state_)) {
        // Only the branch taken while the state is unset runs once; the
        // other, and what follows a branch that exits while it is unset,
        // run on every later invocation.
        When when = when_true(condition);
        TSNode otherwise = field(test, "alternative");
        if (when == When::Either ||
            (when == When::Unset &&
             within(at, field(test, "consequence"))) ||
            (when == When::Set && (within(at, otherwise) || after)))
          return true;
        continue;
      }
      if ((!library().empty() &&
           reads_member_of(*tree_, condition, library())) ||
          reads_package(condition, package()))
        return true;
    }
    // The containing nodes found once: asking tree-sitter for each parent
    // walks down from the root, n^3 for n nested calls.
    const std::vector<TSNode> containing = treesitter::ancestors(construction);
    for (std::size_t up = 0;
         up < containing.size() && !is_function_node(containing[up]); ++up)
      if (is(containing[up], "catch_clause") && up + 1 < containing.size() &&
          reads_package(field(containing[up + 1], "body"), package()))
        return true;
    return false;
  }

  /// True when what is written to `target` outlives the invocation, as a
  /// cache's value does: module state (a module variable not shadowed here,
  /// a property of Node's global object, a static field), `this.x` of a
  /// lasting `this`, a parameter given module state, or a local read from
  /// a cache.
  bool keeps(TSNode target) const {
    target = unwrap_expression(target);
    std::string name(tree_->text(target));
    if (state_.count(name))
      return true;
    if (is(target, "identifier") && local_declaration(*module_, target, name))
      return false;
    return !written_module_variable(*module_, target).empty() ||
           (lasting_this_ && !written_this_member(*tree_, target).empty());
  }

private:
  /// True when `node` calls or reads what `package` exports, directly or
  /// through a local constant one gave (`const manager =
  /// getConnectionManager()`); not through an object the function built
  /// itself (`const stripe = new Stripe(key)`), whose state is its own.
  bool reads_package(TSNode node, const std::string &package) const {
    if (package.empty() || ts_node_is_null(node))
      return false;
    const JsTree &tree = module_->tree();
    bool found = false;
    int depth = 0;
    std::function<bool(TSNode)> visit = [&](TSNode part) {
      if (!is(part, "identifier"))
        return !found;
      std::string name(tree.text(part));
      if (auto declared = local_declaration(*module_, part, name)) {
        TSNode value = is(*declared, "variable_declarator")
                           ? unwrap_expression(field(*declared, "value"))
                           : TSNode{};
        if (depth < 4 && !ts_node_is_null(value) &&
            !is(value, "new_expression")) {
          ++depth;
          if (visit(value))
            walk_named_descendants(value, visit);
          --depth;
        }
        return !found;
      }
      const Binding *binding = module_->binding(name);
      found = found || (binding && binding->kind == Binding::Kind::Import &&
                        binding->module == package);
      return !found;
    };
    if (visit(node))
      walk_named_descendants(node, visit);
    return found;
  }

  /// The state name of the variables of the environment read by a name
  /// computed (`process.env[name]`): what a write by a name computed fills.
  static constexpr std::string_view kEnvironmentByKey = "process.env[]";

  static bool mentions(const JsTree &tree, TSNode test,
                       const std::set<std::string> &names) {
    if (ts_node_is_null(test) || names.empty())
      return false;
    bool by_key = names.count(std::string(kEnvironmentByKey)) > 0;
    bool found = false;
    auto visit = [&](TSNode node) {
      found =
          found ||
          ((is(node, "identifier") || is(node, "member_expression")) &&
           names.count(std::string(tree.text(node)))) ||
          (by_key && is(node, "subscript_expression") &&
           tree.text(field(node, "object")) == "process.env" &&
           !string_value(tree, field(node, "index")));
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

  /// True when `statement` always returns or throws: it does, or it is a
  /// block whose last statement does, or an `if` both of whose branches do
  /// (a `return` inside a `try`'s `catch` does only on an error).
  static bool exits(TSNode statement) {
    if (is(statement, "return_statement") || is(statement, "throw_statement"))
      return true;
    if (is(statement, "statement_block")) {
      std::vector<TSNode> statements = named_children(statement);
      while (!statements.empty() && is(statements.back(), "comment"))
        statements.pop_back();
      return !statements.empty() && exits(statements.back());
    }
    if (is(statement, "if_statement")) {
      TSNode otherwise = field(statement, "alternative"); // an else_clause
      if (!exits(field(statement, "consequence")) || ts_node_is_null(otherwise))
        return false;
      std::vector<TSNode> parts = named_children(otherwise);
      return !parts.empty() && exits(parts.back());
    }
    return false;
  }

  /// When a test of the module state is true: while it is unset (`!x`, `x
  /// == null`, `typeof x === 'undefined'`), once it is set (`x`, `x !=
  /// null`, `cache.has(key)`), or either (a comparison with a value,
  /// a mixed `&&` or `||`).
  enum class When { Unset, Set, Either };

  When when_true(TSNode test) const {
    test = unwrap_expression(test);
    if (is(test, "unary_expression")) {
      if (kind(field(test, "operator")) != std::string_view("!"))
        return When::Either;
      When inner = when_true(field(test, "argument"));
      return inner == When::Set     ? When::Unset
             : inner == When::Unset ? When::Set
                                    : When::Either;
    }
    if (is(test, "binary_expression")) {
      std::string_view op = kind(field(test, "operator"));
      TSNode left = unwrap_expression(field(test, "left"));
      TSNode right = unwrap_expression(field(test, "right"));
      if (op == "&&" || op == "||") {
        // A part that tests no state (`useCache`) leaves the other's.
        if (!mentions(*tree_, left, state_))
          return when_true(right);
        if (!mentions(*tree_, right, state_))
          return when_true(left);
        When a = when_true(left), b = when_true(right);
        return a == b ? a : When::Either;
      }
      bool equal = op == "==" || op == "===";
      if (!equal && op != "!=" && op != "!==")
        return When::Either;
      auto empty = [&](TSNode side) {
        std::string_view text = tree_->text(side);
        return is(side, "null") || is(side, "undefined") ||
               text == "undefined" || text == "'undefined'" ||
               text == "\"undefined\"";
      };
      if (!empty(left) && !empty(right))
        return When::Either;
      return equal ? When::Unset : When::Set;
    }
    if (is(test, "identifier") || is(test, "member_expression") ||
        is(test, "subscript_expression") || is(test, "call_expression"))
      return When::Set;
    return When::Either;
  }

  static bool within(uint32_t at, TSNode node) {
    return !ts_node_is_null(node) && at >= ts_node_start_byte(node) &&
           at < ts_node_end_byte(node);
  }

  std::vector<std::pair<TSNode, bool>> branches_; ///< test, returns when true
  const JsModule *module_;
  bool lasting_this_;
  const JsTree *tree_ = nullptr;
  std::set<std::string> state_; ///< module state the function fills
};

/// A call that opens again the connection of a module-level object a
/// catalogued construction built, which the same function closes.
struct Reopened {
  const JsApi *api;      ///< the construction's entry
  std::string module;    ///< what it is imported from
  std::string closed_by; ///< the closing call, as written
};

/// When `callee` (`client.connect`) opens the connection of a module-level
/// object built by a catalogued construction whose entry says so
/// ('reconnect': `const client = new MongoClient(uri)`), and `function`'s
/// own body closes it again (`await client.close()` in a finally): what it
/// reopens. Such a client connects on every invocation, though built once.
std::optional<Reopened> reopened(const JsModule &module,
                                 const JsCatalogue &catalogue, TSNode function,
                                 TSNode callee) {
  const JsTree &tree = module.tree();
  callee = unwrap_expression(callee);
  if (!is(callee, "member_expression"))
    return std::nullopt;
  TSNode object = unwrap_expression(field(callee, "object"));
  if (!is_module_object(module, object))
    return std::nullopt;
  std::string name(tree.text(object));
  TSNode value = unwrap_expression(field(module.binding(name)->site, "value"));
  bool made_new = is(value, "new_expression");
  if (!made_new && !is(value, "call_expression"))
    return std::nullopt;
  auto built = imported_name(
      module, field(value, made_new ? "constructor" : "function"));
  const JsApi *api =
      built ? catalogue.match(built->first, built->second,
                              made_new ? JsApi::Kind::New : JsApi::Kind::Call)
            : nullptr;
  auto among = [](const std::vector<std::string> &names, std::string_view n) {
    return std::find(names.begin(), names.end(), n) != names.end();
  };
  if (!api || !among(api->opens, tree.text(field(callee, "property"))))
    return std::nullopt;
  std::optional<Reopened> found;
  walk_own_body(function, [&](TSNode node) {
    TSNode called = is(node, "call_expression")
                        ? unwrap_expression(field(node, "function"))
                        : TSNode{};
    if (!found && is(called, "member_expression") &&
        tree.text(unwrap_expression(field(called, "object"))) == name &&
        among(api->closes, tree.text(field(called, "property"))))
      found = Reopened{api, built->first, std::string(tree.text(node))};
    return !found;
  });
  return found;
}

/// True when `construction` (built from `callee`) builds what a lazy form
/// keeps in a cache that outlives the invocation (CachingTests::keeps):
/// `x ??= new X()`, `x ||= ...`, `x = x || connect().then(...)`,
/// `x ?? (x = new X())`, or code a caching test guards. `local ?? new X()`,
/// or `x ?? new X()` that stores nothing in `x`, builds every time `x` is
/// unset.
bool is_lazily_built(const JsModule &module, TSNode construction, TSNode callee,
                     const CachingTests &caching) {
  const JsTree &tree = module.tree();
  if (caching.covers(construction, callee))
    return true;
  TSNode assigned{}; // `x` of `x = <construction>`, on the way up
  TSNode at = construction;
  for (TSNode parent = ts_node_parent(at); !ts_node_is_null(parent);
       at = parent, parent = ts_node_parent(parent)) {
    std::string_view type = kind(parent);
    if (type == "parenthesized_expression" || type == "await_expression" ||
        type == "as_expression" || type == "non_null_expression")
      continue;
    // A promise chain keeps what it was built from: `connect(uri).then(...)`.
    if (type == "member_expression" &&
        ts_node_eq(field(parent, "object"), at)) {
      std::string_view method = tree.text(field(parent, "property"));
      TSNode call = ts_node_parent(parent);
      if ((method == "then" || method == "catch" || method == "finally" ||
           method == "asPromise") &&
          is(call, "call_expression") &&
          ts_node_eq(field(call, "function"), parent)) {
        at = parent;
        parent = call;
        continue;
      }
    }
    if (type == "augmented_assignment_expression") {
      std::string_view op = ts_node_type(field(parent, "operator"));
      return (op == "?\?=" || op == "||=") &&
             caching.keeps(field(parent, "left"));
    }
    if (type == "assignment_expression" && ts_node_is_null(assigned) &&
        ts_node_eq(field(parent, "right"), at)) {
      assigned = unwrap_expression(field(parent, "left"));
      continue;
    }
    if (type == "binary_expression") {
      std::string_view op = ts_node_type(field(parent, "operator"));
      TSNode tested = unwrap_expression(field(parent, "left"));
      if ((op != "??" && op != "||") ||
          !ts_node_eq(field(parent, "right"), at) || !caching.keeps(tested))
        return false;
      if (ts_node_is_null(assigned)) { // `x = x ?? <construction>`
        TSNode outer = ts_node_parent(parent);
        while (is(outer, "parenthesized_expression"))
          outer = ts_node_parent(outer);
        if (is(outer, "assignment_expression"))
          assigned = unwrap_expression(field(outer, "left"));
      }
      return !ts_node_is_null(assigned) &&
             tree.text(assigned) == tree.text(tested);
    }
    return false;
  }
  return false;
}

/// True when `call` makes one of the AWS SDK's credential providers
/// (`fromEnv()`, `fromIni({...})`, `fromTemporaryCredentials({...})` of
/// '@aws-sdk/credential-providers' or an '@aws-sdk/credential-provider-*'
/// package).
bool is_credential_provider(const JsModule &module, TSNode call) {
  if (!is(call, "call_expression"))
    return false;
  auto called = imported_name(module, unwrap_expression(field(call, "function")));
  return called && called->first.rfind("@aws-sdk/credential-provider", 0) == 0;
}

/// The credentials `construction` is given (`new S3Client({ credentials:
/// {...} })`, SDK v2's `{ accessKeyId, secretAccessKey, sessionToken }`)
/// when they name something of the function that builds it (a parameter, a
/// local: credentials this invocation obtained, by STS AssumeRole or with
/// the event), else null.
TSNode invocation_credentials(const JsModule &module, TSNode construction) {
  static const std::set<std::string_view> globals{
      "process", "globalThis", "global", "JSON",
      "Object",  "undefined",  "Buffer"};
  const JsTree &tree = module.tree();
  std::vector<TSNode> arguments = arguments_of(construction);
  TSNode options =
      arguments.empty() ? TSNode{} : unwrap_expression(arguments[0]);
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
    int depth = 0;
    std::function<bool(TSNode)> visit = [&](TSNode node) {
      // What a call returns this invocation obtained (STS, a secret); not a
      // provider of the SDK's (`fromEnv()`, `fromTemporaryCredentials({...})`),
      // which obtains them when the client first needs them, and keeps
      // them: only its arguments may be the invocation's.
      if (is(node, "call_expression") || is(node, "new_expression") ||
          is(node, "await_expression"))
        local = local || !is_credential_provider(module, node);
      if (is(node, "identifier") || is(node, "shorthand_property_identifier")) {
        // `const accessKey = process.env.AWS_ACCESS`: what the local reads
        if (TSNode read = const_value(module, node);
            !ts_node_is_null(read) && depth < 8) {
          ++depth;
          if (visit(read))
            walk_named_descendants(read, visit);
          --depth;
          return !local;
        }
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

/// const_value's, and the value of a local `let` its block never assigns
/// again (`let config = { host: process.env.DB_HOST }`), which holds its
/// first value as a `const` does.
TSNode unchanged_value(const JsModule &module, TSNode name) {
  if (TSNode value = const_value(module, name, true); !ts_node_is_null(value))
    return value;
  auto declared =
      is(name, "identifier") || is(name, "shorthand_property_identifier")
          ? local_declaration(module, name,
                              std::string(module.tree().text(name)))
          : std::nullopt;
  if (!declared || !is(*declared, "variable_declarator") ||
      !is(field(*declared, "name"), "identifier"))
    return {};
  TSNode declaration = ts_node_parent(*declared);
  if (!is(declaration, "lexical_declaration") ||
      kind(ts_node_child(declaration, 0)) != std::string_view("let") ||
      assigned_again(module, ts_node_parent(declaration), *declared))
    return {};
  return unwrap_expression(field(*declared, "value"));
}

/// The construction `argument` is: itself when it is a call or `new`, the
/// value of the `const` it names when that is one (`const client = new
/// DynamoDBClient(...)` for `DynamoDBDocumentClient.from(client)`); a null
/// node otherwise.
TSNode construction_of(const JsModule &module, TSNode argument) {
  argument = unwrap_expression(argument);
  if (is(argument, "new_expression") || is(argument, "call_expression"))
    return argument;
  TSNode value = const_value(module, argument);
  return is(value, "new_expression") || is(value, "call_expression") ? value
                                                                     : TSNode{};
}

/// True when `construction` is built from credentials obtained during this
/// invocation, or wraps what is (`DynamoDBDocumentClient.from(client)` of
/// such a client).
bool built_from_invocation_credentials(const JsModule &module,
                                       TSNode construction, int depth = 0) {
  if (!ts_node_is_null(invocation_credentials(module, construction)))
    return true;
  std::vector<TSNode> arguments = arguments_of(construction);
  TSNode wrapped = arguments.empty() || depth > 8
                       ? TSNode{}
                       : construction_of(module, arguments[0]);
  return !ts_node_is_null(wrapped) &&
         built_from_invocation_credentials(module, wrapped, depth + 1);
}

/// True when `options` is empty, or the first argument of `call` is an
/// object that builds one of them in place: `{ httpsAgent: new Agent() }`.
bool builds_option_in_place(const JsTree &tree, TSNode call,
                            const std::vector<std::string> &options) {
  if (options.empty())
    return true;
  std::vector<TSNode> arguments = arguments_of(call);
  TSNode object =
      arguments.empty() ? TSNode{} : unwrap_expression(arguments[0]);
  if (!is(object, "object"))
    return false;
  for (TSNode member : named_children(object)) {
    TSNode value = unwrap_expression(field(member, "value"));
    if (is(member, "pair") &&
        std::count(options.begin(), options.end(),
                   tree.text(field(member, "key"))) &&
        (is(value, "new_expression") || is(value, "call_expression")))
      return true;
  }
  return false;
}

/// True when the first argument of `call` gives connection details rather
/// than a client: a string, a template, an environment read
/// (`process.env.DATABASE_URL`), or an object with a `connection` member.
bool given_connection_details(const JsTree &tree, TSNode call) {
  std::vector<TSNode> arguments = arguments_of(call);
  TSNode first = arguments.empty() ? TSNode{} : unwrap_expression(arguments[0]);
  if (is(first, "string") || is(first, "template_string") ||
      tree.text(first).rfind("process.env.", 0) == 0)
    return true;
  return is(first, "object") &&
         !ts_node_is_null(property_value(tree, first, "connection"));
}

/// Whether `construction`, in `function`, can move to module scope: not
/// when its arguments read a parameter of the function (in the handler:
/// "depends on 'event', the event") or a variable of the environment the
/// invocation writes (`changes`); yes when they read only module-level
/// names and the environment; unknown (nothing, `unknown` the first local
/// read) when they read locals.
std::optional<Hoistability> hoistability(const JsModule &module,
                                         const JsCatalogue &catalogue,
                                         TSNode construction, TSNode function,
                                         bool is_handler,
                                         const InvokePathChanges &changes,
                                         std::string &unknown) {
  const JsTree &tree = module.tree();
  // tsc's `_a` of a downlevel `??`: what it holds, the construction gives it.
  const std::set<std::string> temporaries =
      expression_temporaries(module, construction, function);
  // tsc's downlevel of an async function: the parameters are its owner's.
  function = awaiter_owner(tree, function);
  std::optional<Hoistability> found;
  bool reads_locals = false;
  std::set<uint32_t> seen; // the constructions of locals visited
  std::function<bool(TSNode)> visit = [&](TSNode node) {
    if (found)
      return false;
    // `this` is what the call gives a function (`typeof this` differs at
    // module scope): not traced; in arrows only, it is the module's own.
    if (is(node, "this")) {
      bool own = true;
      for (TSNode at = ts_node_parent(node); own && !ts_node_is_null(at);
           at = ts_node_parent(at))
        own = !(is_function_node(at) || is_class_node(at)) ||
              is(at, "arrow_function");
      if (!own && !reads_locals)
        unknown = "this";
      reads_locals = reads_locals || !own;
      return true;
    }
    // A call whose value differs from call to call (`randomUUID()`): at
    // module scope every invocation would share the one INIT made.
    if (is(node, "call_expression"))
      if (auto called = imported_name(module, field(node, "function"));
          called &&
          catalogue.gives_per_call_value(called->first, called->second)) {
        found = Hoistability{
            false, "depends on '" + message_excerpt(tree.text(node), 40) +
                       "', which gives a new value on every call: at module "
                       "scope every invocation would share the one INIT made"};
        return false;
      }
    // `super` and `new.target` are the method's and the call's, in arrows
    // too: at module scope they are a SyntaxError.
    if (is(node, "super") ||
        (is(node, "meta_property") && tree.text(node) == "new.target")) {
      if (!reads_locals)
        unknown = tree.text(node);
      reads_locals = true;
      return true;
    }
    // A variable of the environment, by a name spelled, folded
    // (`process.env['_X_AMZN_' + 'TRACE_ID']`, `env[TRACE]`) or computed
    // ("*": any); the whole environment, copied or handed on, holds every
    // variable.
    std::optional<std::string> variable =
        environment_variable_read(module, node);
    TSNode parent = ts_node_parent(node);
    if (!variable && is_environment_object(module, node) &&
        !((is(parent, "member_expression") ||
           is(parent, "subscript_expression")) &&
          ts_node_eq(unwrap_expression(field(parent, "object")), node)))
      variable = "*";
    if (variable) {
      if (std::string writer = changes.writer(*variable); !writer.empty()) {
        found = Hoistability{
            false, "reads 'process.env" +
                       (*variable == "*" ? "" : "." + *variable) + "', which '" +
                       writer + "' writes during the invocation: at module "
                       "scope it reads the value INIT sees"};
        return false;
      }
      // The Node.js runtime sets the trace's variable for every invocation.
      if (*variable == "_X_AMZN_TRACE_ID" || *variable == "*") {
        std::string excerpt = message_excerpt(tree.text(node), 40);
        found = Hoistability{
            false,
            (*variable != "*" ? std::string("reads 'process.env._X_AMZN_TRACE_ID'")
             : is(node, "subscript_expression")
                 ? "reads 'process.env' by a key hoist does not compute ('" +
                       excerpt + "'), which may be '_X_AMZN_TRACE_ID'"
                 : "reads the whole of 'process.env' ('" + excerpt +
                       "'), which holds '_X_AMZN_TRACE_ID'") +
                ", which the Lambda runtime sets anew for every invocation: "
                "at module scope it reads INIT's"};
        return false;
      }
      // A name computed: what it reads of the function counts too; the
      // read is done (its object is the environment).
      if (is(node, "subscript_expression") && visit(field(node, "index")))
        walk_named_descendants(field(node, "index"), visit);
      return false;
    }
    if (!is(node, "identifier") && !is(node, "shorthand_property_identifier"))
      return true;
    std::string name(tree.text(node));
    if (temporaries.count(name))
      return true;
    auto declared = local_declaration(module, node, name);
    TSNode written = declared && is(*declared, "variable_declarator")
                         ? field(*declared, "value")
                         : TSNode{};
    // A client a wrapper is given (`DynamoDBDocumentClient.from(client)`):
    // it moves if what builds the client does.
    if (TSNode built = construction_of(module, node);
        !ts_node_is_null(built) && is_catalogued(module, catalogue, built) &&
        !seen.count(ts_node_start_byte(built))) {
      seen.insert(ts_node_start_byte(built));
      walk_named_descendants(built, visit);
      return true;
    }
    // Written by the invocation: at INIT it has another value.
    auto written_by_invocation = [&](const std::string &variable) {
      std::string writer = variable.empty() ? "" : changes.writer(variable);
      if (writer.empty())
        return false;
      found = Hoistability{
          false, "reads 'process.env" +
                     (variable == "*" ? "" : "." + variable) + "', which '" +
                     writer + "' writes during the invocation: at module "
                     "scope it reads the value INIT sees"};
      return true;
    };
    // `const { TABLE } = process.env`, `const { TABLE: table } = ...`:
    // environment reads, of the key
    if (!ts_node_is_null(written) && tree.text(written) == "process.env") {
      std::string key = name;
      walk_named_descendants(field(*declared, "name"), [&](TSNode part) {
        if (is(part, "pair_pattern") && tree.text(field(part, "value")) == name)
          key = tree.text(field(part, "key"));
        return true;
      });
      return !written_by_invocation(key);
    }
    // Another local `const`, or a `let` never assigned again (`const region
    // = arn.split(':')[3]`): what it reads of the parameters makes the
    // construction depend on them; what a call gives it (a secret fetched,
    // a value computed) this invocation obtains; one of constants and
    // environment reads (`const region = \`${process.env.AWS_REGION}\``)
    // is as hoistable as they are. A `let` assigned again holds what the
    // function gives it when it runs.
    if (TSNode value = unchanged_value(module, node);
        !ts_node_is_null(value) && !seen.count(ts_node_start_byte(value))) {
      seen.insert(ts_node_start_byte(value));
      auto is_computed = [](TSNode part) {
        return is(part, "call_expression") || is(part, "new_expression") ||
               is(part, "await_expression");
      };
      bool computed = is_computed(written);
      walk_named_descendants(written, [&](TSNode part) {
        computed = computed || is_computed(part);
        return !computed;
      });
      if (computed) {
        found = Hoistability{false, "depends on '" + name +
                                        "', which the function computes "
                                        "when it runs"};
        return false;
      }
      if (visit(value))
        walk_named_descendants(value, visit);
      return !found;
    }
    if (const Binding *binding = declared ? nullptr : module.binding(name))
      if (std::string changer = changes.exports_changer(module, *binding);
          !changer.empty()) {
        found = Hoistability{false, "depends on '" + name + "', exports of a "
                                    "project module that '" + changer +
                                    "' changes during the invocation: at "
                                    "module scope it reads the values INIT "
                                    "sees"};
        return false;
      }
    if (std::string assigner = declared ? "" : changes.assigner(module, name);
        !assigner.empty()) {
      found = Hoistability{false, "depends on '" + name + "', module state that '" +
                                      assigner + "' assigns during the "
                                      "invocation: at module scope it reads "
                                      "the value INIT sees"};
      return false;
    }
    if (declared && is(*declared, "variable_declarator") &&
        assigned_again(module, ts_node_parent(ts_node_parent(*declared)),
                       *declared)) {
      found = Hoistability{false, "depends on '" + name +
                                      "', which the function assigns when "
                                      "it runs"};
      return false;
    }
    if (!declared || !ts_node_eq(*declared, function)) {
      // The language's conversions give what their arguments give, and
      // cannot throw on an environment read (`Number(process.env.R ?? 3)`).
      static const std::set<std::string_view> kPure{
          "Number", "String", "Boolean", "parseInt", "parseFloat",
          "undefined", "NaN", "Infinity"};
      bool untraced = declared || (!module.binding(name) && name != "process" &&
                                   !kPure.count(name));
      if (untraced && !reads_locals)
        unknown = name;
      reads_locals = reads_locals || untraced;
      return true;
    }
    std::size_t position = 0; // `event => ...` has its one parameter
    TSNode parameters = field(function, "parameters");
    for (TSNode parameter : ts_node_is_null(parameters)
                                ? std::vector<TSNode>{}
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
  for (TSNode argument : arguments_of(construction))
    if (visit(argument))
      walk_named_descendants(argument, visit);
  if (!found && !reads_locals)
    found = Hoistability{
        true, "built only from constants, imports and environment reads"};
  return found;
}

/// True when `call` passes one of `function`'s parameters on as it is
/// (`api.run(event, context)`).
bool passes_parameter(const JsTree &tree, TSNode call, TSNode function) {
  std::set<std::string> parameters;
  bound_names(tree, field(function, "parameters"), parameters);
  bound_names(tree, field(function, "parameter"), parameters);
  for (TSNode argument : arguments_of(call))
    if (parameters.count(std::string(tree.text(unwrap_expression(argument)))))
      return true;
  return false;
}

/// What binds each of `function`'s parameters, in order: a name or a
/// pattern, without TypeScript's wrapper (`x: T`).
std::vector<TSNode> parameter_patterns(TSNode function) {
  TSNode parameters = field(function, "parameters");
  if (ts_node_is_null(parameters)) // x => ...
    return {field(function, "parameter")};
  std::vector<TSNode> patterns;
  for (TSNode parameter : named_children(parameters))
    if (!is(parameter, "comment"))
      patterns.push_back(is(parameter, "required_parameter") ||
                                 is(parameter, "optional_parameter")
                             ? field(parameter, "pattern")
                             : parameter);
  return patterns;
}

/// The parameters of `function` that `call` gives the module state it
/// stores the call's result in: `cached = await connect(uri, cached)` gives
/// `cached` to connect's second parameter, so a helper that returns what it
/// is given when set (`if (cachedClient) return cachedClient`) builds only
/// while the module's cache is empty.
std::set<std::string> cache_parameters(const JsModule &module, TSNode call,
                                       const JsModule &callee_module,
                                       TSNode function) {
  const JsTree &tree = module.tree();
  std::set<std::string> found;
  TSNode at = call;
  TSNode parent = ts_node_parent(at);
  while (is(parent, "await_expression") ||
         is(parent, "parenthesized_expression")) {
    at = parent;
    parent = ts_node_parent(at);
  }
  if (!is(parent, "assignment_expression") ||
      !ts_node_eq(field(parent, "right"), at))
    return found;
  TSNode target = field(parent, "left");
  if (written_module_variable(module, target).empty())
    return found;
  std::vector<TSNode> arguments = arguments_of(call);
  std::vector<TSNode> patterns = parameter_patterns(function);
  for (std::size_t i = 0; i < std::min(patterns.size(), arguments.size());
       ++i) {
    TSNode argument = unwrap_expression(arguments[i]);
    TSNode pattern = patterns[i];
    if (is(pattern, "identifier") && tree.text(argument) == tree.text(target))
      found.insert(std::string(callee_module.tree().text(pattern)));
  }
  return found;
}

/// A function a handler factory is given, by the name its parameter binds:
/// `getHandler({ store })` for `({ store }) => async (event) => store()`,
/// `getHandler(deps)` for `(deps) => async (event) => deps.store()` (the
/// name "deps.store").
struct Injection {
  TSNode factory;
  std::string name;
  Resolved value;
};

/// The functions the handler's export hands the factory that makes the
/// handler `start`: `export const handler = withLogging(getHandler({ store
/// }))`, by each of the factory's parameters (names and destructured
/// properties).
std::vector<Injection> injections(Modules &modules, const JsModule &module,
                                  const std::string &name,
                                  const Resolved &start) {
  std::vector<Injection> found;
  auto exported = module.exports().find(name);
  if (exported == module.exports().end() || !start)
    return found;
  const JsTree &tree = module.tree();
  TSNode value = unwrap_expression(exported->second.value);
  for (int depth = 0; depth < 8 && !ts_node_is_null(value); ++depth) {
    if (is(value, "identifier")) {
      const Binding *binding = module.binding(std::string(tree.text(value)));
      value = binding && is(binding->site, "variable_declarator")
                  ? unwrap_expression(field(binding->site, "value"))
                  : TSNode{};
      continue;
    }
    if (!is(value, "call_expression"))
      break;
    std::vector<TSNode> arguments = arguments_of(value);
    auto factory =
        resolve_function(modules, module, field(value, "function"), 0);
    auto made =
        factory && is_function_node(factory->second)
            ? returned_function(modules, *factory->first, factory->second, 0)
            : std::nullopt;
    if (!made || !ts_node_eq(made->second, start->second)) {
      value = arguments.empty() ? TSNode{} : unwrap_expression(arguments[0]);
      continue; // a wrapper: withLogging(getHandler(...))
    }
    const JsTree &factory_tree = factory->first->tree();
    std::vector<TSNode> patterns = parameter_patterns(factory->second);
    for (std::size_t i = 0; i < std::min(patterns.size(), arguments.size());
         ++i) {
      TSNode argument = unwrap_expression(arguments[i]);
      TSNode pattern = patterns[i];
      auto inject = [&](const std::string &bound, TSNode given) {
        if (auto resolved = resolve_function(modules, module, given, 0);
            resolved && is_function_node(resolved->second))
          found.push_back({factory->second, bound, resolved});
      };
      if (!is(argument, "object"))
        continue;
      if (is(pattern, "identifier")) {
        for (TSNode part : named_children(argument)) {
          TSNode key = is(part, "shorthand_property_identifier") ? part
                       : is(part, "pair") ? field(part, "key")
                                          : TSNode{};
          if (!ts_node_is_null(key))
            inject(std::string(factory_tree.text(pattern)) + "." +
                       std::string(tree.text(key)),
                   property_value(tree, argument, tree.text(key)));
        }
      } else if (is(pattern, "object_pattern")) {
        for (TSNode part : named_children(pattern)) {
          // { store } or { store: put }
          TSNode key = is(part, "shorthand_property_identifier_pattern") ? part
                       : is(part, "pair_pattern") ? field(part, "key")
                                                  : TSNode{};
          TSNode bound = is(part, "pair_pattern") ? field(part, "value") : part;
          if (!ts_node_is_null(key) &&
              (is(bound, "identifier") ||
               is(bound, "shorthand_property_identifier_pattern")))
            inject(std::string(factory_tree.text(bound)),
                   property_value(tree, argument, factory_tree.text(key)));
        }
      }
    }
    break;
  }
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
                       {"reaching", ""},
                       {"through", through},
                       {"cost", api.cost}});
}

/// How a call's result depends on the expression around it, up to its
/// statement: on a branch when it is a ternary's arm or the right operand
/// of `&&`, `||` or `??`; none when a function is between (the call is
/// another function's).
std::optional<bool> conditional_in_statement(TSNode call, TSNode &statement) {
  bool conditional = false;
  TSNode at = call;
  for (TSNode parent = ts_node_parent(at); !ts_node_is_null(parent);
       at = parent, parent = ts_node_parent(parent)) {
    if (is_function_node(parent)) {
      // `async (e) => getClient().send(e)`: the arrow's whole body
      if (!ts_node_eq(field(parent, "body"), at))
        return std::nullopt;
      statement = at;
      return conditional;
    }
    if (is(parent, "statement_block") || is(parent, "switch_case") ||
        is(parent, "switch_default") || is(parent, "program")) {
      statement = at;
      return conditional;
    }
    if (is(parent, "ternary_expression") &&
        !ts_node_eq(field(parent, "condition"), at))
      conditional = true;
    if (is(parent, "binary_expression") &&
        ts_node_eq(field(parent, "right"), at)) {
      std::string_view op = kind(field(parent, "operator"));
      conditional = conditional || op == "&&" || op == "||" || op == "??";
    }
  }
  return std::nullopt;
}

/// The first change, at INIT, of what a client may read when it is built
/// (the environment; with `sdk_configuration`, SDK v2's configuration)
/// that a module on the way from the handler to `reached.module` makes
/// after it loads the next module on the way: a client moved to the scope
/// of `reached.module` is built when that module loads, before the change
/// (Python's importers' writes too). An ES module's code all runs after
/// its imports; a CommonJS module's after its `require`. "" when none.
std::string init_change_after_load(const Reached &reached,
                                   const JsCatalogue &catalogue,
                                   Modules &modules, bool sdk_configuration) {
  std::set<const JsModule *> on_way{reached.module};
  for (const CallStep &step : reached.chain)
    on_way.insert(step.module);
  for (const JsModule *loader : on_way) {
    if (loader == reached.module)
      continue;
    const JsTree &tree = loader->tree();
    const std::vector<ModuleLoad> loads = module_loads(*loader);
    for (auto load_at = loads.begin(); load_at != loads.end(); ++load_at) {
      const ModuleLoad &load = *load_at;
      const JsModule *loaded =
          load.specifier ? modules.imported(*loader, *load.specifier) : nullptr;
      if (!loaded || loaded == loader || !on_way.count(loaded))
        continue;
      // The project modules an ES module imports after it run their code
      // after it too (`import "./setup.mjs"`).
      if (is(load.site, "import_statement"))
        for (auto later = std::next(load_at); later != loads.end(); ++later) {
          const JsModule *next =
              is(later->site, "import_statement") && later->specifier
                  ? modules.imported(*loader, *later->specifier)
                  : nullptr;
          if (!next || on_way.count(next))
            continue;
          if (std::string change = later_init_change(
                  *next, ts_node_named_child(next->tree().root(), 0),
                  sdk_configuration, &catalogue, &modules);
              !change.empty())
            return "'" + next->tree().file()->path() + "', which '" +
                   tree.file()->path() + "' imports after '" +
                   loaded->tree().file()->path() + "', changes at INIT what "
                   "the client may read when it is built ('" + change +
                   "'): at module scope it is built when '" +
                   reached.module->tree().file()->path() + "' loads, before "
                   "that change";
        }
      TSNode statement = top_level_statement(load.site);
      TSNode after = is(load.site, "import_statement")
                         ? ts_node_named_child(tree.root(), 0)
                         : ts_node_next_named_sibling(statement);
      if (std::string change = later_init_change(
              *loader, after, sdk_configuration, &catalogue, &modules);
          !change.empty())
        return "module code of '" + tree.file()->path() + "' after it loads '" +
               loaded->tree().file()->path() + "' changes, at INIT, what the "
               "client may read when it is built ('" + change + "'): at "
               "module scope it is built when '" +
               reached.module->tree().file()->path() + "' loads, before "
               "that change";
      break;
    }
  }
  return "";
}

/// Why moving what `reached` (a function the handler calls, or the
/// handler) builds to its module's scope may change what happens, beyond
/// what its own body says: each call on the chain that runs on a branch,
/// in a loop or in a `try`, and a module other than the handler's that
/// code off the handler's entry chain may load (Importers). None when a
/// call is not a plain
/// call of the caller's own body (a callback, a route, an arrow's
/// expression): no fix, and `no_fix` says why.
std::optional<std::vector<std::string>>
chain_reasons(const JsModule &handler_module, const Reached &reached,
              const std::string &failure, Importers &importers,
              const JsCatalogue &catalogue, Modules &modules,
              bool sdk_configuration, std::string &no_fix) {
  std::vector<std::string> why;
  TSNode handler_function{}; // where the chain starts
  for (const CallStep &step : reached.chain) {
    auto refuse = [&](const std::string &how) {
      no_fix = "'" + step.caller + "' " + how +
               ", and hoist moves a construction only out of functions "
               "called as plain statements";
      return std::nullopt;
    };
    if (step.how != CallStep::How::Call)
      return refuse(
          step.how == CallStep::How::Registered
              ? "registers '" + step.callee + "' to run on a request"
          : step.how == CallStep::How::Passed
              ? "passes '" + step.callee + "' to a call that runs it"
              : "runs '" + step.callee + "' without calling it");
    TSNode statement;
    std::optional<bool> conditional =
        conditional_in_statement(step.call, statement);
    if (!conditional) {
      // The trial's `messageQueue = new SqsMessage()` was said to be "inside
      // a callback or a labelled block".
      std::string parameter = defaulted_parameter(step.module->tree(), step.call);
      return refuse(parameter.empty()
                        ? "calls '" + step.callee + "' inside an expression "
                          "that is not a statement of its body"
                        : "calls '" + step.callee + "' in the default value "
                          "of its parameter '" + parameter + "'");
    }
    TSNode function = statement;
    while (!ts_node_is_null(function) && !is_function_node(function))
      function = ts_node_parent(function);
    if (ts_node_is_null(function))
      return refuse("calls '" + step.callee + "' outside a function body");
    TSNode body = field(function, "body");
    std::optional<Blocks> blocks = ts_node_eq(statement, body)
                                       ? Blocks{}
                                       : enclosing_blocks(statement, body);
    if (!blocks)
      return refuse("calls '" + step.callee + "' inside a labelled "
                    "statement, a 'finally' block or a class body");
    blocks->branch = blocks->branch || *conditional;
    std::vector<std::string> reasons = blocks->reasons(
        "'" + step.callee + "' is called", "'" + step.caller + "'", failure);
    move_append(why, reasons);
    if (ts_node_is_null(handler_function))
      handler_function = function;
    // A call that may be skipped must not become a build at INIT that may
    // fail.
    if (std::string caught = failure.empty()
                                 ? ""
                                 : caught_around(step.module->tree(), step.call);
        !caught.empty())
      why.push_back(failing_at_init("'" + step.caller + "' answers for the "
                                    "errors of its call of '" + step.callee +
                                    "' ('" + caught + "')",
                                    failure));
    if (TSNode guard = failure.empty()
                           ? TSNode{}
                           : guard_before(*step.module, statement, body);
        !ts_node_is_null(guard))
      why.push_back(failing_at_init(
          "the call of '" + step.callee + "' in '" + step.caller +
              "' follows '" + guard_text(step.module->tree(), guard) +
              "', which can end '" +
              step.caller + "' without it",
          failure));
  }
  if (!failure.empty() && !ts_node_is_null(handler_function))
    if (std::string wrapper = answering_wrapper(*reached.chain.front().module,
                                                handler_function);
        !wrapper.empty())
      why.push_back(failing_at_init(wrapper, failure));
  // A function on the way that module code replaces runs a wrapper's code
  // around it, which hoist does not follow (trial 29js).
  struct RunThrough {
    const JsModule *module;
    TSNode function;
    std::string name;
  };
  std::vector<RunThrough> run_through{
      {reached.module, reached.function, reached.name}};
  for (const CallStep &step : reached.chain) {
    TSNode caller = ts_node_parent(step.call);
    while (!ts_node_is_null(caller) && !is_function_node(caller))
      caller = ts_node_parent(caller);
    if (!ts_node_is_null(caller))
      run_through.push_back({step.module, caller, step.caller});
  }
  for (const auto &[module, function, name] : run_through)
    if (TSNode replacing = replacement_of(*module, function);
        !ts_node_is_null(replacing)) {
      const JsTree &tree = module->tree();
      why.push_back(
          "module code replaces '" + name + "' with a wrapper ('" +
          message_excerpt(tree.text(replacing).substr(
                              0, tree.text(replacing).find('\n')),
                          60) +
          "', " + tree.file()->path() + ":" +
          std::to_string(ts_node_start_point(replacing).row + 1) +
          "), whose code runs around every invocation and may change the "
          "environment, answer for errors or skip the call");
      break;
    }
  if (reached.module != &handler_module)
    if (std::string other =
            importers.other_loader(handler_module, *reached.module);
        !other.empty())
      why.push_back("it moves into '" + reached.module->tree().file()->path() +
                    "', which " + other + ": at module scope it is built "
                    "whenever the module loads, without a call of '" +
                    reached.name + "'");
  if (std::string change = init_change_after_load(reached, catalogue, modules,
                                                  sdk_configuration);
      !change.empty())
    why.push_back(change);
  return why;
}

/// True when `node` is `null`, `undefined` or `void 0`: what empties a cache.
bool is_empty_value(const JsTree &tree, TSNode node) {
  node = unwrap_expression(node);
  return is(node, "null") || is(node, "undefined") ||
         tree.text(node) == "undefined" || tree.text(node) == "void 0";
}

/// True when `node`, in the function `reached` is, runs on every
/// invocation: neither it nor a call on the chain to its function is on a
/// branch, in a loop or a callback, and no caching test guards the chain
/// (a `try` is taken to run to its end).
bool runs_every_invocation(const Reached &reached, TSNode node) {
  auto unconditional = [](TSNode at) {
    TSNode statement;
    std::optional<bool> conditional = conditional_in_statement(at, statement);
    if (!conditional || *conditional)
      return false;
    TSNode function = statement;
    while (!ts_node_is_null(function) && !is_function_node(function))
      function = ts_node_parent(function);
    if (ts_node_is_null(function))
      return false;
    TSNode body = field(function, "body");
    std::optional<Blocks> blocks = ts_node_eq(statement, body)
                                       ? Blocks{}
                                       : enclosing_blocks(statement, body);
    return blocks && !blocks->branch && !blocks->looped;
  };
  if (reached.lazily)
    return false;
  for (const CallStep &step : reached.chain)
    if (step.how != CallStep::How::Call || !unconditional(step.call))
      return false;
  return unconditional(node);
}

/// What handler-signature finds of each export, by the handlers that name
/// it: those with a runtime (configured) say it for all, found by name or
/// not (a CDK app's function is also found by its name). Shared by the
/// threads of a run; what it keeps does not depend on their order.
class SignatureFindings {
public:
  /// How much a check knew of the function's runtime: the findings of the
  /// check that knew most are kept for an export.
  enum Knowledge { kNone, kUnread, kRuntime };

  void keep(const std::string &path, const std::string &name,
            Knowledge knew, std::vector<Diagnostic> found) {
    std::lock_guard<std::mutex> lock(mutex_);
    Kept &kept = kept_[{path, name}];
    if (kept.knew > knew)
      return;
    if (knew > kept.knew)
      kept = {knew, {}};
    move_append(kept.found, found);
  }
  /// What the findings kept for the export knew.
  Knowledge known(const std::string &path, const std::string &name) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto kept = kept_.find({path, name});
    return kept == kept_.end() ? kNone : kept->second.knew;
  }
  /// The exports whose findings were made knowing nothing of the runtime,
  /// as (module path, export name).
  std::vector<std::pair<std::string, std::string>> unknowing() {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::pair<std::string, std::string>> found;
    for (const auto &[export_, kept] : kept_)
      if (kept.knew == kNone)
        found.push_back(export_);
    return found;
  }
  /// Moves every finding kept to `out`, by module path and export name,
  /// those that knew most first: where handlers re-export one function,
  /// the finding that knows the runtime says it.
  void take(std::vector<Diagnostic> &out) {
    for (Knowledge knew : {kRuntime, kUnread, kNone})
      for (auto &[export_, kept] : kept_)
        if (kept.knew == knew)
          move_append(out, kept.found);
    kept_.clear();
  }

private:
  struct Kept {
    Knowledge knew = kNone;
    std::vector<Diagnostic> found;
  };
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, Kept> kept_;
};

class HandlerCheck {
public:
  HandlerCheck(const JsRequest &request, Modules &modules, JsResult &result,
               SignatureFindings &signatures)
      : request_(request), modules_(modules), result_(result),
        signatures_(signatures) {}

  void run(const JsModule &module, const JsHandler &handler) {
    auto start = resolve_export(modules_, module, handler.name, 0);
    if (handler.needs_event_parameter &&
        !(start && is_function_node(start->second) &&
          takes_event_first(start->first->tree(), start->second)))
      return;
    if (request_.enabled_rules.count(rules::kHandlerSignature) &&
        request_.registry)
      keep_signature_findings(module, handler);
    injections_ = injections(modules_, module, handler.name, start);
    set_variables_ = handler.environment;
    std::size_t diagnostics = result_.diagnostics.size();
    std::size_t wrappers = result_.unknown_wrappers.size();
    auto walk = [&] {
      changes_ = {};
      unresolved_.clear();
      run_modules_ = {&module};
      std::deque<Reached> pending;
      // Middleware a wrapper runs on every invocation (middy's before hooks).
      dispatch(Registrations(modules_, *request_.catalogue)
                   .of_middleware(module, handler.name),
               {&module, TSNode{}, handler.name, {}, 0, false}, pending);
      if (start && is_function_node(start->second)) {
        // Lambda calls a handler with (event, context, callback).
        // tsc's downlevel of an async handler: the generator is its body.
        TSNode body = awaiter_body(start->first->tree(), start->second);
        pending.push_back({start->first,
                           ts_node_is_null(body) ? start->second : body,
                           handler.name,
                           {},
                           3});
      } else {
        Registrations registrations(modules_, *request_.catalogue);
        dispatch(registrations.of_export(module, handler.name),
                 {&module, TSNode{}, handler.name, {}, 0, false}, pending);
        if (TSNode wrapper = registrations.unknown_wrapper();
            !ts_node_is_null(wrapper)) {
          const JsTree &tree = module.tree();
          result_.unknown_wrappers.push_back(
              {{tree.file(), tree.range(wrapper)},
               "handler '" + handler.name + "' is what '" +
                   std::string(tree.text(field(wrapper, "function"))) +
                   "' returns, which hoist cannot read; of the functions "
                   "given to it, none or several are named like a handler "
                   "or take an event first, so hoist cannot tell which runs "
                   "on a request and checked none"});
        }
      }
      std::set<std::tuple<const JsModule *, uint32_t, bool, bool,
                          std::set<std::string>>>
          seen;
      while (!pending.empty()) {
        Reached reached = std::move(pending.front());
        pending.pop_front();
        if (!seen.insert({reached.module, ts_node_start_byte(reached.function),
                          reached.lazily, reached.lasting_this,
                          reached.cache_parameters})
                 .second)
          continue;
        visit(module, handler, reached, pending);
      }
    };
    resets_.clear();
    walk();
    // Module state the invocation always resets caches nothing: again,
    // with its tests guarding nothing (a singleton's `if (instance) return
    // instance` that the handler's `disconnect()` sets to null each time).
    if (!resets_.empty()) {
      result_.diagnostics.erase(result_.diagnostics.begin() + diagnostics,
                                result_.diagnostics.end());
      result_.unknown_wrappers.erase(
          result_.unknown_wrappers.begin() + wrappers,
          result_.unknown_wrappers.end());
      unfinished_.clear();
      ignored_state_ = std::move(resets_);
      walk();
      ignored_state_.clear();
    }
    finish(module);
  }

private:
  /// The names of `module`'s state its caching tests ignore.
  std::set<std::string> ignored_in(const JsModule &module) const {
    std::set<std::string> names;
    for (const auto &[owner, name] : ignored_state_)
      if (owner == &module)
        names.insert(name);
    return names;
  }

  void keep_signature_findings(const JsModule &module,
                               const JsHandler &handler) {
    const std::string &path = module.tree().file()->path();
    SignatureFindings::Knowledge knew =
        !handler.runtime.empty()          ? SignatureFindings::kRuntime
        : !handler.runtime_unread.empty() ? SignatureFindings::kUnread
                                          : SignatureFindings::kNone;
    if (knew < signatures_.known(path, handler.name))
      return;
    signatures_.keep(path, handler.name, knew,
                     handler_signature_findings(modules_, module, handler,
                                                *request_.registry));
  }

  /// The function `node` names: in the project, or one the handler's
  /// factory was given and the function around `node` calls by the name
  /// its parameter binds (see injections()).
  Resolved resolve(const JsModule &module, TSNode node) const {
    if (auto target = resolve_function(modules_, module, node))
      return target;
    node = unwrap_expression(node);
    const JsTree &tree = module.tree();
    TSNode root = is(node, "member_expression")
                      ? unwrap_expression(field(node, "object"))
                      : node;
    if (!is(root, "identifier"))
      return std::nullopt;
    std::string name(tree.text(root));
    std::optional<TSNode> declared = local_declaration(module, root, name);
    if (is(node, "member_expression"))
      name += "." + std::string(tree.text(field(node, "property")));
    for (const Injection &injection : injections_)
      if (declared && ts_node_eq(*declared, injection.factory) &&
          injection.name == name)
        return injection.value;
    return std::nullopt;
  }

  /// Queues the `registered` functions, which what `from` runs dispatches
  /// to on a request (a framework passes what it passes: no default is
  /// taken for sure).
  static void dispatch(const std::vector<Registrations::Registered> &registered,
                       const Reached &from, std::deque<Reached> &pending) {
    for (const Registrations::Registered &function : registered) {
      const JsTree &tree = function.site_module->tree();
      std::string name =
          function_name(function.module->tree(), function.function);
      // Query: { user: ... }: by its key; app.post('/messages', async
      // (req, res) => ...): by its route
      TSNode site = function.site;
      TSNode call = ts_node_parent(ts_node_parent(site));
      if (is(site, "pair")) {
        name = tree.text(field(site, "key"));
      } else if (name == "<anonymous>" && is(call, "call_expression")) {
        std::vector<TSNode> arguments = arguments_of(call);
        name = message_excerpt(tree.text(field(call, "function")), 40) + "(" +
               (arguments.size() > 1 && string_value(tree, arguments[0])
                    ? message_excerpt(tree.text(arguments[0]), 40)
                    : "") +
               ")";
      }
      std::vector<CallStep> chain = from.chain;
      chain.push_back({function.site_module, site, from.name, name,
                       CallStep::How::Registered});
      pending.push_back({function.module, function.function, name,
                         std::move(chain), SIZE_MAX, from.lazily});
    }
  }

  /// A call (or `new`) whose callee resolve() does not follow: what
  /// call_targets finds of it is followed; a call that may run more is
  /// kept for finish(), unless it calls a library or a global (`JSON.parse`,
  /// `setTimeout`), or what Lambda gives the handler (`callback(...)`).
  template <typename Follow>
  void unresolved(const JsModule &module, const Reached &reached, TSNode node,
                  TSNode callee, bool is_new, Follow &follow) {
    const JsTree &tree = module.tree();
    CallTargets targets = call_targets(modules_, module, node);
    for (const auto &target : targets.functions) {
      Resolved function(target);
      if (is_new && is_class_node(target.second)) {
        follow(node, callee, function, SIZE_MAX);
        if (auto constructor = find_method(modules_, *target.first,
                                           target.second, "constructor", 0))
          follow(node, callee, constructor, SIZE_MAX);
      } else if (is_function_node(target.second)) {
        follow(node, callee, function, SIZE_MAX);
      }
    }
    if (targets.complete)
      return;
    TSNode root = unwrap_expression(callee);
    while (is(root, "member_expression") || is(root, "subscript_expression"))
      root = unwrap_expression(field(root, "object"));
    if (is(root, "super") || is(root, "import"))
      return;
    if (auto library = imported_name(module, callee);
        library && library->first.rfind(".", 0) != 0)
      return;
    if (is(root, "identifier")) {
      // The language's and Node's globals run no code of the project
      // (`Reflect.apply(f, ...)` passes it: followed as such); their
      // emitter, `process`, runs the listeners call_targets finds.
      static const std::set<std::string_view> kGlobals{
          "JSON", "Math", "Object", "Array", "String", "Number", "Boolean",
          "Date", "Promise", "Symbol", "BigInt", "Buffer", "console",
          "Reflect", "Error", "TypeError", "RegExp", "Map", "Set", "WeakMap",
          "WeakSet", "WeakRef", "URL", "URLSearchParams", "Intl", "Atomics",
          "crypto", "parseInt", "parseFloat", "isNaN", "isFinite",
          "encodeURIComponent", "decodeURIComponent", "encodeURI",
          "decodeURI", "setTimeout", "setInterval", "setImmediate",
          "clearTimeout", "clearInterval", "clearImmediate", "queueMicrotask",
          "structuredClone", "fetch", "require", "atob", "btoa",
          "AbortController", "AbortSignal", "TextEncoder", "TextDecoder",
          "Uint8Array", "ArrayBuffer", "DataView", "Headers", "Request",
          "Response", "FormData", "Blob", "performance", "process"};
      std::string name(tree.text(root));
      auto declared = local_declaration(module, root, name);
      if (!declared && !module.binding(name) && kGlobals.count(name) &&
          !(name == "process" && called_property(tree, node) == "emit"))
        return;
      if (declared && reached.chain.empty() &&
          ts_node_eq(*declared, reached.function))
        return; // callback(null, r), context.done()
    }
    unresolved_.push_back({reached.name,
                           "calls '" + message_excerpt(tree.text(callee), 40) +
                               "', which hoist does not resolve",
                           called_property(tree, node)});
  }

  void visit(const JsModule &handler_module, const JsHandler &handler,
             const Reached &reached, std::deque<Reached> &pending) {
    const JsModule &module = *reached.module;
    const JsTree &tree = module.tree();
    if (std::find(run_modules_.begin(), run_modules_.end(), &module) ==
        run_modules_.end())
      run_modules_.push_back(&module);
    // Read when a construction or a call asks: a leaf function has none.
    std::optional<CachingTests> tests;
    auto caching = [&]() -> const CachingTests & {
      if (!tests)
        tests.emplace(module, reached.function, reached.lasting_this,
                      reached.cache_parameters, ignored_in(module));
      return *tests;
    };
    auto follow = [&](TSNode call, TSNode callee, const Resolved &target,
                      std::size_t arguments,
                      CallStep::How how = CallStep::How::Call,
                      const std::string &name = "") {
      if (reached.chain.size() >= kMaxCallDepth) {
        if (!result_.call_depth_cut)
          result_.call_depth_cut = Location{tree.file(), tree.range(call)};
        return;
      }
      std::vector<CallStep> chain = reached.chain;
      std::string callee_name =
          function_name(target->first->tree(), target->second);
      if (!name.empty())
        callee_name = name;
      else if (callee_name == "<anonymous>" &&
               (how == CallStep::How::Passed ||
                (is(ts_node_parent(target->second), "arguments") &&
                 ts_node_eq(ts_node_parent(ts_node_parent(target->second)),
                            call))))
        callee_name = message_excerpt(tree.text(callee), 40) + " callback";
      else if (callee_name == "<anonymous>" || callee_name == "constructor")
        // An IIFE's callee is its whole source: one line, cut short.
        callee_name = message_excerpt(tree.text(callee), 40);
      chain.push_back({&module, call, reached.name, callee_name, how});
      TSNode receiver = is(unwrap_expression(callee), "member_expression")
                            ? unwrap_expression(
                                  field(unwrap_expression(callee), "object"))
                            : TSNode{};
      // An object another module exports is that module's, built once.
      const Binding *imported =
          is(receiver, "identifier")
              ? module.binding(std::string(tree.text(receiver)))
              : nullptr;
      bool lasting_this =
          is_static_method(target->second) ||
          (how == CallStep::How::Call &&
           is(target->second, "method_definition") &&
           ((is(receiver, "this") && reached.lasting_this) ||
            is_module_object(module, receiver) ||
            (imported && imported->kind == Binding::Kind::Import &&
             !local_declaration(module, receiver,
                                std::string(tree.text(receiver))))));
      pending.push_back(
          {target->first, target->second, callee_name, std::move(chain),
           arguments,
           reached.lazily || is_lazily_built(module, call, callee, caching()),
           lasting_this,
           cache_parameters(module, call, *target->first, target->second)});
    };
    auto inspect = [&](TSNode node) {
      changes_.note(module, *request_.catalogue, node, reached.name, &modules_);
      if (is(node, "assignment_expression") &&
          is_empty_value(tree, field(node, "right")) &&
          runs_every_invocation(reached, node))
        if (std::string state = written_module_variable(module, field(node, "left"));
            !state.empty())
          resets_.insert({&module, state});
      // A getter, `then`, an iterator of the project that the node runs.
      ImplicitCalls implicit = implicit_calls(modules_, module, node);
      if (!implicit.calls.empty() &&
          ts_node_is_null(exit_before(node, field(reached.function, "body"))))
        for (const ImplicitCall &call : implicit.calls)
          follow(node, node, std::pair(call.module, call.function), SIZE_MAX,
                 CallStep::How::Implicit, call.name);
      if (!implicit.unfollowed.empty() && changes_.unfollowed.empty())
        changes_.unfollowed = "'" + reached.name + "' runs code by " +
                              implicit.unfollowed;
      // Iterating what hoist does not find runs its iterator, which a
      // project object may define.
      if (implicit.calls.empty() && is(node, "for_in_statement") &&
          tree.text(field(node, "operator")) == "of")
        for (const char *method :
             {"[Symbol.iterator]", "[Symbol.asyncIterator]", "next"})
          unresolved_.push_back(
              {reached.name,
               "iterates '" +
                   message_excerpt(tree.text(field(node, "right")), 30) +
                   "', whose iterator hoist does not find",
               method});
      std::string_view type = kind(node);
      bool is_new = type == "new_expression";
      if (!is_new && type != "call_expression")
        return true;
      // After a statement that always exits, it never runs: neither
      // reported nor followed (as Python's reachability does).
      if (!ts_node_is_null(
              exit_before(node, field(reached.function, "body"))))
        return false;
      TSNode callee = field(node, is_new ? "constructor" : "function");
      if (auto name = imported_name(module, callee)) {
        const JsApi *api = request_.catalogue->match(
            name->first, name->second,
            is_new ? JsApi::Kind::New : JsApi::Kind::Call);
        if (api && request_.enabled_rules.count(api->rule) &&
            builds_option_in_place(tree, node, api->built_with) &&
            (!api->from_url || given_connection_details(tree, node))) {
          bool minted = built_from_invocation_credentials(module, node);
          if (!reached.lazily &&
              !is_lazily_built(module, node, callee, caching()) &&
              (!minted || request_.report_minted_credentials))
            report(handler_module, handler, reached, node, callee, name->first,
                   *api, minted);
          return false; // one expression, one finding: the outermost
        }
      }
      if (auto again = is_new ? std::nullopt
                              : reopened(module, *request_.catalogue,
                                         reached.function, callee);
          again && request_.enabled_rules.count(again->api->rule)) {
        if (!reached.lazily && !is_lazily_built(module, node, callee, caching())) {
          std::string client(
              tree.text(field(unwrap_expression(callee), "object")));
          JsApi opened = *again->api;
          opened.builds = "a connection of the module-level '" + client +
                          "', which '" + again->closed_by +
                          "' closes in the same call,";
          report(handler_module, handler, reached, node, callee,
                 again->module, opened, false,
                 Hoistability{false, "it opens again a module-level client "
                                     "that '" + again->closed_by +
                                     "' closes before the invocation ends"});
        }
        return false;
      }
      // A function passed to a call runs during it, or later in this
      // invocation: `records.map(async (record) => ...)`, `new Promise(...)`,
      // bound (`s3.putObject(params, load.bind(undefined, event))`).
      for (TSNode argument : arguments_of(node)) {
        TSNode value = unwrap_expression(argument);
        if (TSNode bound = is(value, "call_expression")
                               ? unwrap_expression(field(value, "function"))
                               : TSNode{};
            is(bound, "member_expression") &&
            tree.text(field(bound, "property")) == "bind")
          value = unwrap_expression(field(bound, "object"));
        Resolved passed = is_function_node(value)
                              ? Resolved(std::pair(&module, value))
                          : is(value, "identifier") ? resolve(module, value)
                                                    : std::nullopt;
        // One the call runs exactly once before it returns
        // (`als.run(store, callback)`) runs as the call does, as a plain
        // call's body would.
        if (passed && is_function_node(passed->second))
          follow(node, callee, passed, SIZE_MAX,
                 calls_at_once(module, request_.catalogue, node, argument,
                               true)
                     ? CallStep::How::Call
                     : CallStep::How::Passed);
      }
      auto target = resolve(module, callee);
      // A library given a module-level object serves what it registers
      // (awsServerlessExpress.proxy(server, event, context)); a module-level
      // object a library built runs what it registers when the handler
      // hands it the event (lambda-api's api.run(event, context)).
      auto serve = [&](TSNode object) {
        dispatch(Registrations(modules_, *request_.catalogue)
                     .of_object(module, object),
                 {reached.module, reached.function, reached.name, reached.chain,
                  0,
                  reached.lazily ||
                      is_lazily_built(module, node, callee, caching())},
                 pending);
      };
      if (!target && !is_new) {
        auto library = imported_name(module, callee);
        if (library && library->first.rfind(".", 0) != 0)
          for (TSNode argument : arguments_of(node))
            if (is_module_object(module, argument))
              serve(argument);
        // A library given an object of the project calls its lifecycle
        // methods (processPartialResponse(event, fn, processor): prepare()).
        std::vector<std::string> methods =
            library ? request_.catalogue->lifecycle_methods(library->first,
                                                            library->second)
                    : std::vector<std::string>{};
        for (TSNode argument :
             methods.empty() ? std::vector<TSNode>{} : arguments_of(node))
          if (auto klass = instance_class(modules_, module, argument))
            for (const std::string &method : methods)
              if (auto found = find_method(modules_, *klass->first,
                                           klass->second, method, 0))
                follow(node, callee, found, SIZE_MAX, CallStep::How::Passed);
        TSNode object =
            is(unwrap_expression(callee), "member_expression")
                ? unwrap_expression(field(unwrap_expression(callee), "object"))
                : TSNode{};
        if (!library && reached.chain.empty() &&
            is_module_object(module, object) &&
            passes_parameter(tree, node, reached.function))
          serve(object);
      }
      // A layer's module (`/opt/nodejs/db/pool.mjs`) no checked directory
      // provides (a function's directory checked alone): say so rather
      // than leave out what it runs silently.
      if (auto from = target ? std::nullopt : imported_name(module, callee);
          from && from->first.rfind("/opt/", 0) == 0 &&
          !modules_.imported(module, from->first))
        result_.unknown_wrappers.push_back(
            {{tree.file(), tree.range(node)},
             "'" + std::string(tree.text(callee)) + "' comes from the Lambda "
             "layer path '" + from->first + "', which no directory checked "
             "provides, so what it runs was not checked (check the layer's "
             "directory with the function's)"});
      if (!target) {
        unresolved(module, reached, node, callee, is_new, follow);
        return true;
      }
      std::size_t arguments = argument_count(node);
      if (!is_new && is_function_node(target->second)) {
        follow(node, callee, target, arguments);
      } else if (is_new && is_class_node(target->second)) {
        // new Repo(): its field initializers and its constructor run now.
        follow(node, callee, target, arguments);
        if (auto constructor = find_method(modules_, *target->first,
                                           target->second, "constructor", 0))
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

  /// `given`: the construction's hoistability, when the caller knows it.
  void report(const JsModule &handler_module, const JsHandler &handler,
              const Reached &reached, TSNode node, TSNode callee,
              const std::string &module_name, const JsApi &api, bool minted,
              std::optional<Hoistability> given = std::nullopt) {
    const JsTree &tree = reached.module->tree();
    Diagnostic diagnostic;
    diagnostic.rule_id = api.rule;
    const RuleInfo *rule =
        request_.registry ? request_.registry->find(api.rule) : nullptr;
    diagnostic.severity = rule ? rule->severity : Severity::Warning;
    diagnostic.location = {tree.file(), tree.range(node)};
    diagnostic.message =
        construction_message(std::string(tree.text(callee)), module_name, api,
                             handler.name, reached.chain);
    const JsTree &handler_tree = handler_module.tree();
    diagnostic.notes.push_back(
        {{handler_tree.file(), handler_tree.range(handler.site)},
         "'" + handler.name + "' is a Lambda handler: " + handler.reason});
    diagnostic.handlers.push_back(
        {handler.name, {handler_tree.file(), handler_tree.range(handler.site)}});
    for (const CallStep &step : reached.chain) {
      Location call{step.module->tree().file(),
                    step.module->tree().range(step.call)};
      diagnostic.notes.push_back(
          {call,
           step.how == CallStep::How::Registered
               ? "'" + step.caller + "' runs '" + step.callee +
                     "', registered here, on a request"
           : step.how == CallStep::How::Passed
               ? "'" + step.caller + "' passes '" + step.callee +
                     "' to a call here, which runs it"
           : step.how == CallStep::How::Implicit
               ? "'" + step.caller + "' runs '" + step.callee +
                     "' here without calling it"
               : "'" + step.caller + "' calls '" + step.callee + "' here"});
      diagnostic.call_path.push_back(call);
    }
    diagnostic.subject = Subject{
        module_name + (api.api.empty() ? "" : "." + api.api), api.builds,
        given  ? given
        : minted ? std::optional<Hoistability>(Hoistability{
                       false,
                       "built from credentials obtained during this invocation"})
                 : std::nullopt};
    result_.diagnostics.push_back(std::move(diagnostic));
    unfinished_.push_back({result_.diagnostics.size() - 1, reached, node, api,
                           !given && !minted});
  }

  /// A finding whose hoistability and fix wait for what the whole
  /// invocation changes (its functions are visited in no order of time).
  struct Unfinished {
    std::size_t diagnostic; ///< in result_.diagnostics
    Reached reached;
    TSNode construction;
    JsApi api;
    bool open_hoistability; ///< not given by the caller
  };

  /// Gives each finding of the handler its hoistability and its fix, now
  /// that `changes_` holds all that the invocation changes.
  void finish(const JsModule &handler_module) {
    if (!unfinished_.empty())
      note_unresolved_writers();
    for (const Unfinished &finding : unfinished_) {
      const Reached &reached = finding.reached;
      Diagnostic &diagnostic = result_.diagnostics[finding.diagnostic];
      std::optional<Hoistability> &hoistable = diagnostic.subject->hoistability;
      std::string unknown; // what it reads that hoist does not trace
      // A choice the environment makes between two constructions moves
      // whole: what either arm reads counts.
      TSNode choice = ts_node_parent(finding.construction);
      if (finding.open_hoistability)
        hoistable = hoistability(
            *reached.module, *request_.catalogue,
            environment_choice(*reached.module, *request_.catalogue, choice)
                ? choice
                : finding.construction,
            reached.function, reached.chain.empty(), changes_, unknown);
      // Built from what INIT has too, in the handler's own body or a
      // function it calls: it moves to the module scope of its function's
      // module.
      // No fix: the message says why, as an unsafe one's does.
      if (!hoistable) {
        diagnostic.message += no_fix_clause(
            "reads '" + unknown + "', which hoist does not trace to "
            "constants, imports and environment reads");
        continue;
      }
      if (!hoistable->hoistable) {
        diagnostic.message += no_fix_clause(hoistable->reason);
        continue;
      }
      JsHoistFix fix = hoist_fix(
          *reached.module, *request_.catalogue, finding.construction,
          reached.function, finding.api,
          reached.chain.empty() ? std::nullopt
                                : std::optional<std::string>(reached.name),
          changes_, &modules_, set_variables_);
      std::string no_chain_fix;
      std::optional<std::vector<std::string>> calls =
          chain_reasons(handler_module, reached, fix.failure, importers_,
                        *request_.catalogue, modules_,
                        finding.api.module.rfind("aws-sdk", 0) == 0,
                        no_chain_fix);
      if (!calls) {
        diagnostic.message += no_fix_clause(no_chain_fix);
        hoistable->reason += no_fix_clause(no_chain_fix);
        continue;
      }
      if (fix.fix && !calls->empty()) {
        fix.fix->applicability = Applicability::Unsafe;
        for (const std::string &why : *calls)
          fix.not_safe_because +=
              (fix.not_safe_because.empty() ? "" : "; ") + why;
      }
      diagnostic.fix = std::move(fix.fix);
      if (!fix.not_safe_because.empty()) {
        // "no safe fix:" names why an unsafe fix is one; "no fix:" why
        // there is none at all.
        std::string clause = (diagnostic.fix ? "; no safe fix: " : "; no fix: ") +
                             fix.not_safe_because;
        diagnostic.message += clause;
        hoistable->reason += clause;
        if (diagnostic.fix)
          diagnostic.fix->unsafe_because = fix.not_safe_because;
      }
    }
    unfinished_.clear();
  }

  /// What the invocation may change through the calls hoist did not
  /// resolve: a function of the project that changes what a client reads
  /// when built (project_writers), kept where such a call may reach it
  /// (by the property it calls, or any for a callee of another form).
  void note_unresolved_writers() {
    if (unresolved_.empty() ||
        (!changes_.unfollowed.empty() && !changes_.sdk_configuration.empty()))
      return;
    std::vector<ProjectWriter> writers = project_writers(
        modules_, *request_.catalogue,
        reachable_modules(modules_, run_modules_));
    for (const UnresolvedCall &call : unresolved_)
      for (const ProjectWriter &writer : writers) {
        if (!call.property.empty() && !writer.keys.count(call.property))
          continue;
        std::string &noted = writer.sdk_configuration
                                 ? changes_.sdk_configuration
                                 : changes_.unfollowed;
        if (!noted.empty())
          continue;
        const JsTree &tree = writer.module->tree();
        noted = "'" + call.function + "' " + call.what +
                ", which may run '" + writer.name + "' (" +
                tree.file()->path() + ":" +
                std::to_string(
                    ts_node_start_point(writer.function).row + 1) +
                "), which " + writer.change;
      }
  }

  const JsRequest &request_;
  Modules &modules_;
  Importers importers_{modules_};
  JsResult &result_;
  /// A call of the invocation hoist did not resolve (unresolved()), with
  /// the function it is in and the property it calls ("": any function).
  struct UnresolvedCall {
    std::string function;
    std::string what; ///< "calls 'p.setup(event)', which hoist does not resolve"
    std::string property;
  };
  std::vector<UnresolvedCall> unresolved_;
  /// The modules whose functions the invocation runs.
  std::vector<const JsModule *> run_modules_;
  std::vector<Injection> injections_; ///< of the handler being checked
  InvokePathChanges changes_;          ///< what its invocations change
  /// The variables its configuration sets (JsHandler::environment).
  std::vector<std::string> set_variables_;
  /// Module state (by module) its invocations always reset (`instance =
  /// null`), and that which its caching tests then ignore.
  std::set<std::pair<const JsModule *, std::string>> resets_, ignored_state_;
  std::vector<Unfinished> unfinished_; ///< its findings
  SignatureFindings &signatures_;
};

/// The variables `configured`'s deployment file sets as literals.
std::vector<std::string> set_variables(const ConfiguredHandler &configured) {
  std::vector<std::string> names;
  for (const auto &[name, value] : configured.environment.variables)
    names.push_back(name);
  return names;
}

/// Why the runtime `configured`'s file gives cannot be read, for messages.
std::string runtime_unread(const ConfiguredHandler &configured) {
  return configured.runtime_unread.empty()
             ? ""
             : configured.origin + " " + configured.runtime_unread;
}

/// True when `module` surely lacks the export `name`: hoist can list its
/// exports, it parses, and its text names `name` nowhere as a word (a false
/// handler-not-found is worse than a missed one).
bool surely_lacks_export(const JsModule &module, const std::string &name) {
  const JsTree &tree = module.tree();
  return !module.exports_unknown_names() && !ts_node_has_error(tree.root()) &&
         !spells_word(tree.file()->text(), name);
}

/// The handler-not-found message for a module that lacks its export.
std::string missing_export(const std::string &handler, const JsModule &module,
                           const std::string &name) {
  return "handler '" + message_excerpt(handler) + "': '" +
         module.tree().file()->path() + "' exports no '" +
         message_excerpt(name) +
         "', so Lambda fails every invoke with 'Runtime.HandlerNotFound'";
}

/// The configured handler's module and export: checked when the module is
/// among the files checked, or reported when Lambda could not load it. A
/// module missing where a build may yet produce it, and an export missing
/// from a module whose exports hoist cannot list or whose text names it
/// somewhere, are no finding: a false one is worse than a missed one.
/// `file` is its module (configured_module), worked out once.
void check_configured(const ConfiguredHandler &configured,
                      const std::optional<std::string> &file,
                      const JsRequest &request,
                      const CheckedFiles &checked, Modules &modules,
                      HandlerCheck &check, JsResult &result) {
  // Code a build makes from the source matched to it: what it exports is
  // the build's to say.
  bool report = request.enabled_rules.count(rules::kHandlerNotFound) > 0 &&
                request.registry && !configured.code_unbuilt;
  std::string error;
  std::optional<NodeHandlerString> handler =
      parse_node_handler(configured, error);
  if (!handler) {
    if (report)
      result.diagnostics.push_back(
          handler_not_found(configured,
                            error + ", so Lambda fails every invoke with "
                                    "'Runtime.MalformedHandlerName'",
                            *request.registry));
    return;
  }
  // A path outside the task root (`/opt/nodejs/node_modules/
  // datadog-lambda-js/handler.handler`) is a layer's: not the project's.
  if (!configured.handler.empty() && configured.handler.front() == '/' &&
      configured.handler.rfind("/var/task/", 0) != 0) {
    result.unread_functions.emplace_back(
        configured.where,
        "the handler of " + configured.origin + " ('" +
            message_excerpt(configured.handler) +
            "') is a path outside its code (a layer's, under /opt): hoist "
            "does not check it");
    return;
  }
  if (!file && !configured.unread_layers.empty()) {
    // The runtime requires a module it does not find in the code from
    // NODE_PATH too (/opt/nodejs/node_modules: New Relic's
    // `newrelic-lambda-wrapper.handler`).
    std::string layers;
    for (const std::string &layer : configured.unread_layers)
      layers += (layers.empty() ? "'" : ", '") + message_excerpt(layer) + "'";
    result.unread_functions.emplace_back(
        configured.where,
        "the handler module of " + configured.origin + " is not in its code; "
        "it may come from " +
            (configured.unread_layers.size() == 1 ? "its layer "
                                                  : "its layers ") +
            layers + ", which hoist cannot read, so it is not reported");
    return;
  }
  if (!file) {
    std::error_code ignored;
    // A directory that is not there may be a build's output, unless it is
    // a plain one no build step beside the configuration makes
    // (serverless.yml's `handler: controller/app.handler`, as Python's).
    fs::path directory = handler->stem.parent_path();
    bool missing_directory =
        !fs::is_directory(directory, ignored) &&
        !names_missing_code(
            directory.lexically_relative(configured.code_root).generic_string(),
            configured.code_root, request.max_file_size);
    if (!report || !configured.build_entry_points.empty() ||
        fs::exists(handler->stem, ignored)) // a directory or package
      return;
    fs::path shown =
        handler->stem.lexically_relative(fs::absolute(request.base));
    if (shown.empty() || *shown.begin() == "..")
      shown = handler->stem;
    std::string stem = path_excerpt(shown.generic_string());
    if (missing_directory ||
        may_be_built(configured.code_root, request.base,
                     request.max_file_size)) {
      // Said under -v: the count of what was checked points here.
      result.unread_functions.emplace_back(
          configured.where,
          "the code of " + configured.origin + " is not checked: its handler "
          "module '" + stem + "' is not there, and " +
              (missing_directory
                   ? "its directory may be a build's output"
                   : "the project's build may make it") +
              "; build the project, then check it (hoist reads the built "
              "module), or check the source with the handler named there "
              "(--handler)");
      return;
    }
    result.diagnostics.push_back(handler_not_found(
        configured,
        "handler '" + message_excerpt(configured.handler) + "': none of '" +
            stem + ".js', '" + stem + ".mjs' and '" + stem +
            ".cjs' exists, so Lambda fails every invoke with "
            "'Runtime.ImportModuleError'",
        *request.registry));
    return;
  }
  const std::string &path = *file;
  // A module there but not among the files checked is read for its
  // exports only: a deployment file checked says when one is missing, and
  // -v why the function's code is not checked.
  const bool among_checked = checked.count(path) > 0;
  const JsModule *module = modules.load_first(path); // shown relative
  if (!module)
    return;
  auto left_out = [&] {
    result.unread_functions.emplace_back(
        configured.where,
        code_not_among_checked(configured, module->tree().file()->path()));
  };
  std::string name = handler->export_name();
  if (module->exports().count(name)) {
    if (!among_checked)
      return left_out();
    result.configured_checked.emplace_back(configured);
    if (name == handler->export_path)
      check.run(*module,
                {name, module->exports().at(name).site,
                 "configured as " + configured.origin, false,
                 configured.runtime, configured.origin + " states none",
                 set_variables(configured), runtime_unread(configured)});
    return;
  }
  // export * from './impl': the first that has it
  for (const JsModule::StarSource &source : module->star_sources())
    if (const JsModule *target = modules.imported(*module, source.module);
        target && resolve_export(modules, *target, name, 1)) {
      if (!among_checked)
        return left_out();
      result.configured_checked.emplace_back(configured);
      if (name == handler->export_path)
        check.run(*module,
                  {name, source.site, "configured as " + configured.origin,
                   false, configured.runtime,
                   configured.origin + " states none",
                   set_variables(configured), runtime_unread(configured)});
      return;
    }
  if (report && surely_lacks_export(*module, name))
    result.diagnostics.push_back(handler_not_found(
        configured, missing_export(configured.handler, *module, name),
        *request.registry));
}

/// The handlers --handler names in `module` (at `path`): checked, and
/// each match kept for the report of handler strings nothing answered.
void check_given(const JsRequest &request, const JsModule &module,
                 const std::string &path, Modules &modules, HandlerCheck &check,
                 JsResult &result) {
  for (std::size_t i = 0; i < request.given_handlers.size(); ++i) {
    const HandlerSpec &given = request.given_handlers[i];
    if (!names_module(given.module_components, given.task_root, path))
      continue;
    const std::string &name = given.function;
    bool found = resolve_export(modules, module, name, 0).has_value();
    result.given_matches.push_back(
        {i, found || module.exports().count(name) > 0});
    if (found) {
      auto exported = module.exports().find(name);
      TSNode site = exported != module.exports().end() ? exported->second.site
                                                       : module.tree().root();
      check.run(module, {name, site, "it is given with --handler", false, "",
                         "--handler gives none"});
    }
  }
}

/// The handler of a Node.js function a CDK app or a serverless.ts defines,
/// when its module is there (what the app names that is not there is the
/// synth's or the package step's to say): checked when the module is among
/// the files checked, else read for its exports only, when the app is
/// (`app_checked`): a missing one is the app's finding.
void check_cdk_function(const AppFunction &function, const JsModule &app,
                        bool app_checked, const JsRequest &request,
                        const CheckedFiles &checked, Modules &modules,
                        HandlerCheck &check, JsResult &result) {
  const JsModule *module = modules.load_first(function.module);
  if (!module)
    return;
  const bool among_checked =
      checked.count(fs::absolute(module->tree().file()->path())
                        .lexically_normal()
                        .string()) > 0;
  if (!among_checked && !app_checked)
    return;
  Position at =
      app.tree().file()->position(app.tree().range(function.site).begin);
  auto exported = module->exports().find(function.export_name);
  if (exported == module->exports().end()) {
    if (!function.handler_unread &&
        request.enabled_rules.count(rules::kHandlerNotFound) &&
        request.registry && surely_lacks_export(*module, function.export_name)) {
      ConfiguredHandler configured;
      configured.where = {app.tree().file(), app.tree().range(function.site)};
      result.diagnostics.push_back(handler_not_found(
          configured,
          missing_export(function.export_name, *module, function.export_name),
          *request.registry));
    }
    return;
  }
  if (!among_checked)
    return;
  std::string defined = function.defined_by + " at " +
                        app.tree().file()->path() + ":" +
                        std::to_string(at.line);
  JsHandler handler{function.export_name, exported->second.site,
                    defined + " names it", false, function.runtime,
                    defined + " states none"};
  if (!function.runtime_unread.empty())
    handler.runtime_unread = defined + " " + function.runtime_unread;
  check.run(*module, handler);
}

/// The configured functions' code roots (absolute, normal), asked by a
/// path's directories: a repository configures thousands, and every file
/// checked by name asks.
class CodeRoots {
public:
  void add(std::string root) {
    while (root.size() > 1 && root.back() == '/')
      root.pop_back();
    roots_.insert(std::move(root));
  }

  /// A file configured alone: the source a build's output is matched to
  /// (match_unbuilt_code), whose neighbours keep their handlers by name.
  void add_file(std::string path) { files_.insert(std::move(path)); }

  /// True when `path` (absolute, normal) lies under one of the roots.
  bool contain(std::string_view path) const {
    if (files_.count(path))
      return true;
    for (std::size_t slash = path.rfind('/');
         slash != std::string_view::npos && slash > 0;
         slash = path.rfind('/', slash - 1))
      if (roots_.count(path.substr(0, slash)))
        return true;
    return roots_.count("/") && path.size() > 1;
  }

private:
  std::set<std::string, std::less<>> roots_;
  std::set<std::string, std::less<>> files_;
};

/// The checks of one file by itself: its syntax errors and comments, and the
/// handlers it has by --handler or by name (none under a configured
/// function's code root, in tests, or deployed by another configuration).
void check_by_name(const JsRequest &request, const DiscoveredFile &file,
                   const std::string &path, const JsModule &module,
                   const CodeRoots &code_roots,
                   Modules &modules, HandlerCheck &check, JsResult &result) {
  const JsTree &tree = module.tree();
  if (tree.too_slow()) {
    result.errors.push_back(
        {file.display_path,
         "not analyzed: too slow to parse (hoist stopped tree-sitter after " +
             std::to_string(
                 treesitter::parse_work_limit(tree.file()->text().size())) +
             " bytes of lexing); exclude it, or shorten what makes it slow "
             "(long runs of comments)"});
    return;
  }
  for_each_error(tree.root(), [&](TSNode error) {
    result.syntax_errors.push_back({tree.file(), tree.range(error)});
    return false; // the first says it
  });
  if (tree.file()->text().find("hoist:") != std::string_view::npos)
    result.comments.push_back({tree.file(), tree.comment_ranges()});
  if (!request.given_handlers.empty()) {
    check_given(request, module, path, modules, check, result);
    return;
  }
  if (is_test_path(file.display_path) || code_roots.contain(path) ||
      deployed_elsewhere(path, request.base, request.max_file_size))
    return;
  for (const JsHandler &handler : find_handlers(module, request.handler_patterns))
    check.run(module, handler);
}

} // namespace

namespace {

/// Where a finding was made: the configured handlers (by their order), CDK
/// apps' functions (by app), then the handlers found by name (by file). The
/// first handler in this order that reaches a construction says it, however
/// the threads were scheduled: a handler a deployment file or an app
/// configures is said to be configured, though its name is a handler's.
using Rank = std::pair<int, std::size_t>;
enum RankPhase { kConfigured, kCdk, kByName, kSignature };

/// What the checks of a block of files found, in the files' order.
struct BlockOutput {
  JsResult result; ///< without diagnostics and call_depth_cut
  std::vector<std::pair<Rank, Diagnostic>> ranked;
  std::optional<std::pair<Rank, Location>> call_depth_cut;
};

/// A thread's modules and handler check. Each check's findings are moved
/// out with their rank as it ends.
struct Worker {
  Worker(const JsRequest &request, const CheckedFiles &checked,
         SignatureFindings &signatures)
      : modules(request, scratch, checked),
        check(request, modules, scratch, signatures) {}
  template <typename Check>
  void ranked(Rank rank, BlockOutput &out, Check run) {
    run();
    for (Diagnostic &diagnostic : scratch.diagnostics)
      out.ranked.push_back({rank, std::move(diagnostic)});
    scratch.diagnostics.clear();
    if (scratch.call_depth_cut && !out.call_depth_cut)
      out.call_depth_cut = {rank, *scratch.call_depth_cut};
    scratch.call_depth_cut.reset();
  }
  /// Moves what the scratch result gathered besides findings to `out`.
  void collect(BlockOutput &out) {
    move_append(out.result.errors, scratch.errors);
    scratch.errors.clear();
    move_append(out.result.unknown_wrappers, scratch.unknown_wrappers);
    scratch.unknown_wrappers.clear();
    move_append(out.result.unread_functions, scratch.unread_functions);
    scratch.unread_functions.clear();
    move_append(out.result.configured_checked, scratch.configured_checked);
    scratch.configured_checked.clear();
  }

  JsResult scratch;
  Modules modules;
  HandlerCheck check;
};

/// The handlers found by name under a CDK app that defines functions hoist
/// could not read may be those functions', whose runtime is unknown: their
/// signature findings are made again as a condition, saying why (fresh26:
/// a callback handler on nodejs14.x was said to fail on nodejs24.x).
void recheck_under_unread_apps(
    const JsRequest &request, const CheckedFiles &checked,
    const std::vector<std::pair<fs::path, std::string>> &unread_apps,
    Modules &modules, SignatureFindings &signatures) {
  if (unread_apps.empty() || !request.given_handlers.empty() ||
      !request.registry)
    return;
  for (const auto &[path, name] : signatures.unknowing()) {
    std::string absolute = fs::absolute(path).lexically_normal().string();
    auto app = std::find_if(
        unread_apps.begin(), unread_apps.end(), [&](const auto &unread) {
          std::string root = unread.first.string();
          return absolute.size() > root.size() &&
                 absolute.compare(0, root.size(), root) == 0 &&
                 absolute[root.size()] == '/';
        });
    if (app == unread_apps.end() || !checked.count(absolute))
      continue;
    modules.trim();
    const JsModule *module = modules.load(absolute, path);
    if (!module)
      continue;
    for (JsHandler &handler : find_handlers(*module, request.handler_patterns))
      if (handler.name == name) {
        handler.runtime_unread =
            "the CDK app defines functions hoist cannot read (the first at " +
            app->second + "), and this may be one of them";
        signatures.keep(path, name, SignatureFindings::kUnread,
                        handler_signature_findings(modules, *module, handler,
                                                   *request.registry));
        break;
      }
  }
}

/// The module a configured handler names (absolute, normal), when its
/// handler string is well formed and a file of it exists.
std::optional<std::string>
configured_module(const ConfiguredHandler &configured,
                  std::uintmax_t max_size) {
  std::string error;
  std::optional<NodeHandlerString> handler =
      parse_node_handler(configured, error);
  if (!handler)
    return std::nullopt;
  std::optional<fs::path> file = module_file(*handler, configured, max_size);
  if (!file)
    return std::nullopt;
  return fs::absolute(*file).lexically_normal().string();
}

} // namespace

JsResult analyze(const JsRequest &request) {
  std::vector<std::string> paths;
  for (const DiscoveredFile &file : request.files)
    paths.push_back(fs::absolute(file.path).lexically_normal().string());
  CheckedFiles checked;
  for (std::size_t i = 0; i < paths.size(); ++i)
    checked.emplace(paths[i], request.files[i].display_path);
  CodeRoots code_roots;
  for (const ConfiguredHandler &configured : request.configured)
    if (!configured.code_unbuilt)
      code_roots.add(fs::absolute(configured.code_root).lexically_normal().string());
  for (const fs::path &root : request.project_code_roots)
    code_roots.add(root.lexically_normal().string());
  // Each configured handler is checked with the file it names, while that
  // file is parsed; the rest (not found, or not among the files) after.
  std::map<std::string, std::vector<std::size_t>> configured_in;
  std::vector<std::size_t> configured_elsewhere;
  std::vector<std::optional<std::string>> configured_paths;
  for (std::size_t i = 0; i < request.configured.size(); ++i) {
    const std::optional<std::string> &path = configured_paths.emplace_back(
        configured_module(request.configured[i], request.max_file_size));
    if (path && request.configured[i].code_unbuilt)
      code_roots.add_file(*path);
    if (path && checked.count(*path))
      configured_in[*path].push_back(i);
    else
      configured_elsewhere.push_back(i);
  }

  SignatureFindings signatures;
  unsigned jobs = std::min<std::size_t>(
      request.jobs ? request.jobs : default_jobs(),
      std::max<std::size_t>(1, request.files.size()));
  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned t = 0; t < jobs; ++t)
    workers.push_back(std::make_unique<Worker>(request, checked, signatures));
  // Neighbouring files (one function's handler, service and models) go to
  // one thread together, whose modules hold what they share.
  constexpr std::size_t kBlock = 32;
  std::size_t count = request.files.size();
  std::size_t blocks = (count + kBlock - 1) / kBlock;
  std::vector<BlockOutput> outputs(blocks + 1);
  std::vector<char> cdk_apps(count, false);
  auto check_file = [&](std::size_t i, Worker &worker, BlockOutput &out) {
    const DiscoveredFile &file = request.files[i];
    const std::string &path = paths[i];
    worker.modules.trim();
    if (request.given_handlers.empty() && !configured_in.count(path) &&
        is_test_path(file.display_path)) {
      // A test has no handler of its own, and a stack it builds to assert
      // on its template is not deployed: unless it holds a suppression
      // comment, it is read, not parsed (as by Python's prefilter), and
      // parsed only if a handler imports it.
      auto read =
          SourceFile::load(path, file.display_path, request.max_file_size);
      if (auto *error = std::get_if<LoadError>(&read)) {
        out.result.errors.push_back(*error);
        return;
      }
      std::string_view text = std::get<SourceFilePtr>(read)->text();
      if (text.find("hoist:") == std::string_view::npos) {
        ++out.result.files_checked;
        return;
      }
    }
    const JsModule *module = worker.modules.load(path, file.display_path);
    worker.collect(out);
    if (!module)
      return;
    ++out.result.files_checked;
    cdk_apps[i] = request.given_handlers.empty() &&
                  !is_test_path(file.display_path) &&
                  (is_serverless_code_config(path) || [&] {
                     AppFunctions defined = cdk_functions(*module);
                     return !defined.read.empty() || !defined.unread.empty() ||
                            !sst_functions(*module).read.empty();
                   }());
    worker.ranked({kByName, i}, out, [&] {
      check_by_name(request, file, path, *module, code_roots, worker.modules,
                    worker.check, out.result);
    });
    auto answered = configured_in.find(path);
    if (answered != configured_in.end())
      for (std::size_t c : answered->second)
        worker.ranked({kConfigured, c}, out, [&] {
          check_configured(request.configured[c], configured_paths[c], request,
                           checked, worker.modules, worker.check,
                           worker.scratch);
        });
    worker.collect(out);
  };
  parallel_for(blocks, jobs, [&](std::size_t block, unsigned t) {
    for (std::size_t i = block * kBlock; i < std::min(count, (block + 1) * kBlock);
         ++i)
      check_file(i, *workers[t], outputs[block]);
  });

  // The configured handlers no file answered, and CDK apps' functions.
  Worker &worker = *workers.front();
  BlockOutput &last = outputs.back();
  for (std::size_t c : configured_elsewhere) {
    worker.modules.trim();
    worker.ranked({kConfigured, c}, last, [&] {
      check_configured(request.configured[c], configured_paths[c], request,
                       checked, worker.modules, worker.check, worker.scratch);
    });
  }
  // The CDK apps' directories with functions hoist could not read, and the
  // first such function's place. The apps among the files come first, then
  // those of their projects (read for the files checked only: what is
  // wrong in them is not said).
  std::vector<std::pair<fs::path, std::string>> unread_apps;
  std::vector<std::size_t> apps;
  for (std::size_t i = 0; i < count; ++i)
    if (cdk_apps[i])
      apps.push_back(i);
  std::vector<std::string> shown = paths;
  for (const DiscoveredFile &file : request.project_apps) {
    apps.push_back(paths.size());
    paths.push_back(fs::absolute(file.path).lexically_normal().string());
    shown.push_back(file.display_path);
  }
  for (std::size_t i : apps) {
    const bool own = i < count;
    worker.modules.trim();
    worker.ranked({kCdk, i}, last, [&] {
      const JsModule *app = worker.modules.load(paths[i], shown[i]);
      std::vector<AppFunction> functions;
      if (app && is_serverless_code_config(paths[i])) {
        AppFunctions defined =
            serverless_code_functions(worker.modules, *app);
        functions = std::move(defined.read);
        for (const auto &[where, message] : defined.unread)
          if (own)
            worker.scratch.unknown_wrappers.push_back(
                {{app->tree().file(), app->tree().range(where)}, message});
      } else if (app) {
        AppFunctions defined = cdk_functions(*app);
        functions = std::move(defined.read);
        AppFunctions sst = sst_functions(*app);
        move_append(functions, sst.read);
        for (const auto &[where, message] : defined.unread)
          if (own)
            worker.scratch.unread_functions.push_back(
                {{app->tree().file(), app->tree().range(where)}, message});
        if (!defined.unread.empty()) {
          Position at = app->tree().file()->position(
              app->tree().range(defined.unread.front().first).begin);
          unread_apps.push_back(
              {cdk_app_directory(fs::path(paths[i]).parent_path()),
               app->tree().file()->path() + ":" + std::to_string(at.line)});
        }
      }
      for (const AppFunction &function : functions)
        check_cdk_function(function, *app, own, request, checked,
                           worker.modules, worker.check, worker.scratch);
    });
  }
  recheck_under_unread_apps(request, checked, unread_apps, worker.modules,
                            signatures);
  worker.ranked({kSignature, 0}, last,
                [&] { signatures.take(worker.scratch.diagnostics); });
  worker.collect(last);

  JsResult result;
  std::vector<std::pair<Rank, Diagnostic>> ranked;
  std::optional<std::pair<Rank, Location>> cut;
  std::set<std::pair<std::string, std::string>> errors;
  for (BlockOutput &out : outputs) {
    result.files_checked += out.result.files_checked;
    // A module several threads could not load says so once.
    for (LoadError &error : out.result.errors)
      if (errors.insert({error.path, error.message}).second)
        result.errors.push_back(std::move(error));
    move_append(result.syntax_errors, out.result.syntax_errors);
    move_append(result.comments, out.result.comments);
    move_append(result.given_matches, out.result.given_matches);
    for (auto &wrapper : out.result.unknown_wrappers)
      if (std::none_of(result.unknown_wrappers.begin(),
                       result.unknown_wrappers.end(), [&](const auto &seen) {
                         return seen.first.file == wrapper.first.file &&
                                seen.first.range == wrapper.first.range;
                       }))
        result.unknown_wrappers.push_back(std::move(wrapper));
    move_append(result.unread_functions, out.result.unread_functions);
    move_append(result.configured_checked, out.result.configured_checked);
    move_append(ranked, out.ranked);
    if (out.call_depth_cut && (!cut || out.call_depth_cut->first < cut->first))
      cut = std::move(out.call_depth_cut);
  }
  if (cut)
    result.call_depth_cut = std::move(cut->second);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto &a, const auto &b) { return a.first < b.first; });
  // One finding per place and rule, as for Python: of the handlers that
  // reach a construction, the one whose way there allows the least fix says
  // it (a safe fix for one handler moves the client for all of them), then
  // the first in rank order.
  using Place = std::tuple<std::string, std::size_t, std::size_t, std::string>;
  std::map<Place, std::size_t> placed; // the index in ranked kept
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const Diagnostic &diagnostic = ranked[i].second;
    const Location &at = diagnostic.location;
    auto [kept, inserted] = placed.insert(
        {{at.file->path(), at.range.begin, at.range.end, diagnostic.rule_id},
         i});
    if (!inserted &&
        fix_level(diagnostic) < fix_level(ranked[kept->second].second))
      kept->second = i;
  }
  std::vector<std::size_t> kept;
  for (const auto &[place, index] : placed)
    kept.push_back(index);
  std::sort(kept.begin(), kept.end());
  // The other handlers that reach it, in rank order, are named in its
  // message and listed in JSON and SARIF.
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const Location &at = ranked[i].second.location;
    std::size_t index = placed.at({at.file->path(), at.range.begin,
                                   at.range.end, ranked[i].second.rule_id});
    if (index != i)
      add_reaching_handlers(ranked[index].second, ranked[i].second);
  }
  for (std::size_t index : kept) {
    name_other_handlers(ranked[index].second);
    result.diagnostics.push_back(std::move(ranked[index].second));
  }
  sort_without_repeats(result.diagnostics);
  return result;
}

} // namespace hoist::javascript
