#include "python/hoistability.h"

#include "python/call_arguments.h"
#include "python/check.h"
#include "python/invoke_effects.h"
#include "python/module_imports.h"
#include "python/shared_items.h"
#include "python/stored_targets.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <unordered_set>

namespace hoist::python {
namespace {

constexpr int kMaxDepth = 24;

/// Calls whose result depends only on their arguments, so constant arguments
/// give a constant result.
bool is_pure_call(const std::string &path) {
  static const std::unordered_set<std::string> kPure = {
      "botocore.config.Config",
      "botocore.client.Config",
      // Returns a new Config of both; changes neither.
      "botocore.config.Config.merge",
      "botocore.client.Config.merge",
      "os.getenv",
      "os.environ.get",
      "os.path.join",
      "str",
      "int",
      "float",
      "bool",
      "dict",
      // Reads the dict (`ENV.get("R", "us-east-2")` of `ENV =
      // dict(os.environ)`), whose own changes are module state's.
      "dict.get",
      "list",
      "tuple",
      "set",
      "frozenset",
      "functools.partial",
      "json.loads",
      "urllib.parse.urljoin",
      "urllib.parse.quote",
      // urllib3's timeouts and retry policies are values: a pool copies or
      // replaces them per request, never changes them.
      "urllib3.Timeout",
      "urllib3.util.Timeout",
      "urllib3.util.timeout.Timeout",
      "urllib3.Retry",
      "urllib3.util.Retry",
      "urllib3.util.retry.Retry"};
  return kPure.count(path) > 0;
}

/// Parsers that return new plain data (dicts, lists, strings), which no
/// library keeps or changes: called at INIT (`with open(p) as f: CFG =
/// json.load(f)`), the result is INIT's whatever the file or stream they
/// read, as a module-level value computed once.
bool parses_to_data(const std::string &path) {
  static const std::unordered_set<std::string> kParsers = {
      "json.load", "json.loads", "yaml.safe_load", "yaml.load",
      "tomllib.load", "tomllib.loads", "tomli.load", "tomli.loads"};
  return kParsers.count(path) > 0;
}

/// Methods that mint credentials or tokens for this invocation.
bool mints_credentials(std::string_view method) {
  static const std::unordered_set<std::string_view> kMinting = {
      "assume_role",           "assume_role_with_web_identity",
      "assume_role_with_saml", "get_session_token",
      "get_federation_token",  "get_credentials_for_identity",
      "get_auth_token",        "get_authorization_token"};
  return kMinting.count(method) > 0;
}

/// Methods that presign a database password locally (RDS and Aurora DSQL IAM
/// authentication): no round trip, valid for 15 minutes, needed only to
/// connect; the connection itself lives on.
bool makes_auth_token(std::string_view method) {
  static const std::unordered_set<std::string_view> kPresigning = {
      "generate_db_auth_token", "generate_db_connect_auth_token",
      "generate_db_connect_admin_auth_token"};
  return kPresigning.count(method) > 0;
}

/// Keyword arguments that carry a secret (`aws_secret_access_key`,
/// `password`): a construction keyed by them is keyed by the caller's
/// credentials.
bool is_credential_keyword(std::string_view name) {
  std::string lower(name);
  for (char &c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view word : {"password", "passwd", "secret", "token",
                                "credential", "access_key", "api_key"})
    if (lower.find(word) != std::string::npos)
      return true;
  return false;
}

bool is_literal(std::string_view type) {
  return type == "integer" || type == "float" || type == "true" ||
         type == "false" || type == "none" || type == "ellipsis";
}

/// The worse of two results: the one that makes a hoist less possible.
ClassifiedInputs worst(ClassifiedInputs a, ClassifiedInputs b) {
  return static_cast<int>(b.lifetime) > static_cast<int>(a.lifetime) ? b : a;
}

class Classifier {
public:
  Classifier(const NameResolver &resolver, const Handler &handler,
             const ReachedFunction &where)
      : resolver_(resolver), handler_(handler), where_(where) {}

  /// `chain_index` is how many calls of the chain lead to `scope.function`
  /// (the call that made it is chain[chain_index - 1]), or -1 when `scope`
  /// is not on the chain (module scope, other methods).
  ClassifiedInputs classify(TSNode node, Scope scope, int chain_index,
                            int depth) const {
    if (ts_node_is_null(node))
      return {};
    if (depth > kMaxDepth)
      return {InputLifetime::Unknown, "depends on values hoist cannot follow"};
    node = unparenthesize(node);
    const SyntaxTree &tree = scope.module->tree();
    std::string_view type = kind(node);
    // The name of a variable Lambda sets anew for each invocation, read from
    // the environment (`os.environ.get("_X_AMZN_TRACE_ID")`).
    if (std::optional<std::string> value = string_value(tree, node);
        value && *value == "_X_AMZN_TRACE_ID")
      return {
          InputLifetime::Unknown,
          "reads '_X_AMZN_TRACE_ID', which Lambda sets for each invocation"};
    if (is_literal(type))
      return {};
    if (type == "string" || type == "concatenated_string") {
      ClassifiedInputs result;
      for_each_in_scope(node, [&](TSNode child) {
        if (is(child, "interpolation"))
          result = worst(result, classify(ts_node_named_child(child, 0), scope,
                                          chain_index, depth + 1));
      });
      return result;
    }
    // The request a web framework is serving (Flask's `request`, Chalice's
    // `app.current_request`) is the event's data.
    if (type == "identifier" || type == "attribute")
      if (Symbol symbol = resolver_.resolve(node, scope);
          (symbol.kind == Symbol::Kind::Path ||
           symbol.kind == Symbol::Kind::Instance) &&
          resolver_.catalogue().is_request_value(symbol.path))
        return {InputLifetime::KeyedByEvent,
                "depends on '" + std::string(tree.text(node)) +
                    "', the request being served"};
    if (type == "identifier")
      return classify_name(std::string(tree.text(node)), scope, chain_index,
                           depth);
    if (type == "call")
      return classify_call(node, scope, chain_index, depth);
    if (type == "attribute") {
      std::string by = answered_when_read(
          resolver_.resolve(field(node, "object"), scope),
          std::string(tree.text(field(node, "attribute"))));
      if (!by.empty())
        return {InputLifetime::Unknown, "'" + std::string(tree.text(node)) +
                                            "' is computed when read, by '" +
                                            by + "'"};
      std::string how = project_module_attribute_changed(node, scope);
      if (how.empty())
        how = class_attribute_changed(node, scope);
      if (how.empty())
        how = function_attribute_changed(
            resolver_.resolve(field(node, "object"), scope),
            std::string(tree.text(field(node, "attribute"))));
      if (!how.empty())
        return {InputLifetime::Unknown, "'" + std::string(tree.text(node)) +
                                            "' is changed at run time ('" +
                                            how + "')"};
      if (ClassifiedInputs alias = aliased_in(
              resolver_.resolve(field(node, "object"), scope),
              std::string(tree.text(node)),
              std::string(tree.text(field(node, "attribute"))));
          alias.lifetime != InputLifetime::Hoistable)
        return alias;
    }
    if (type == "attribute" || type == "subscript") {
      Symbol symbol = resolver_.resolve(node, scope);
      // an imported name: `os.environ`, `config.REGION`; not an attribute
      // of a library object the module keeps (`make.region` of `make =
      // functools.partial(...)`), which code may set as it sets a global
      if (symbol.kind == Symbol::Kind::Path && type == "subscript")
        return classify(field(node, "subscript"), scope, chain_index,
                        depth + 1);
      if (symbol.kind == Symbol::Kind::Path &&
          !module_global_value(field(node, "object"), scope))
        return {};
    }
    if (type == "attribute") {
      TSNode object = field(node, "object");
      std::string attribute(tree.text(field(node, "attribute")));
      if (is_self(object, scope))
        return classify_self_attribute(attribute, scope, depth);
      ClassifiedInputs result = classify(object, scope, chain_index, depth + 1);
      // What a constant object gives may still be computed at each read.
      if (std::string by =
              computed_by(resolver_.resolve(object, scope), attribute);
          result.lifetime == InputLifetime::Hoistable && !by.empty())
        return {InputLifetime::Unknown, "'" + std::string(tree.text(node)) +
                                            "' is computed when read, by '" +
                                            by + "'"};
      return result;
    }
    if (type == "lambda")
      return {InputLifetime::Unknown, "depends on a lambda"};
    // Operators, containers, subscripts, keyword arguments: their parts.
    ClassifiedInputs result;
    for (TSNode child : named_children(node)) {
      if (is(child, "keyword_argument"))
        child = field(child, "value");
      result = worst(result, classify(child, scope, chain_index, depth + 1));
    }
    return result;
  }

  /// A call's arguments; credentials among them that come with the event
  /// (`aws_secret_access_key=job["artifactCredentials"][...]`) make what is
  /// built per-invocation, never keyed by them.
  ClassifiedInputs classify_arguments(TSNode arguments, Scope scope,
                                      int chain_index, int depth) const {
    ClassifiedInputs result = classify(arguments, scope, chain_index, depth);
    if (result.lifetime != InputLifetime::KeyedByEvent)
      return result;
    const SyntaxTree &tree = scope.module->tree();
    for (TSNode argument : named_children(arguments)) {
      if (!is(argument, "keyword_argument"))
        continue;
      std::string_view name = tree.text(field(argument, "name"));
      if (!is_credential_keyword(name))
        continue;
      ClassifiedInputs value =
          classify(field(argument, "value"), scope, chain_index, depth + 1);
      if (value.lifetime == InputLifetime::KeyedByEvent)
        return {InputLifetime::EventCredentials,
                "built from credentials that come with the event ('" +
                    std::string(name) + "' " + value.reason + ")"};
    }
    return result;
  }

  /// Credentials given to `object` (as written: `s`, `self._session`) by
  /// `scope.function` after it is built: a setter of it named for
  /// credentials (`s.set_credentials(...)`).
  /// Minted or carried by the event, they make the object per-invocation.
  ClassifiedInputs credentials_given_later(std::string_view object, Scope scope,
                                           int chain_index, int depth) const {
    if (!scope.function)
      return {};
    const SyntaxTree &tree = scope.module->tree();
    for (TSNode call : scope.function->calls) {
      TSNode callee = field(call, "function");
      if (!is(callee, "attribute") || tree.text(field(callee, "object")) != object)
        continue;
      // A setter, not an API call that takes a token
      // (`put_secret_value(ClientRequestToken=...)`).
      std::string_view method = tree.text(field(callee, "attribute"));
      if (method.rfind("set_", 0) != 0 || !is_credential_keyword(method))
        continue;
      TSNode arguments = field(call, "arguments");
      ClassifiedInputs given =
          classify(arguments, scope, chain_index, depth + 1);
      std::string by = " by '" + std::string(tree.text(callee)) + "(...)'";
      if (given.lifetime == InputLifetime::PerInvocation)
        return {InputLifetime::PerInvocation,
                "given credentials obtained during this invocation" + by};
      if (given.lifetime == InputLifetime::KeyedByEvent)
        return {InputLifetime::EventCredentials,
                "given credentials that come with the event" + by};
    }
    return {};
  }

private:
  bool is_self(TSNode node, Scope scope) const {
    const Parameter *self =
        scope.function ? scope.function->self_parameter() : nullptr;
    return self && is(node, "identifier") &&
           scope.module->tree().text(node) == self->name;
  }

  /// Methods of `str` that make a new string of it and their arguments.
  static bool is_string_method(std::string_view method) {
    static const std::unordered_set<std::string_view> kMethods = {
        "strip",        "lstrip",       "rstrip",     "lower",    "upper",
        "casefold",     "title",        "capitalize", "swapcase", "replace",
        "removeprefix", "removesuffix", "format",     "join",     "zfill",
        "ljust",        "rjust",        "center"};
    return kMethods.count(method) > 0;
  }

  /// True when `node` (in `scope`) is Python's own `str`, not a name the
  /// code binds.
  bool is_str_type(TSNode node, Scope scope) const {
    return is(node, "identifier") && scope.module->tree().text(node) == "str" &&
           !resolver_.resolve(node, scope).known();
  }

  /// True when `call` (in `scope`) is one of `str`'s methods that make a
  /// new string of a string: called on one (`"{}-x".format(stage)`,
  /// `os.environ.get("R", "us-east-1").strip()`) or on the type with one
  /// first (`str.format("{}-x", stage)`, `str.lower(region)`).
  bool is_string_method_call(TSNode call, Scope scope) const {
    TSNode callee = field(call, "function");
    if (!is(callee, "attribute") || !is_string_method(scope.module->tree().text(
                                        field(callee, "attribute"))))
      return false;
    TSNode object = field(callee, "object");
    if (!is_str_type(object, scope))
      return is_string(object, scope);
    std::vector<TSNode> arguments = named_children(field(call, "arguments"));
    return !arguments.empty() && is_string(arguments.front(), scope);
  }

  /// True when `node` (in `scope`) is an environment variable read with no
  /// default (`os.environ.get("R")`, `os.getenv("R")`): a string or None.
  bool is_environment_read(TSNode node, Scope scope) const {
    node = unparenthesize(node);
    if (!is(node, "call"))
      return false;
    std::string path = resolver_.called_path(node, scope);
    return (path == "os.environ.get" || path == "os.getenv") &&
           named_children(field(node, "arguments")).size() == 1;
  }

  /// True when `node` (in `scope`) is a string whatever the environment
  /// holds: a literal, an environment variable read as an item or with a
  /// literal default (`os.environ.get("R", "us-east-1")`; without one it
  /// may be None, but not where `or` gives a string in its place:
  /// `os.environ.get("R") or "us-east-1"`), either branch of a conditional
  /// that is one, or a string method's result on one.
  bool is_string(TSNode node, Scope scope) const {
    node = unparenthesize(node);
    const SyntaxTree &tree = scope.module->tree();
    if (is(node, "string") || is(node, "concatenated_string"))
      return true;
    if (is(node, "subscript")) {
      Symbol value = resolver_.resolve(field(node, "value"), scope);
      return value.kind == Symbol::Kind::Path && value.path == "os.environ";
    }
    if (is(node, "boolean_operator") &&
        tree.text(field(node, "operator")) == "or")
      return (is_string(field(node, "left"), scope) ||
              is_environment_read(field(node, "left"), scope)) &&
             is_string(field(node, "right"), scope);
    if (is(node, "conditional_expression"))
      return is_string(ts_node_named_child(node, 0), scope) &&
             is_string(ts_node_named_child(node, 2), scope);
    if (!is(node, "call"))
      return false;
    if (is_string_method_call(node, scope))
      return true;
    std::string path = resolver_.called_path(node, scope);
    std::vector<TSNode> arguments = named_children(field(node, "arguments"));
    return (path == "os.environ.get" || path == "os.getenv") &&
           arguments.size() == 2 && string_value(tree, arguments[1]);
  }

  /// True when `call` (in `scope`) makes a value no other name can change
  /// in place: a string (is_string), an environment variable read, or a
  /// number, truth value, bytes, tuple or frozenset made by Python's own
  /// type (`int(os.environ.get("PORT", "5432"))`).
  bool makes_immutable(TSNode call, Scope scope) const {
    static const std::unordered_set<std::string_view> kValueTypes = {
        "str", "int", "float", "bool", "bytes", "tuple", "frozenset"};
    if (is_string(call, scope) || is_environment_read(call, scope))
      return true;
    TSNode callee = field(call, "function");
    return is(callee, "identifier") &&
           kValueTypes.count(scope.module->tree().text(callee)) &&
           !resolver_.resolve(callee, scope).known();
  }

  /// The library path of the call that made what `node` (in `scope`) is:
  /// a call itself, or a name bound once, in its function or at module
  /// level, to one (`BASE = Config(...)`); "" otherwise.
  std::string made_by(TSNode node, Scope scope) const {
    node = unparenthesize(node);
    if (is(node, "identifier")) {
      std::string name(scope.module->tree().text(node));
      const ScopeBindings *bindings =
          scope.function && scope.function->bindings.binds(name) &&
                  !scope.function->bindings.globals.count(name)
              ? &scope.function->bindings
              : &scope.module->bindings();
      auto values = bindings->assignments.find(name);
      if (values == bindings->assignments.end() || values->second.size() != 1 ||
          bindings->imports.count(name) || bindings->others.count(name))
        return "";
      if (bindings == &scope.module->bindings())
        scope.function = nullptr;
      node = unparenthesize(values->second.front());
    }
    if (!is(node, "call"))
      return "";
    if (std::string path = resolver_.called_path(node, scope); !path.empty())
      return path;
    // A builtin by its name (`dict(os.environ)`), unless the module binds it.
    TSNode callee = field(node, "function");
    std::string name(scope.module->tree().text(callee));
    return is(callee, "identifier") && !scope.module->bindings().binds(name) &&
                   (!scope.function || !scope.function->bindings.binds(name))
               ? name
               : "";
  }

  ClassifiedInputs classify_call(TSNode call, Scope scope, int chain_index,
                                 int depth) const {
    const SyntaxTree &tree = scope.module->tree();
    TSNode callee = field(call, "function");
    std::string_view method =
        is(callee, "attribute") ? tree.text(field(callee, "attribute")) : "";
    if (makes_auth_token(method))
      return {InputLifetime::ExpiringToken, "built with a token from '" +
                                                std::string(tree.text(callee)) +
                                                "', valid for 15 minutes"};
    if (mints_credentials(method))
      return {InputLifetime::PerInvocation,
              "built from credentials obtained during this invocation ('" +
                  std::string(tree.text(callee)) + "')"};
    // A string's own method (`os.environ.get("R", "us-east-1").strip()`,
    // `str.format("{}-x", stage)`) depends on the string and its arguments
    // only.
    if (is_string_method_call(call, scope)) {
      ClassifiedInputs result =
          classify(field(call, "arguments"), scope, chain_index, depth + 1);
      if (!is_str_type(field(callee, "object"), scope))
        result = worst(result, classify(field(callee, "object"), scope,
                                        chain_index, depth + 1));
      return result;
    }
    Symbol symbol = resolver_.resolve(callee, scope);
    if (!scope.function && symbol.kind == Symbol::Kind::Path &&
        parses_to_data(symbol.path))
      return {}; // module code: run once, at INIT
    bool catalogued = symbol.kind == Symbol::Kind::Path &&
                      resolver_.catalogue().find(symbol.path);
    // What builds a session or connection can be given credentials.
    ClassifiedInputs result =
        catalogued
            ? classify_arguments(field(call, "arguments"), scope, chain_index,
                                 depth + 1)
            : classify(field(call, "arguments"), scope, chain_index, depth + 1);
    // A method's result depends on its receiver: `event.get("region")`.
    if (is(callee, "attribute") && symbol.kind != Symbol::Kind::Path)
      result = worst(result, classify(field(callee, "object"), scope,
                                      chain_index, depth + 1));
    // Catalogued constructors are values like any other: `boto3.Session()`
    // of constants is as hoistable as its arguments.
    if (catalogued ||
        (symbol.kind == Symbol::Kind::Path && is_pure_call(symbol.path)))
      return result;
    if (is(callee, "identifier") && !symbol.known() &&
        is_pure_call(std::string(tree.text(callee))))
      return result; // a builtin
    // A pure method of a value a pure call made (`BASE.merge(...)` of
    // `BASE = Config(...)`) depends on that value and its arguments.
    if (is(callee, "attribute") && !symbol.known())
      if (std::string made = made_by(field(callee, "object"), scope);
          !made.empty() && is_pure_call(made + "." + std::string(method)))
        return worst(result, classify(field(callee, "object"), scope,
                                      chain_index, depth + 1));
    // A project helper whose result holds minted credentials (a session
    // from `sts.assume_role`) makes what is built from it per-invocation.
    if (symbol.kind == Symbol::Kind::Function && frames_.size() < kMaxFrames) {
      ClassifiedInputs returned =
          classify_returns(*symbol.function, *symbol.module, call, scope,
                           chain_index, depth + 1);
      if (returned.lifetime == InputLifetime::PerInvocation)
        return returned;
    }
    return worst(result, {InputLifetime::Unknown,
                          "depends on the result of '" +
                              std::string(tree.text(callee)) + "(...)'"});
  }

  /// What `function`'s `return` values depend on when `call` (made in
  /// `caller`) calls it: its parameters take the call's arguments.
  ClassifiedInputs classify_returns(const FunctionInfo &function,
                                    const ModuleModel &module, TSNode call,
                                    Scope caller, int chain_index,
                                    int depth) const {
    ClassifiedInputs result;
    if (ts_node_is_null(function.body))
      return result;
    frames_.push_back({&function, call, caller, chain_index});
    if (function.is_lambda)
      result = classify(function.body, {&module, &function}, -1, depth + 1);
    else
      for_each_in_scope(function.body, [&](TSNode node) {
        if (is(node, "return_statement"))
          result = worst(result, classify(ts_node_named_child(node, 0),
                                          {&module, &function}, -1, depth + 1));
      });
    frames_.pop_back();
    return result;
  }

  ClassifiedInputs classify_name(const std::string &name, Scope scope,
                                 int chain_index, int depth) const {
    const FunctionInfo *function = scope.function;
    if (function && !function->bindings.globals.count(name)) {
      for (std::size_t i = 0; i < function->parameters.size(); ++i)
        if (function->parameters[i].name == name)
          return classify_parameter(i, scope, chain_index, depth);
      const ScopeBindings &local = function->bindings;
      if (auto imported = local.imports.find(name);
          imported != local.imports.end())
        return imported_when_called(*scope.module, name, imported->second);
      if (auto it = local.assignments.find(name); it != local.assignments.end())
        return worst(classify_values(it->second, scope, chain_index, depth),
                     credentials_given_later(name, scope, chain_index, depth));
      if (function->nested.count(name))
        return {}; // a function, not a value made per call
      if (local.others.count(name))
        return {InputLifetime::Unknown, "depends on '" + name + "'"};
      // A free name of a nested function is its enclosing function's.
      if (function->enclosing)
        return classify_name(name, {scope.module, function->enclosing},
                             chain_position(function->enclosing), depth + 1);
    }
    const ModuleModel &module = *scope.module;
    const ScopeBindings &globals = module.bindings();
    if (auto imported = globals.imports.find(name);
        imported != globals.imports.end()) {
      std::string how = changed_at_run_time(module, name);
      if (how.empty())
        how = imported_name_changed(module, imported->second);
      if (!how.empty())
        return {InputLifetime::Unknown,
                "'" + name + "' is changed at run time ('" + how + "')"};
      const std::string &path = imported->second;
      if (std::size_t dot = path.rfind('.'); dot != std::string::npos)
        return aliased_in(resolver_.imported(path.substr(0, dot), module),
                          name, path.substr(dot + 1));
      return {};
    }
    if (module.function_named(name) || module.class_named(name))
      return {};
    if (auto it = globals.assignments.find(name);
        it != globals.assignments.end()) {
      // Also bound from values hoist does not see (`X, Y = load()`, `for X
      // in regions()`): the values it has are not all it may hold.
      if (globals.others.count(name))
        return {InputLifetime::Unknown, "depends on '" + name + "'"};
      if (rebound_at_run_time(module, name))
        return {InputLifetime::Unknown,
                "module-level '" + name + "' is rebound at run time"};
      std::string how = changed_at_run_time(module, name);
      if (how.empty())
        how = set_by_name(module, module_symbol(module), name);
      if (how.empty())
        how = set_by_importer(module, name);
      if (!how.empty())
        return {InputLifetime::Unknown, "module-level '" + name +
                                            "' is changed at run time ('" +
                                            how + "')"};
      if (std::string how = configured_at_run_time(module, name, it->second);
          !how.empty())
        return {InputLifetime::Unknown,
                "module-level '" + name + "' is changed at run time: " + how};
      if (std::string how =
              object_changed_at_run_time(module, name, it->second);
          !how.empty())
        return {InputLifetime::Unknown, "module-level '" + name +
                                            "' is changed at run time ('" +
                                            how + "')"};
      if (std::string alias = aliased(module, name, it->second);
          !alias.empty())
        return {InputLifetime::Unknown,
                "module-level '" + name + "' is given another name ('" + alias +
                    "'), through which hoist does not follow what "
                    "changes it"};
      // An instance of a project class made at import is the object the
      // fix reads too: only what changes it later (asked above) differs.
      if (made_by_project_class(module, it->second))
        return {};
      return classify_values(it->second, {scope.module, nullptr}, -1, depth);
    }
    return {InputLifetime::Unknown, "depends on '" + name + "'"};
  }

  ClassifiedInputs classify_values(const std::vector<TSNode> &values,
                                   Scope scope, int chain_index,
                                   int depth) const {
    ClassifiedInputs result;
    for (TSNode value : values)
      result = worst(result, classify(value, scope, chain_index, depth + 1));
    return result;
  }

  /// A parameter takes what the caller on the chain passed, or its default.
  ClassifiedInputs classify_parameter(std::size_t index, Scope scope,
                                      int chain_index, int depth) const {
    const FunctionInfo &function = *scope.function;
    const Parameter &parameter = function.parameters[index];
    // Inside a helper whose return value is being classified: the argument
    // of the call being followed.
    if (!frames_.empty() && frames_.back().function == &function) {
      Frame frame = frames_.back();
      frames_.pop_back();
      ClassifiedInputs result;
      if (TSNode argument =
              argument_for(function, index, frame.call, *frame.caller.module);
          !ts_node_is_null(argument))
        result = classify(argument, frame.caller, frame.chain_index, depth + 1);
      else if (parameter.has_default)
        result = classify(field(parameter.node, "value"),
                          {scope.module, nullptr}, -1, depth + 1);
      else
        result = {InputLifetime::Unknown,
                  "depends on parameter '" + parameter.name + "'"};
      frames_.push_back(frame);
      return result;
    }
    bool is_handler = scope.function == handler_.function && chain_index == 0;
    if (is_handler) {
      std::size_t given =
          (handler_.bound ? 1 : 0) + handler_.partial_positionals;
      if (index < given || std::count(handler_.partial_keywords.begin(),
                                      handler_.partial_keywords.end(),
                                      parameter.name))
        return {InputLifetime::Unknown,
                "depends on '" + parameter.name + "', which '" +
                    handler_.name + "' binds"};
      std::size_t position = index - given;
      return {InputLifetime::KeyedByEvent,
              "depends on '" + parameter.name + "', the " +
                  (position == 0 ? "event" : "invocation context")};
    }
    if (chain_index <= 0)
      return {InputLifetime::Unknown,
              "depends on parameter '" + parameter.name + "'"};
    const CallStep &step =
        where_.chain[static_cast<std::size_t>(chain_index - 1)];
    if (step.passed)
      return {InputLifetime::Unknown,
              "depends on parameter '" + parameter.name + "' of a callback"};
    if (is(step.call, "attribute")) // a getter: `__getattr__(self, name)`
      return {InputLifetime::Unknown,
              "depends on parameter '" + parameter.name +
                  "', given by the attribute read '" +
                  std::string(step.module->tree().text(step.call)) + "'"};
    Scope caller{step.module, step.caller};
    if (TSNode argument =
            argument_for(function, index, step.call, *step.module);
        !ts_node_is_null(argument))
      return classify(argument, caller, chain_index - 1, depth + 1);
    if (parameter.has_default)
      return classify(field(parameter.node, "value"), {scope.module, nullptr},
                      -1, depth + 1);
    return {InputLifetime::Unknown,
            "depends on parameter '" + parameter.name + "'"};
  }

  ClassifiedInputs classify_self_attribute(const std::string &name, Scope scope,
                                           int depth) const {
    const ClassInfo *cls =
        scope.module->class_named(scope.function->class_name);
    if (!cls)
      return {InputLifetime::Unknown, "depends on 'self." + name + "'"};
    auto it = cls->self_assignments.find(name);
    if (it == cls->self_assignments.end())
      return {InputLifetime::Unknown, "depends on 'self." + name + "'"};
    ClassifiedInputs result;
    for (const auto &[method, value] : it->second) {
      Scope assigned{scope.module, method};
      result = worst(result, classify(value, assigned, chain_position(method),
                                      depth + 1));
      if (const Parameter *self = method->self_parameter())
        result = worst(
            result, credentials_given_later(self->name + "." + name, assigned,
                                            chain_position(method), depth));
    }
    return result;
  }

  /// Where `function` is on the chain (see classify), or -1.
  int chain_position(const FunctionInfo *function) const {
    if (function == where_.function)
      return static_cast<int>(where_.chain.size());
    for (std::size_t i = 0; i < where_.chain.size(); ++i)
      if (where_.chain[i].callee == function)
        return static_cast<int>(i + 1);
    return function == handler_.function ? 0 : -1;
  }

  /// The function that answers reading `name` of `owner` when the read
  /// runs it (`settings.__getattr__`), or "": a project module that binds
  /// no such name and has no such submodule, but a `__getattr__` (PEP 562),
  /// which computes the value at each read, as a call would.
  std::string answered_when_read(const Symbol &owner,
                                 const std::string &name) const {
    if (!module_attribute_getter(resolver_, owner, name))
      return "";
    std::string shown = owner.path.empty() ? owner.module->path() : owner.path;
    return shown + ".__getattr__";
  }

  /// An import in a function (`from settings import REGION`, bound to
  /// `name` from `path`) runs on each call: a name a module's
  /// `__getattr__` answers is computed then (answered_when_read); any
  /// other is what the module bound.
  ClassifiedInputs imported_when_called(const ModuleModel &importer,
                                        const std::string &name,
                                        const std::string &path) const {
    std::size_t dot = path.rfind('.');
    if (dot == std::string::npos || path.find_first_not_of('.') >= dot)
      return {};
    std::string by = answered_when_read(
        resolver_.imported(path.substr(0, dot), importer), path.substr(dot + 1));
    if (by.empty())
      return {};
    return {InputLifetime::Unknown,
            "'" + name + "' is computed when imported, by '" + by + "'"};
  }

  /// The module's functions, methods, and the functions and lambdas they
  /// define (a decorator's wrapper runs when what it decorates is defined).
  static std::array<const std::deque<FunctionInfo> *, 2>
  every_function(const ModuleModel &module) {
    return {&module.functions(), &module.nested_functions()};
  }

  /// True when `name` spelled in `function` is the module's: no function
  /// around it binds it but as `global`.
  static bool module_name_in(const FunctionInfo &function,
                             const std::string &name) {
    for (const FunctionInfo *scope = &function; scope;
         scope = scope->enclosing) {
      if (scope->bindings.globals.count(name))
        return true;
      if (scope->bindings.binds(name))
        return false;
    }
    return true;
  }

  /// True when a function of `module` that may run after INIT rebinds its
  /// module-level `name` (one declaring it `global`; see runs_only_at_init
  /// for those that cannot).
  bool rebound_at_run_time(const ModuleModel &module,
                           const std::string &name) const {
    for (const auto *functions : every_function(module))
      for (const FunctionInfo &function : *functions)
        // Any binding form: `REGION = ...`, `REGION, table = ...`, `for
        // REGION in ...`, `with ... as REGION`, a match capture, `del`.
        if (function.bindings.globals.count(name) &&
            function.bindings.binds(name) &&
            !runs_only_at_init(module, function))
          return true;
    return false;
  }

  /// True when `function`, a plain module-level function, runs only while
  /// the module is imported (`def configure(): global REGION ...` then
  /// `configure()`): every use of its name in the module is a call made by
  /// module-level code (not in a function, a lambda or a generator, which
  /// may run later); it is not the handler, not decorated (a decorator is
  /// given it) and bound only once (any other binding, `for configure in
  /// ...`, spells its name where no call is); no string of the module spells its
  /// name (`getattr(module, "configure")`), and no module importing this
  /// one names it. Module-level code that calls it is then INIT's, and the
  /// hoisted line follows it (hoist_fix's placement after what configures
  /// the names a construction reads).
  bool runs_only_at_init(const ModuleModel &module,
                         const FunctionInfo &function) const {
    const std::string &name = function.name;
    if (&function == handler_.function || function.enclosing ||
        function.is_lambda || !function.class_name.empty() ||
        !function.decorators.empty() || module.function_named(name) != &function ||
        module.bound_more_than_once(name) ||
        module.bindings().assignments.count(name) ||
        module.bindings().imports.count(name) || module.declared_global(name))
      return false;
    const SyntaxTree &tree = module.tree();
    auto called_at_import = [&](TSNode identifier) {
      TSNode call = ts_node_parent(identifier);
      if (!is(call, "call") || !ts_node_eq(field(call, "function"), identifier))
        return false;
      for (TSNode up = ts_node_parent(call); !ts_node_is_null(up);
           up = ts_node_parent(up))
        if (is(up, "function_definition") || is(up, "lambda") ||
            is(up, "generator_expression"))
          return false;
      return true;
    };
    bool only_called = true;
    walk_named_descendants(tree.root(), [&](TSNode node) {
      if (ts_node_eq(node, function.name_node))
        return true;
      if (is(node, "identifier") && tree.text(node) == name)
        only_called = only_called && called_at_import(node);
      else if (is(node, "string"))
        only_called = only_called && string_value(tree, node) != name;
      return only_called;
    });
    if (!only_called)
      return false;
    const ModuleCache &project = resolver_.module_cache();
    for (const std::string &file : importers_of(resolver_, module))
      if (const ModuleModel *other = project.module_in(file);
          other && !project.same_file(*other, module) &&
          other->tree().text(other->tree().root()).find(name) !=
              std::string_view::npos)
        return false;
    return true;
  }

  /// How code changes `attribute` (`config.REGION`), a module-level name
  /// of one of the project's modules, at run time, or "": a function of the
  /// module that reads it, or of that module, rebinds it or changes it in
  /// place.
  std::string project_module_attribute_changed(TSNode attribute,
                                               Scope scope) const {
    const SyntaxTree &tree = scope.module->tree();
    Symbol owner = resolver_.resolve(field(attribute, "object"), scope);
    // A library module's attribute the module's functions change in place
    // (`sys.argv[:] = ...`) holds at INIT what it held before any did.
    // (The environment has its own reads and writes: environment_reads.)
    bool library_module =
        owner.kind == Symbol::Kind::Path &&
        is(field(attribute, "object"), "identifier") &&
        resolver_.resolve(attribute, scope).path != "os.environ";
    if ((owner.kind != Symbol::Kind::Module || !owner.module) &&
        !library_module)
      return "";
    if (std::string how =
            changed_at_run_time(*scope.module, std::string(tree.text(attribute)));
        !how.empty() || library_module)
      return how;
    if (std::string how = reloaded_at_run_time(*owner.module); !how.empty())
      return how;
    std::string name(tree.text(field(attribute, "attribute")));
    if (rebound_at_run_time(*owner.module, name))
      return name + " = ...";
    if (std::string how = changed_at_run_time(*owner.module, name);
        !how.empty())
      return how;
    if (std::string how = set_by_name(*scope.module, owner, name); !how.empty())
      return how;
    if (std::string how = set_by_name(*owner.module, owner, name); !how.empty())
      return how;
    if (std::string how = set_by_importer(*owner.module, name); !how.empty())
      return how;
    auto values = owner.module->bindings().assignments.find(name);
    return values == owner.module->bindings().assignments.end()
               ? ""
               : object_changed_at_run_time(*owner.module, name,
                                            values->second);
  }

  /// How `module` is reloaded at run time, or "": a function of a project
  /// module calls `importlib.reload` on it, or on a module hoist cannot
  /// name (`reload(sys.modules[name])`), which may be it. A reload runs the
  /// module's code again and rebinds every name it binds, so what is read
  /// through the module (`settings.REGION`) may differ from INIT.
  std::string reloaded_at_run_time(const ModuleModel &module) const {
    const ModuleCache &project = resolver_.module_cache();
    for (const ModuleModel *reloader : project.modules_spelling("reload"))
      for (const FunctionInfo &function : reloader->functions()) {
        Scope scope{reloader, &function};
        for (TSNode call : function.calls) {
          Symbol callee = resolver_.resolve(field(call, "function"), scope);
          if (callee.kind != Symbol::Kind::Path ||
              callee.path != "importlib.reload")
            continue;
          std::vector<TSNode> arguments =
              named_children(field(call, "arguments"));
          Symbol target = arguments.empty()
                              ? Symbol{}
                              : resolver_.resolve(arguments.front(), scope);
          if (target.kind == Symbol::Kind::Path ||
              (target.kind == Symbol::Kind::Module && target.module &&
               !project.same_file(*target.module, module)))
            continue; // a library, or another project module
          return std::string(reloader->tree().text(call)) + "' in '" +
                 reloader->path();
        }
      }
    return "";
  }

  /// How code changes what `path` (`settings.CLIENT_KWARGS`), imported by
  /// `importer` from a project module, names at run time, or "": the
  /// module's functions rebind it, change it in place or configure it.
  std::string imported_name_changed(const ModuleModel &importer,
                                    const std::string &path) const {
    std::size_t dot = path.rfind('.');
    if (dot == std::string::npos)
      return "";
    Symbol owner = resolver_.imported(path.substr(0, dot), importer);
    if (owner.kind != Symbol::Kind::Module || !owner.module)
      return "";
    const ModuleModel &module = *owner.module;
    std::string name = path.substr(dot + 1);
    if (rebound_at_run_time(module, name))
      return name + " = ...";
    if (std::string how = changed_at_run_time(module, name); !how.empty())
      return how;
    if (std::string how = set_by_name(module, owner, name); !how.empty())
      return how;
    if (std::string how = set_by_importer(module, name); !how.empty())
      return how;
    auto values = module.bindings().assignments.find(name);
    if (values == module.bindings().assignments.end())
      return "";
    if (std::string how = configured_at_run_time(module, name, values->second);
        !how.empty())
      return how;
    return object_changed_at_run_time(module, name, values->second);
  }

  /// How code changes `attribute` (`Settings.region`), an attribute of a
  /// project class, at run time, or "": a function of the class's module or
  /// of the reading one sets it or changes it in place, through the class
  /// or, in its own methods, through `cls`, `type(self)` or
  /// `self.__class__`; or sets it by name (see set_by_name).
  std::string class_attribute_changed(TSNode attribute, Scope scope) const {
    const SyntaxTree &tree = scope.module->tree();
    Symbol owner = resolver_.resolve(field(attribute, "object"), scope);
    if (owner.kind != Symbol::Kind::Class || !owner.cls || !owner.module)
      return "";
    std::string name(tree.text(field(attribute, "attribute")));
    std::string spelled(tree.text(attribute));
    for (const ModuleModel *module : {scope.module, owner.module}) {
      if (std::string how = changed_at_run_time(*module, spelled); !how.empty())
        return how;
      if (std::string how = set_by_name(*module, owner, name); !how.empty())
        return how;
    }
    // Through the method's own reach to the class: `cls` in a
    // classmethod, `type(self)` or `self.__class__` in an instance method.
    for (const FunctionInfo &function : owner.module->functions()) {
      if (function.class_name != owner.cls->name || function.parameters.empty())
        continue;
      const std::string &first = function.parameters.front().name;
      std::vector<std::string> spellings;
      if (function.method_kind == FunctionInfo::MethodKind::Class)
        spellings = {first + "." + name};
      else if (function.method_kind == FunctionInfo::MethodKind::Instance)
        // `type(self).X = ...` is written as tree-sitter reads it: `(self).X`
        // after a `type` keyword.
        spellings = {"type(" + first + ")." + name, "(" + first + ")." + name,
                     first + ".__class__." + name};
      for (const std::string &spelled_there : spellings)
        if (std::string how =
                changed_in(owner.module->tree(), function, spelled_there);
            !how.empty())
          return how;
    }
    if (std::string how = returned_by_method(owner, name); !how.empty())
      return how;
    return changed_through_instances(owner, name, *scope.module);
  }

  /// How a method of `owner`, a project class, returns its class attribute
  /// `name` when it holds a container (`_data = {...}`, `return
  /// cls._data`), or "": the caller gets the class's own container
  /// (`Settings.data().update(...)`), whose changes hoist does not follow.
  std::string returned_by_method(const Symbol &owner,
                                 const std::string &name) const {
    const SyntaxTree &tree = owner.module->tree();
    TSNode value{};
    for (TSNode statement : named_children(field(owner.cls->node, "body"))) {
      TSNode assignment = ts_node_named_child(statement, 0);
      if (is(statement, "expression_statement") &&
          is(assignment, "assignment") &&
          tree.text(field(assignment, "left")) == name)
        value = unparenthesize(field(assignment, "right"));
    }
    if ((!is(value, "dictionary") && !is(value, "list") && !is(value, "set") &&
         !is(value, "call")) ||
        makes_immutable(value, {owner.module, nullptr}))
      return "";
    for (const FunctionInfo &function : owner.module->functions()) {
      if (function.class_name != owner.cls->name)
        continue;
      std::vector<std::string> spellings = {owner.cls->name + "." + name};
      // `self.<name>` is the class's unless its methods set their own.
      if (const Parameter *first = function.bound_parameter();
          first && !(function.method_kind == FunctionInfo::MethodKind::Instance &&
                     owner.cls->self_assignments.count(name)))
        spellings.insert(spellings.end(),
                         {first->name + "." + name,
                          "type(" + first->name + ")." + name,
                          first->name + ".__class__." + name});
      std::string found;
      for_each_in_scope(function.body, [&](TSNode node) {
        if (!found.empty() || !is(node, "return_statement"))
          return found.empty();
        TSNode returned = unparenthesize(ts_node_named_child(node, 0));
        if (std::count(spellings.begin(), spellings.end(), tree.text(returned)))
          found = std::string(tree.text(node));
        return true;
      });
      if (!found.empty())
        return found + "' in '" + display_name(function);
    }
    return "";
  }

  /// How code changes `name`, a class attribute of `owner`, in place
  /// through an instance, or "": an instance without an attribute of its
  /// own of that name reaches the class's (`self.opts["k"] = ...` in a
  /// method, `Settings().opts.update(...)`, a subclass's
  /// `self.settings.update(...)`).
  std::string changed_through_instances(const Symbol &owner,
                                        const std::string &name,
                                        const ModuleModel &reading) const {
    std::vector<const ModuleModel *> modules =
        modules_subclassing(resolver_, *owner.module, *owner.cls);
    if (!std::count(modules.begin(), modules.end(), &reading))
      modules.push_back(&reading);
    for (const ModuleModel *module : modules) {
      const SyntaxTree &tree = module->tree();
      // `<instance>.name`, strictly inside what is changed.
      auto reaches_class_attribute = [&](TSNode node, Scope scope) {
        TSNode object{};
        if (is(node, "attribute") && tree.text(field(node, "attribute")) == name)
          object = field(node, "object");
        // `getattr(self, "opts")`
        std::vector<TSNode> arguments =
            is(node, "call") && tree.text(field(node, "function")) == "getattr"
                ? named_children(field(node, "arguments"))
                : std::vector<TSNode>{};
        if (arguments.size() == 2 && string_value(tree, arguments[1]) == name)
          object = arguments[0];
        if (ts_node_is_null(object))
          return false;
        Symbol instance = resolver_.resolve(object, scope);
        if (!instance.known() && iteration_target(object, scope))
          return true;
        return instance.kind == Symbol::Kind::Object && instance.cls &&
               instance.module && !instance.cls->self_assignments.count(name) &&
               derives_from(resolver_, *instance.module, *instance.cls,
                            *owner.module, owner.cls->name);
      };
      for (const std::deque<FunctionInfo> *functions :
           {&module->functions(), &module->nested_functions()})
        for (const FunctionInfo &function : *functions) {
          Scope scope{module, &function};
          for (TSNode target : function.written_targets) {
            // The class itself reached another way than by its name
            // (`current().region = ...`, `current` returning the class).
            if (is(target, "attribute") &&
                tree.text(field(target, "attribute")) == name) {
              Symbol reached = resolver_.resolve(field(target, "object"), scope);
              if (reached.kind == Symbol::Kind::Class &&
                  reached.cls == owner.cls)
                return written_as(tree, target);
            }
            for (TSNode part = target;
                 is(part, "attribute") || is(part, "subscript");) {
              part = is(part, "attribute") ? field(part, "object")
                                           : field(part, "value");
              if (reaches_class_attribute(part, scope))
                return written_as(tree, target);
            }
          }
          for (TSNode call : function.calls) {
            TSNode callee = field(call, "function");
            const std::vector<std::string> &mutating =
                container_mutating_methods();
            if (is(callee, "attribute") &&
                std::count(mutating.begin(), mutating.end(),
                           tree.text(field(callee, "attribute"))) &&
                reaches_class_attribute(field(callee, "object"), scope))
              return std::string(tree.text(callee)) + "(...)";
          }
        }
    }
    return "";
  }

  /// True when `node` (in `scope`) is a module-level name of its module
  /// bound to a value by an assignment, not by an import.
  static bool module_global_value(TSNode node, Scope scope) {
    if (!is(node, "identifier"))
      return false;
    std::string name(scope.module->tree().text(node));
    const ScopeBindings &globals = scope.module->bindings();
    return (!scope.function || module_name_in(*scope.function, name)) &&
           globals.assignments.count(name) && !globals.imports.count(name);
  }

  /// The project function that reading `name` of `owner`, a project class
  /// or an instance of one, runs, or "": a descriptor's `__get__`; for an
  /// instance, a property's getter, its class's `__getattribute__`, or its
  /// `__getattr__` for a name it does not define.
  std::string computed_by(const Symbol &owner, const std::string &name) const {
    if ((owner.kind != Symbol::Kind::Object &&
         owner.kind != Symbol::Kind::Class) ||
        !owner.cls || !owner.module)
      return "";
    if (std::string by = descriptor_getter(owner, name); !by.empty())
      return by;
    if (owner.kind != Symbol::Kind::Object)
      return "";
    Symbol found = resolver_.member(owner, name);
    if (found.kind == Symbol::Kind::Function && found.function &&
        found.module && getter_kind(*found.module, *found.function) != Getter::None)
      return owner.cls->name + "." + name;
    for (const char *special : {"__getattribute__", "__getattr__"})
      if ((!found.known() || std::string_view(special) == "__getattribute__") &&
          resolver_.member(owner, special).kind == Symbol::Kind::Function)
        return owner.cls->name + "." + special;
    return "";
  }

  /// The `__get__` that reading `name` of `owner` (a project class or an
  /// instance of one) runs, or "": its class body binds `name` to an
  /// instance of a project class that defines one (`region = FromState()`),
  /// a descriptor, which computes the value at each read.
  std::string descriptor_getter(const Symbol &owner,
                                const std::string &name) const {
    const SyntaxTree &tree = owner.module->tree();
    for (TSNode statement : named_children(field(owner.cls->node, "body"))) {
      TSNode assignment = ts_node_named_child(statement, 0);
      if (!is(statement, "expression_statement") ||
          !is(assignment, "assignment") ||
          tree.text(field(assignment, "left")) != name)
        continue;
      TSNode value = unparenthesize(field(assignment, "right"));
      if (!is(value, "call"))
        continue;
      Symbol made =
          resolver_.resolve(field(value, "function"), {owner.module, nullptr});
      if (made.kind == Symbol::Kind::Class && made.cls &&
          resolver_.member(made, "__get__").kind == Symbol::Kind::Function)
        return made.cls->name + ".__get__";
    }
    return "";
  }

  /// True when `values`, what a module-level name of `module` is bound to,
  /// is one call of a project class (`SETTINGS = Settings()`).
  bool made_by_project_class(const ModuleModel &module,
                             const std::vector<TSNode> &values) const {
    return values.size() == 1 && is(unparenthesize(values.front()), "call") &&
           resolver_.resolve(field(unparenthesize(values.front()), "function"),
                             {&module, nullptr})
                   .kind == Symbol::Kind::Class;
  }

  /// How code changes `name` of `owner`, a project function, at run time,
  /// or "": a function of a module that spells `name` sets it on what
  /// resolves to that function (`handler.region = ...`, `cfg.region = ...`
  /// after `cfg = handler`, `setattr(handler, "region", ...)`,
  /// `handler.__dict__["region"] = ...`, through its namespace as
  /// set_by_name finds it). A function's attributes are
  /// module state as its module's globals are. A decorated function's name
  /// may hold what its decorator made: a function defined in another
  /// (`wrapper.last_region = ...` in `traced`) may be it.
  std::string function_attribute_changed(const Symbol &owner,
                                         const std::string &name) const {
    if (owner.kind != Symbol::Kind::Function || !owner.function ||
        owner.bound)
      return "";
    auto a_function = [&](TSNode node, Scope scope) {
      Symbol symbol = resolver_.resolve(node, scope);
      if (symbol.kind != Symbol::Kind::Function || !symbol.function ||
          !symbol.module || !owner.module)
        return false;
      if (symbol.function->enclosing && !owner.function->decorators.empty())
        return true;
      // A module checked and loaded again by an import is one module.
      return resolver_.module_cache().same_file(*symbol.module,
                                                *owner.module) &&
             ts_node_start_byte(symbol.function->node) ==
                 ts_node_start_byte(owner.function->node);
    };
    for (const ModuleModel *module :
         resolver_.module_cache().modules_spelling(name)) {
      const SyntaxTree &tree = module->tree();
      for (const auto *functions : every_function(*module))
        for (const FunctionInfo &function : *functions) {
          Scope scope{module, &function};
          for (TSNode target : function.written_targets)
            for (TSNode root = target;
                 is(root, "attribute") || is(root, "subscript");
                 root = is(root, "attribute") ? field(root, "object")
                                              : field(root, "value")) {
              bool named = is(root, "attribute") &&
                           tree.text(field(root, "attribute")) == name;
              bool in_namespace = is(root, "subscript") &&
                                  is(field(root, "value"), "attribute") &&
                                  tree.text(field(field(root, "value"),
                                                  "attribute")) == "__dict__";
              TSNode object = is(root, "attribute")
                                  ? field(root, "object")
                                  : field(field(root, "value"), "object");
              if ((named || in_namespace) && a_function(object, scope))
                return written_as(tree, target);
            }
          for (TSNode call : function.calls) {
            TSNode callee = field(call, "function");
            std::vector<TSNode> arguments =
                named_children(field(call, "arguments"));
            if (is(callee, "identifier") && tree.text(callee) == "setattr" &&
                !resolver_.resolve(callee, scope).known() &&
                arguments.size() == 3 && a_function(arguments[0], scope))
              if (std::optional<std::string> key =
                      string_value(tree, arguments[1]);
                  !key || *key == name)
                return "setattr(...)";
          }
        }
      // Through its namespace: `vars(handler).update(region=...)`,
      // `handler.__dict__.setdefault(...)`, `handler.__dict__ |= {...}`.
      if (std::string how = set_by_name(*module, owner, name); !how.empty())
        return how;
    }
    return "";
  }

  /// The names of the methods of `cls` (in `module`) and of its project
  /// bases that change the instance they are called on: set an attribute or
  /// item of it or of a part of it (`self.region = ...`,
  /// `self.opts["k"] = ...`, `setattr(self, ...)`), call a container's
  /// changing method on it or a part of it (`self.opts.update(...)`), or
  /// call a method of it that does.
  std::unordered_set<std::string> changing_methods(const ModuleModel &module,
                                                   const ClassInfo &cls) const {
    std::vector<std::pair<const ModuleModel *, const FunctionInfo *>> methods;
    std::vector<std::pair<const ModuleModel *, const ClassInfo *>> classes = {
        {&module, &cls}};
    for (std::size_t i = 0; i < classes.size() && i < kMaxDepth; ++i) {
      auto [owner, info] = classes[i];
      for (const auto &[name, method] : info->methods)
        if (method->self_parameter())
          methods.push_back({owner, method});
      for (TSNode base : info->bases) {
        Symbol symbol = resolver_.resolve(base, {owner, nullptr});
        if (symbol.kind == Symbol::Kind::Class && symbol.cls && symbol.module)
          classes.push_back({symbol.module, symbol.cls});
      }
    }
    auto rooted_at = [](const SyntaxTree &tree, TSNode node,
                        const std::string &self) {
      for (;; node = is(node, "attribute") ? field(node, "object")
                                           : field(node, "value")) {
        if (is(node, "identifier"))
          return tree.text(node) == self;
        if (!is(node, "attribute") && !is(node, "subscript"))
          return false;
      }
    };
    std::unordered_set<std::string> changing;
    for (bool grew = true; grew;) {
      grew = false;
      for (auto [owner, method] : methods) {
        if (changing.count(method->name))
          continue;
        const SyntaxTree &tree = owner->tree();
        const std::string &self = method->self_parameter()->name;
        bool changes = false;
        for (TSNode target : method->written_targets)
          changes = changes || rooted_at(tree, target, self);
        for (TSNode call : method->calls) {
          TSNode callee = field(call, "function");
          std::vector<TSNode> arguments =
              named_children(field(call, "arguments"));
          std::string_view called =
              is(callee, "attribute") ? tree.text(field(callee, "attribute"))
                                      : tree.text(callee);
          if ((called == "setattr" || called == "__setattr__") &&
              !arguments.empty() && rooted_at(tree, arguments[0], self))
            changes = true;
          if (is(callee, "attribute") &&
              rooted_at(tree, field(callee, "object"), self) &&
              (std::count(container_mutating_methods().begin(),
                          container_mutating_methods().end(), called) ||
               (tree.text(field(callee, "object")) == self &&
                changing.count(std::string(called)))))
            changes = true;
        }
        if (changes)
          grew = changing.insert(method->name).second || grew;
      }
    }
    return changing;
  }

  /// True when `node` (in `scope`) names module-level `name` of `owner`:
  /// as spelled there, imported from it (under any name), or as its
  /// attribute (`settings.SETTINGS`).
  bool names_module_level(TSNode node, Scope scope, const ModuleModel &owner,
                          const std::string &name) const {
    node = unparenthesize(node);
    const SyntaxTree &tree = scope.module->tree();
    if (is(node, "attribute"))
      return tree.text(field(node, "attribute")) == name &&
             may_be(field(node, "object"), scope, module_symbol(owner));
    if (!is(node, "identifier"))
      return false;
    std::string spelled(tree.text(node));
    const ModuleCache &project = resolver_.module_cache();
    if (project.same_file(*scope.module, owner))
      return spelled == name &&
             (!scope.function || module_name_in(*scope.function, name));
    const std::unordered_map<std::string, std::string> *imports =
        &scope.module->bindings().imports;
    for (const FunctionInfo *function = scope.function; function;
         function = function->enclosing)
      if (function->bindings.globals.count(spelled)) {
        break;
      } else if (function->bindings.imports.count(spelled)) {
        imports = &function->bindings.imports;
        break;
      } else if (function->bindings.binds(spelled)) {
        return false;
      }
    auto path = imports->find(spelled);
    if (path == imports->end())
      return false;
    std::size_t dot = path->second.rfind('.');
    if (dot == std::string::npos || path->second.substr(dot + 1) != name)
      return false;
    Symbol from = resolver_.imported(path->second.substr(0, dot), *scope.module);
    return from.kind == Symbol::Kind::Module && from.module &&
           project.same_file(*from.module, owner);
  }

  /// True when `values`, what a module-level name of `module` is bound to,
  /// hold an object that code may change through its methods, operators or
  /// namespace: the result of a call that makes more than a value (an
  /// instance of a project class, `Settings.from_env()`, `load_settings()`,
  /// `boto3.Session()`), alone or as an item of a list, tuple, set or dict
  /// display (`REGISTRY = {"settings": Settings()}`).
  bool holds_object(const ModuleModel &module,
                    const std::vector<TSNode> &values) const {
    Scope scope{&module, nullptr};
    for (TSNode value : values) {
      value = unparenthesize(value);
      std::vector<TSNode> made = {value};
      if (is(value, "list") || is(value, "tuple") || is(value, "set") ||
          is(value, "dictionary"))
        for (TSNode item : named_children(value))
          made.push_back(is(item, "pair") ? field(item, "value") : item);
      for (TSNode node : made) {
        node = unparenthesize(node);
        if (is(node, "call") &&
            !is_pure_call(resolver_.called_path(node, scope)) &&
            !makes_immutable(node, scope))
          return true;
      }
    }
    return false;
  }

  /// How `use`, a name for the object module-level `name` of `module`
  /// holds (see holds_object), in `scope`, may change it, as written, or
  /// "". `changing` are the changing_methods of its class when hoist knows
  /// it (`made`), `methods` what the catalogue says of the library call that
  /// made it. Reading an attribute or an item of a display changes nothing;
  /// a method called on it or on a part of it changes it unless its class
  /// shows the method does not, the catalogue says it only uses it, or it
  /// only reads (`get`, `strip`) or builds what the catalogue lists
  /// (`SESSION.client("s3")`); an item read runs a project class's
  /// `__getitem__`. Any other use hands the object to code hoist does not
  /// follow: an operator (`SETTINGS += event`, `event in SETTINGS`), a call
  /// of it, an argument (`getattr(SETTINGS, "override")`,
  /// `Settings.override(SETTINGS, ...)`, `type(SETTINGS)`).
  std::string use_changing(TSNode use, Scope scope, const Symbol &made,
                           const std::unordered_set<std::string> &changing,
                           const MethodCalls *methods) const {
    const SyntaxTree &tree = scope.module->tree();
    TSNode top = use;
    int steps = 0;
    bool item_first = false;
    for (TSNode parent = ts_node_parent(top);;
         parent = ts_node_parent(top)) {
      bool part = (is(parent, "attribute") &&
                   ts_node_eq(field(parent, "object"), top)) ||
                  (is(parent, "subscript") &&
                   ts_node_eq(field(parent, "value"), top));
      if (!part)
        break;
      if (steps++ == 0)
        item_first = is(parent, "subscript");
      top = parent;
    }
    TSNode parent = ts_node_parent(top);
    std::string written(tree.text(top));
    if (is(parent, "call") && ts_node_eq(field(parent, "function"), top)) {
      if (!is(top, "attribute"))
        return written + "(...)";
      std::string method(tree.text(field(top, "attribute")));
      Symbol receiver = resolver_.resolve(field(top, "object"), scope);
      bool unused = is(ts_node_parent(parent), "expression_statement");
      if (steps == 1 && made.kind == Symbol::Kind::Class)
        return changing.count(method) ? written + "(...)" : "";
      if (steps == 1 && methods)
        return methods->configures(method, unused) ? written + "(...)" : "";
      if (steps > 1 && receiver.kind == Symbol::Kind::Object &&
          receiver.cls && receiver.module)
        return changing_methods(*receiver.module, *receiver.cls).count(method)
                   ? written + "(...)"
                   : "";
      if (reads_container(method) || is_string_method(method) ||
          resolver_.catalogue().find(resolver_.called_path(parent, scope)))
        return "";
      return written + "(...)";
    }
    if (steps > 0) {
      // An item read runs `__getitem__`; a display's items are its own.
      if (item_first && made.kind == Symbol::Kind::Class &&
          changing.count("__getitem__"))
        return written;
      // A changing method taken as a value (`map(SETTINGS.override, ...)`,
      // `functools.partial(APP.settings.override, event)`) may be called.
      if (!is(top, "attribute"))
        return "";
      std::string method(tree.text(field(top, "attribute")));
      if (steps == 1)
        return changing.count(method) ? written : "";
      Symbol receiver = resolver_.resolve(field(top, "object"), scope);
      return receiver.kind == Symbol::Kind::Object && receiver.cls &&
                     receiver.module &&
                     changing_methods(*receiver.module, *receiver.cls)
                         .count(method)
                 ? written
                 : "";
    }
    if (is(parent, "global_statement") || is(parent, "nonlocal_statement") ||
        (is(parent, "keyword_argument") &&
         ts_node_eq(field(parent, "name"), use)))
      return "";
    if (is(parent, "comparison_operator")) {
      std::string_view compared = tree.text(parent);
      if (compared.find(" is ") != std::string_view::npos)
        return "";
    }
    if (is(parent, "keyword_argument"))
      parent = ts_node_parent(parent);
    if (is(parent, "argument_list") && is(ts_node_parent(parent), "call")) {
      TSNode call = ts_node_parent(parent);
      TSNode callee = field(call, "function");
      if (is(callee, "identifier") && tree.text(callee) == "isinstance" &&
          !resolver_.resolve(callee, scope).known())
        return "";
      // What the catalogue lists builds from it (`sessionmaker(bind=engine)`).
      if (resolver_.catalogue().find(resolver_.called_path(call, scope)))
        return "";
      return std::string(tree.text(callee)) + "(...)";
    }
    return std::string(tree.text(parent));
  }

  /// How code changes the object module-level `name` of `module` holds
  /// (see holds_object), or "": a use of it in a function of any module
  /// that names it (its own name, an import under any name,
  /// `settings.SETTINGS`) that may change it (use_changing), or an
  /// attribute or item of it set there; or, at module level, a changing
  /// method of its class taken as a value (`refresh = SETTINGS.override`).
  /// A call at module level runs once, at import.
  std::string object_changed_at_run_time(const ModuleModel &module,
                                         const std::string &name,
                                         const std::vector<TSNode> &values)
      const {
    if (!holds_object(module, values))
      return "";
    Symbol made;
    std::unordered_set<std::string> changing;
    const MethodCalls *methods = nullptr;
    if (made_by_project_class(module, values)) {
      made = resolver_.resolve(
          field(unparenthesize(values.front()), "function"),
          {&module, nullptr});
      if (made.cls && made.module)
        changing = changing_methods(*made.module, *made.cls);
    } else if (values.size() == 1 && is(unparenthesize(values.front()), "call"))
      if (const ApiEntry *entry = resolver_.catalogue().find(
              resolver_.called_path(unparenthesize(values.front()),
                                    {&module, nullptr})))
        methods = &entry->methods;
    std::vector<const ModuleModel *> modules =
        resolver_.module_cache().modules_spelling(name);
    modules.push_back(&module);
    std::string found;
    const ModuleCache &project = resolver_.module_cache();
    for (const ModuleModel *reader : modules) {
      const SyntaxTree &tree = reader->tree();
      // A module kept unparsed (see ModuleCache) that spells the name and
      // a changing method's may call it.
      if (tree.text(tree.root()).empty())
        for (const std::string &method : changing) {
          std::vector<const ModuleModel *> spelling =
              project.modules_spelling(method);
          if (std::find(spelling.begin(), spelling.end(), reader) !=
              spelling.end())
            return name + "." + method + "(...)' in '" + reader->path();
        }
      for (const auto *functions : every_function(*reader))
        for (const FunctionInfo &function : *functions) {
          Scope scope{reader, &function};
          for_each_in_scope(function.body, [&](TSNode node) {
            if (!found.empty())
              return false;
            TSNode parent = ts_node_parent(node);
            // `x.SETTINGS` is named by the attribute, not its last part.
            if ((!is(node, "identifier") && !is(node, "attribute")) ||
                (is(parent, "attribute") &&
                 ts_node_eq(field(parent, "attribute"), node)) ||
                !names_module_level(node, scope, module, name))
              return true;
            if (std::string how =
                    use_changing(node, scope, made, changing, methods);
                !how.empty())
              found = how + "' in '" + reader->path();
            return false;
          });
          for (TSNode target : function.written_targets)
            for (TSNode root = target;
                 found.empty() &&
                 (is(root, "attribute") || is(root, "subscript"));) {
              root = is(root, "attribute") ? field(root, "object")
                                           : field(root, "value");
              if (names_module_level(root, scope, module, name))
                found = written_as(tree, target) + "' in '" + reader->path();
            }
        }
      for_each_in_scope_and_class_bodies(tree.root(), [&](TSNode node) {
        if (!found.empty())
          return false;
        if (!is(node, "attribute") ||
            !changing.count(std::string(tree.text(field(node, "attribute")))) ||
            !names_module_level(field(node, "object"), {reader, nullptr},
                                module, name))
          return true;
        TSNode call = ts_node_parent(node);
        if (is(call, "call") && ts_node_eq(field(call, "function"), node))
          return true; // runs at import
        found = std::string(tree.text(node)) + "(...)' in '" + reader->path();
        return false;
      });
      if (!found.empty())
        return found;
    }
    return "";
  }

  static Symbol module_symbol(const ModuleModel &module) {
    Symbol symbol;
    symbol.kind = Symbol::Kind::Module;
    symbol.module = &module;
    return symbol;
  }

  /// True when `node` (in `scope`) may be `owner`, a project module, class
  /// or function: it resolves to it, or, for a module, it is an entry of
  /// `sys.modules`.
  bool may_be(TSNode node, Scope scope, const Symbol &owner) const {
    node = unparenthesize(node);
    if (owner.kind == Symbol::Kind::Module && is(node, "subscript")) {
      Symbol table = resolver_.resolve(field(node, "value"), scope);
      if (table.kind == Symbol::Kind::Path && table.path == "sys.modules")
        return true;
    }
    Symbol symbol = resolver_.resolve(node, scope);
    // A module checked and loaded again by an import is one module.
    if (owner.kind == Symbol::Kind::Module)
      return symbol.kind == owner.kind && symbol.module &&
             resolver_.module_cache().same_file(*symbol.module, *owner.module);
    if (owner.kind == Symbol::Kind::Function)
      return symbol.kind == owner.kind && symbol.module && symbol.function &&
             resolver_.module_cache().same_file(*symbol.module,
                                                *owner.module) &&
             ts_node_start_byte(symbol.function->node) ==
                 ts_node_start_byte(owner.function->node);
    return symbol.kind == owner.kind && symbol.module == owner.module &&
           symbol.cls == owner.cls;
  }

  /// True when `node` (in `scope`) is the namespace of `owner` as a
  /// mapping: `globals()` in its own module, `vars(owner)`,
  /// `owner.__dict__`; for a module, the `__globals__` of a function or
  /// class it defines (`handler.__globals__`), or of one hoist cannot name.
  bool namespace_of(TSNode node, Scope scope, const Symbol &owner) const {
    node = unparenthesize(node);
    const SyntaxTree &tree = scope.module->tree();
    if (is(node, "attribute") &&
        tree.text(field(node, "attribute")) == "__globals__") {
      if (owner.kind != Symbol::Kind::Module)
        return false;
      TSNode function = unparenthesize(field(node, "object"));
      Symbol of = resolver_.resolve(function, scope);
      // `settings.describe` of a module hoist keeps unparsed is its.
      if (!of.known() && is(function, "attribute"))
        if (Symbol module = resolver_.resolve(field(function, "object"), scope);
            module.kind == Symbol::Kind::Module)
          of = module;
      return !of.known() ||
             (of.module && of.kind != Symbol::Kind::Path &&
              resolver_.module_cache().same_file(*of.module, *owner.module));
    }
    if (is(node, "attribute"))
      return tree.text(field(node, "attribute")) == "__dict__" &&
             may_be(field(node, "object"), scope, owner);
    if (!is(node, "call"))
      return false;
    TSNode callee = field(node, "function");
    std::vector<TSNode> arguments = named_children(field(node, "arguments"));
    if (!is(callee, "identifier") || resolver_.resolve(callee, scope).known())
      return false;
    if (tree.text(callee) == "globals")
      return owner.kind == Symbol::Kind::Module && owner.module == scope.module;
    return tree.text(callee) == "vars" && arguments.size() == 1 &&
           (may_be(arguments.front(), scope, owner) ||
            (owner.kind == Symbol::Kind::Class &&
             !resolver_.resolve(arguments.front(), scope).known() &&
             iteration_target(arguments.front(), scope)));
  }

  /// True when `node` is a name its function binds as the target of a loop
  /// or comprehension (`for c in (S3Opts, SqsOpts)`, `for k in
  /// Child.__mro__`, `for h in HANDLERS`): hoist does not follow what it
  /// iterates, so it may be any class, or an instance of one.
  static bool iteration_target(TSNode node, Scope scope) {
    if (!is(node, "identifier") || !scope.function)
      return false;
    const SyntaxTree &tree = scope.module->tree();
    std::string_view name = tree.text(node);
    bool found = false;
    for_each_in_scope(scope.function->body, [&](TSNode inner) {
      TSNode left = is(inner, "for_statement") || is(inner, "for_in_clause")
                        ? field(inner, "left")
                        : TSNode{};
      if (!found && !ts_node_is_null(left) && is(left, "identifier"))
        found = tree.text(left) == name;
      if (!found && !ts_node_is_null(left))
        walk_named_descendants(left, [&](TSNode bound) {
          found = found || (is(bound, "identifier") && tree.text(bound) == name);
          return !found;
        });
      return !found;
    });
    return found;
  }

  /// How a function of `module` sets `name` of `owner` (a project module,
  /// class or function) through code that names it at run time, or "":
  /// `setattr(owner, "name", ...)`, `globals()["name"] = ...`,
  /// `vars(owner).update(...)`, `owner.name = ...` through any reference
  /// to the module (`sys.modules[__name__]`, any entry of `sys.modules`
  /// may be it; `import app` in its own function; what
  /// `importlib.import_module("app")` gives), or, in `owner`'s own module,
  /// `exec` of code that may bind anything. A name computed at run time may
  /// be any.
  std::string set_by_name(const ModuleModel &module, const Symbol &owner,
                          const std::string &name) const {
    static const std::unordered_set<std::string_view> kSetting = {
        "update", "setdefault", "__setitem__", "pop", "popitem", "clear"};
    const SyntaxTree &tree = module.tree();
    auto names = [&](TSNode key) {
      std::optional<std::string> value = string_value(tree, key);
      return !value || *value == name;
    };
    // `name` of the module, or an item or attribute of what it holds
    // (`state.SETTINGS["k"]`), through any reference to it.
    auto reaches_name = [&](TSNode node, Scope scope) {
      if (owner.kind != Symbol::Kind::Module)
        return false;
      for (; is(node, "attribute") || is(node, "subscript");
           node = is(node, "attribute") ? field(node, "object")
                                        : field(node, "value"))
        if (is(node, "attribute") && tree.text(field(node, "attribute")) == name &&
            may_be(field(node, "object"), scope, owner))
          return true;
      return false;
    };
    // `name` taken out of the owner's namespace, or something reached in
    // it: `globals()["OPTS"]`, `vars(Cls)["opts"]["k"]`,
    // `globals().get("OPTS")`.
    auto reaches_item = [&](TSNode node, Scope scope) {
      static const std::unordered_set<std::string_view> kGetters = {
          "get", "setdefault", "pop", "__getitem__"};
      for (node = unparenthesize(node);; node = unparenthesize(node)) {
        if (is(node, "subscript")) {
          if (namespace_of(field(node, "value"), scope, owner) &&
              names(field(node, "subscript")))
            return true;
          node = field(node, "value");
        } else if (is(node, "attribute")) {
          node = field(node, "object");
        } else if (TSNode callee = field(node, "function");
                   is(node, "call") && is(callee, "attribute") &&
                   kGetters.count(tree.text(field(callee, "attribute")))) {
          std::vector<TSNode> arguments =
              named_children(field(node, "arguments"));
          if (namespace_of(field(callee, "object"), scope, owner) &&
              !arguments.empty() && names(arguments.front()))
            return true;
          node = field(callee, "object");
        } else {
          return false;
        }
      }
    };
    for (const auto *functions : every_function(module))
      for (const FunctionInfo &function : *functions) {
        Scope scope{&module, &function};
        for (TSNode target : function.written_targets) {
          if (reaches_item(target, scope))
            return written_as(tree, target);
          // `handler.__dict__ |= {...}` may set any name.
          if (namespace_of(target, scope, owner))
            return written_as(tree, target);
          if (reaches_name(target, scope))
            return written_as(tree, target);
        }
        for (TSNode call : function.calls) {
          TSNode callee = field(call, "function");
          std::vector<TSNode> arguments =
              named_children(field(call, "arguments"));
          bool builtin = is(callee, "identifier") &&
                         !resolver_.resolve(callee, scope).known();
          std::string_view called = tree.text(callee);
          // `type.__setattr__(Cfg, "region", v)`, `object.__setattr__(...)`
          // set as `setattr` does.
          TSNode type_of = is(callee, "attribute")
                               ? unparenthesize(field(callee, "object"))
                               : TSNode{};
          bool unbound_setattr =
              is(type_of, "identifier") &&
              (tree.text(type_of) == "type" || tree.text(type_of) == "object") &&
              !resolver_.resolve(type_of, scope).known() &&
              tree.text(field(callee, "attribute")) == "__setattr__";
          if ((builtin && called == "exec" && &module == owner.module) ||
              ((unbound_setattr || (builtin && called == "setattr")) &&
               arguments.size() == 3 &&
               may_be(arguments[0], scope, owner) && names(arguments[1])) ||
              (is(callee, "attribute") &&
               kSetting.count(tree.text(field(callee, "attribute"))) &&
               namespace_of(field(callee, "object"), scope, owner)) ||
              (is(callee, "attribute") &&
               std::count(container_mutating_methods().begin(),
                          container_mutating_methods().end(),
                          tree.text(field(callee, "attribute"))) &&
               (reaches_name(field(callee, "object"), scope) ||
                reaches_item(field(callee, "object"), scope))))
            return std::string(called) + "(...)";
        }
      }
    return "";
  }

  /// How a function of another module that imports `module` sets its
  /// module-level `name` or changes it in place, through the module
  /// (set_by_name: `_app.REGION = ...`, `setattr(_app, "REGION", ...)`,
  /// `vars(app).update(...)`, `state.SETTINGS.update(...)`) or through the
  /// name it imports it as (`from state import CFG`, then `CFG["region"] =
  /// ...`), as "<code>' in '<file>", or "": the function's entry point, or
  /// a helper on the way, may do so on every invocation.
  std::string set_by_importer(const ModuleModel &module,
                              const std::string &name) const {
    const ModuleCache &project = resolver_.module_cache();
    for (const std::string &file : importers_of(resolver_, module)) {
      const ModuleModel *other = project.module_in(file);
      if (!other || project.same_file(*other, module))
        continue;
      std::string how = set_by_name(*other, module_symbol(module), name);
      for (const auto &[alias, path] : other->bindings().imports) {
        std::size_t dot = path.rfind('.');
        if (!how.empty() || dot == std::string::npos ||
            path.compare(dot + 1, std::string::npos, name) != 0)
          continue;
        Symbol owner = resolver_.imported(path.substr(0, dot), *other);
        if (owner.kind == Symbol::Kind::Module && owner.module &&
            project.same_file(*owner.module, module))
          how = changed_at_run_time(*other, alias);
      }
      if (!how.empty())
        return how + "' in '" + other->path();
    }
    return "";
  }

  /// Where module-level `name`, bound to a container that can change in
  /// place (a dict, list or set display, or what a call returns), is given
  /// another name anywhere in `module` (`kw = KW`, `(k := KW)`, `[KW]`,
  /// `for d in (KW,)`, `KW or {}`, `return KW`, `set_kw = KW.__setitem__`),
  /// or, for a display holding containers, one of its items is (`kw =
  /// STATE.get("kw")`, `kw = STATE["kw"]`): the text of that code, or "". Writes through such a name are not
  /// followed, so the value may differ from INIT on any invocation. A
  /// parameter's default (`def set_region(r, cfg=CFG)`) is another name for
  /// every call, and a project function or class given it whose result is
  /// kept may keep it (`SETTER = make_setter(CFG)`, whose closure sets it).
  std::string aliased(const ModuleModel &module, const std::string &name,
                      const std::vector<TSNode> &values) const {
    static const std::unordered_set<std::string_view> kItemGetters = {
        "get", "setdefault", "pop", "values", "items", "__getitem__"};
    if (values.size() != 1)
      return "";
    TSNode value = unparenthesize(values.front());
    if ((!is(value, "dictionary") && !is(value, "list") && !is(value, "set") &&
         !is(value, "call")) ||
        makes_immutable(value, {&module, nullptr}))
      return "";
    const SyntaxTree &tree = module.tree();
    // Containers a display holds (`STATE = {"kw": {}}`) are reached
    // through its items: `kw = STATE.get("kw")`, `kw = STATE["kw"]`.
    bool nested = !is(value, "call") && holds_containers(value);
    std::string found;
    Scope scope{&module, nullptr};
    Symbol itself = module_symbol(module);
    // The name, or the module's own lookup of it by a string
    // (`getattr(sys.modules[__name__], "DEFAULTS")`, `globals()["DEFAULTS"]`).
    auto names_it = [&](TSNode node) {
      if (is(node, "identifier"))
        return tree.text(node) == name;
      std::vector<TSNode> arguments =
          is(node, "call") ? named_children(field(node, "arguments"))
                           : std::vector<TSNode>{};
      TSNode callee = field(node, "function");
      if (is(node, "call") && is(callee, "identifier") &&
          tree.text(callee) == "getattr" &&
          !resolver_.resolve(callee, scope).known() && arguments.size() >= 2)
        return string_value(tree, arguments[1]) == name &&
               may_be(arguments[0], scope, itself);
      return is(node, "subscript") &&
             string_value(tree, field(node, "subscript")) == name &&
             namespace_of(field(node, "value"), scope, itself);
    };
    std::function<bool(TSNode)> visit = [&](TSNode node) {
      if (!found.empty())
        return false;
      // A lambda's body is what it returns (`default_factory=lambda:
      // DEFAULTS`, `property(lambda self: CFG)`): look in it too.
      if (is(node, "lambda")) {
        TSNode body = field(node, "body");
        if (visit(body))
          for_each_in_scope(body, visit);
        return true;
      }
      if (!names_it(node))
        return true;
      TSNode named = node;
      while (nested) {
        TSNode up = ts_node_parent(node);
        if (is(up, "subscript") && ts_node_eq(field(up, "value"), node)) {
          node = up;
        } else if (is(up, "attribute") && ts_node_eq(field(up, "object"), node) &&
                   is(ts_node_parent(up), "call") &&
                   kItemGetters.count(tree.text(field(up, "attribute")))) {
          node = ts_node_parent(up);
        } else {
          break;
        }
      }
      TSNode parent = ts_node_parent(node);
      std::string_view kind_of_parent = kind(parent);
      bool aliasing =
          (kind_of_parent == "assignment" &&
           ts_node_eq(field(parent, "right"), node)) ||
          (kind_of_parent == "named_expression" &&
           ts_node_eq(field(parent, "value"), node)) ||
          kind_of_parent == "tuple" || kind_of_parent == "list" ||
          kind_of_parent == "set" || kind_of_parent == "expression_list" ||
          (kind_of_parent == "pair" && ts_node_eq(field(parent, "value"), node)) ||
          kind_of_parent == "conditional_expression" ||
          kind_of_parent == "boolean_operator" ||
          kind_of_parent == "return_statement" || kind_of_parent == "yield" ||
          (kind_of_parent == "lambda" &&
           ts_node_eq(field(parent, "body"), node)) ||
          (kind_of_parent == "attribute" &&
           ts_node_eq(field(parent, "object"), node) &&
           !is(ts_node_parent(parent), "call") &&
           method_taken(tree.text(field(parent, "attribute")), nested)) ||
          ((kind_of_parent == "default_parameter" ||
            kind_of_parent == "typed_default_parameter") &&
           ts_node_eq(field(parent, "value"), node)) ||
          kept_by_project_code(module, parent);
      // What hands out its items (`for spec in CLIENTS`, `list(CLIENTS)`,
      // `next(iter(CLIENTS))`), or may give back the container itself
      // (`getattr(o, "x", CFG)`), gives code another name for what the
      // construction reads; its nested containers are shared by a copy.
      HandedOut out = handed_out(
          resolver_, scope, node,
          ts_node_eq(node, named) && is(value, "dictionary"));
      bool hands = out == HandedOut::Itself ||
                   (out == HandedOut::Items && nested);
      TSNode statement = parent;
      while (!ts_node_is_null(ts_node_parent(statement)) &&
             !is(ts_node_parent(statement), "block") &&
             !is(ts_node_parent(statement), "module"))
        statement = ts_node_parent(statement);
      // At module level, what is handed out is another name only when a
      // function reads the name it is kept in (`ACTIVE = dict(DEFAULTS)`
      // read by the handler); module code that changes it at import is
      // placement's (the moved line goes after it).
      if (hands && !scope.function)
        hands = binds_name_read_in_functions(module, statement);
      aliasing = aliasing || hands;
      if (aliasing) {
        std::string text(tree.text(statement));
        found = text.substr(0, text.find('\n'));
      }
      return true;
    };
    // Each function that reads the module's `name` (in its own scope: a
    // nested one is a function of its own), and module-level code.
    for (const FunctionInfo &function : module.functions())
      if (!function.bindings.binds(name) ||
          function.bindings.globals.count(name)) {
        scope.function = &function;
        for_each_in_scope_and_class_bodies(function.body, visit);
      }
    scope.function = nullptr;
    for_each_in_scope_and_class_bodies(tree.root(), visit);
    return found;
  }

  /// True when `method` of a container, taken as a value and not called
  /// (`set_kw = KW.__setitem__`, `functools.partial(PROFILES.get, "main")`,
  /// `map(CFG.update, ...)`), gives whoever calls it a way to change the
  /// container: a dunder, a mutating method, or, for a display holding
  /// containers (`nested`), a getter that hands one out.
  static bool method_taken(std::string_view method, bool nested) {
    static const std::unordered_set<std::string_view> kItemGetters = {
        "get", "setdefault", "pop", "values", "items"};
    const std::vector<std::string> &mutating = container_mutating_methods();
    return method.substr(0, 2) == "__" ||
           std::count(mutating.begin(), mutating.end(), method) ||
           (nested && kItemGetters.count(method));
  }

  /// True when module-level `statement` binds a name (`ACTIVE = ...`, `for
  /// _t in ...`) that a function of `module` reads as the module's.
  static bool binds_name_read_in_functions(const ModuleModel &module,
                                           TSNode statement) {
    const SyntaxTree &tree = module.tree();
    TSNode inner = is(statement, "expression_statement")
                       ? ts_node_named_child(statement, 0)
                       : statement;
    TSNode bound = is(inner, "assignment") || is(inner, "for_statement")
                       ? field(inner, "left")
                       : TSNode{};
    if (ts_node_is_null(bound))
      return false;
    std::vector<std::string> names;
    if (is(bound, "identifier"))
      names.emplace_back(tree.text(bound));
    walk_named_descendants(bound, [&](TSNode node) {
      if (is(node, "identifier"))
        names.emplace_back(tree.text(node));
      return true;
    });
    for (const std::string &name : names)
      for (const auto *functions : every_function(module))
        for (const FunctionInfo &function : *functions) {
          if (!module_name_in(function, name))
            continue;
          bool reads = false;
          for_each_in_scope(function.body, [&](TSNode node) {
            reads = reads || (is(node, "identifier") && tree.text(node) == name);
            return !reads;
          });
          if (reads)
            return true;
        }
    return false;
  }

  /// Whether `name` of `owner`, a project module, is given another name
  /// there (see aliased), as read under `read_as`
  /// (`settings.CONFIG`, `CONFIG` imported from it).
  ClassifiedInputs aliased_in(const Symbol &owner, const std::string &read_as,
                              const std::string &name) const {
    if (owner.kind != Symbol::Kind::Module || !owner.module)
      return {};
    const ScopeBindings &globals = owner.module->bindings();
    auto values = globals.assignments.find(name);
    if (values == globals.assignments.end())
      return {};
    std::string alias = aliased(*owner.module, name, values->second);
    if (alias.empty())
      return {};
    return {InputLifetime::Unknown,
            "'" + read_as + "' is given another name in '" +
                owner.module->path() + "' ('" + alias +
                "'), through which hoist does not follow what changes it"};
  }

  /// True when `arguments`, an argument list in `module`, is given to a
  /// project function or class whose result is kept (not a statement of
  /// its own): the result may hold what it was given.
  bool kept_by_project_code(const ModuleModel &module,
                            TSNode arguments) const {
    TSNode call = ts_node_parent(arguments);
    if (!is(arguments, "argument_list") || !is(call, "call") ||
        is(ts_node_parent(call), "expression_statement"))
      return false;
    Symbol::Kind callee =
        resolver_.resolve(field(call, "function"), {&module, nullptr}).kind;
    return callee == Symbol::Kind::Function || callee == Symbol::Kind::Class;
  }

  /// How a function of `module` changes module-level `name` (or, dotted,
  /// `config.REGION`, an attribute of an imported module) in place, or "":
  /// an item or attribute set (`CFG["k"] = ...`, `config.REGION = ...`) or a
  /// mutating method called (`CFG.update(...)`).
  static std::string changed_at_run_time(const ModuleModel &module,
                                         const std::string &name) {
    std::string root_name = name.substr(0, name.find('.'));
    for (const auto *functions : every_function(module))
      for (const FunctionInfo &function : *functions) {
        if (!module_name_in(function, root_name))
          continue;
        if (std::string how = changed_in(module.tree(), function, name);
            !how.empty())
          return how;
      }
    return "";
  }

  /// How `function` changes what `name` (as spelled in it: `CFG`,
  /// `cls.region`) holds in place, or "" (see changed_at_run_time).
  static std::string changed_in(const SyntaxTree &tree,
                                const FunctionInfo &function,
                                const std::string &name) {
    for (TSNode target : function.written_targets) {
      for (TSNode root = target;; root = is(root, "attribute")
                                             ? field(root, "object")
                                             : field(root, "value")) {
        if (tree.text(root) == name)
          return written_as(tree, target);
        if (!is(root, "attribute") && !is(root, "subscript"))
          break;
      }
    }
    for (TSNode call : function.calls) {
      TSNode callee = field(call, "function");
      std::string_view method =
          is(callee, "attribute") ? tree.text(field(callee, "attribute"))
                                  : std::string_view{};
      if (is(callee, "attribute") &&
          tree.text(field(callee, "object")) == name &&
          (std::count(container_mutating_methods().begin(),
                      container_mutating_methods().end(), method) ||
           is_mutating_dunder(method)))
        return std::string(tree.text(callee)) + "(...)";
    }
    return "";
  }

  /// How a function of `module` changes what module-level `name` holds
  /// through code that gets it, or "": configures it
  /// (`session.events.register(...)`, `settings["k"] = ...`), closes it,
  /// or passes it to a function that does (`override(SETTINGS, event)`
  /// whose parameter is written; see change_of). What a method call does
  /// is the catalogue's word for a construction it lists (`session =
  /// boto3.Session()`), a builtin container's for anything else.
  std::string configured_at_run_time(const ModuleModel &module,
                                     const std::string &name,
                                     const std::vector<TSNode> &values) const {
    static const MethodCalls kContainer{false, container_mutating_methods()};
    const MethodCalls *methods = &kContainer;
    TSNode value = values.size() == 1 ? unparenthesize(values.front())
                                      : TSNode{};
    if (is(value, "call"))
      if (const ApiEntry *entry = resolver_.catalogue().find(
              resolver_.called_path(value, {&module, nullptr})))
        methods = &entry->methods;
    for (const FunctionInfo &function : module.functions()) {
      if (function.bindings.binds(name) && !function.bindings.globals.count(name))
        continue;
      ObjectReference reference{&module, &function, name};
      if (ObjectChange change = change_of(resolver_, reference, *methods))
        return change.describe(reference);
      if (std::string call =
              library_call_changing(resolver_, module, function, name);
          !call.empty())
        return "'" + display_name(function) + "' hands it to a library call "
               "that may change it in place ('" + call + "')";
    }
    return "";
  }

  /// A helper call being followed into: its parameters take the call's
  /// arguments, classified where the call is.
  struct Frame {
    const FunctionInfo *function;
    TSNode call;
    Scope caller;
    int chain_index;
  };
  static constexpr std::size_t kMaxFrames = 4;

  const NameResolver &resolver_;
  const Handler &handler_;
  const ReachedFunction &where_;
  mutable std::vector<Frame> frames_;
};

} // namespace

ClassifiedInputs classify_expression(const NameResolver &resolver,
                                     const Handler &handler,
                                     const ReachedFunction &where,
                                     TSNode expression) {
  Classifier classifier(resolver, handler, where);
  return classifier.classify(expression, {where.module, where.function},
                             static_cast<int>(where.chain.size()), 0);
}

ClassifiedInputs classify_construction(const NameResolver &resolver,
                                       const Handler &handler,
                                       const ReachedFunction &where,
                                       TSNode call) {
  Classifier classifier(resolver, handler, where);
  Scope scope{where.module, where.function};
  int position = static_cast<int>(where.chain.size());
  ClassifiedInputs result = classifier.classify_arguments(
      field(call, "arguments"), scope, position, 0);
  // A method construction (`session.client(...)`) also depends on its
  // receiver.
  TSNode callee = field(call, "function");
  if (is(callee, "attribute"))
    result = worst(result, classifier.classify(field(callee, "object"), scope,
                                               position, 0));
  // A name bound to what builds it (`make = functools.partial(boto3.client,
  // "s3")`) is read too: changing it (`make.keywords[...] = ...`) changes
  // what it builds.
  if (is(callee, "identifier"))
    result = worst(result, classifier.classify(callee, scope, position, 0));
  // Credentials given after it is built (`s = get_session()` then
  // `s.set_credentials(...)`) count as arguments.
  TSNode parent = ts_node_parent(call);
  if (is(parent, "assignment") && ts_node_eq(field(parent, "right"), call))
    result = worst(result, classifier.credentials_given_later(
                               where.module->tree().text(field(parent, "left")),
                               scope, position, 0));
  if (result.lifetime == InputLifetime::Hoistable)
    result.reason = "built only from constants, imports and environment reads";
  return result;
}

} // namespace hoist::python
