#include "python/cdk_app.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/message_excerpt.h"

#include "python/static_values.h"
#include "core/read_record.h"

namespace hoist::python {
namespace {

namespace fs = std::filesystem;

// Bounds chains of names (`a = b`, `b = a`) followed to a value.
constexpr int kMaxDepth = 8;

TSNode keyword(const SyntaxTree &tree, TSNode call, std::string_view name) {
  for (TSNode argument : named_children(field(call, "arguments")))
    if (is(argument, "keyword_argument") &&
        tree.text(field(argument, "name")) == name)
      return field(argument, "value");
  return TSNode{};
}

TSNode positional(TSNode call, std::size_t index) {
  std::size_t position = 0;
  for (TSNode argument : named_children(field(call, "arguments")))
    if (!is(argument, "keyword_argument") && position++ == index)
      return argument;
  return TSNode{};
}


/// Reads what a CDK app's expressions evaluate to, where that is fixed when
/// the app is written: runtimes, asset paths, handler strings.
class AppReader {
public:
  AppReader(const NameResolver &resolver, const ModuleModel &module)
      : resolver_(resolver),
        file_(fs::path(resolver.module_cache().directory_of(module)) /
              fs::path(module.path()).filename()) {}

  /// A function's runtime: its language, and for Node.js Lambda's
  /// identifier when the app names a version ("nodejs22.x").
  struct Runtime {
    enum Kind { Python, Node, Other, Unknown } kind = Unknown;
    std::string node_identifier{};
    bool operator!=(const Runtime &other) const {
      return kind != other.kind || node_identifier != other.node_identifier;
    }
  };

  /// `runtime=`: `Runtime.PYTHON_3_12`, `Runtime.NODEJS_22_X`, or a name
  /// bound to such values in every branch.
  Runtime runtime(TSNode node, Scope scope, int depth = 0) const {
    node = unparenthesize(node);
    if (ts_node_is_null(node) || depth > kMaxDepth)
      return {};
    const SyntaxTree &tree = scope.module->tree();
    if (is(node, "identifier")) {
      std::vector<AssignedValue> values =
          values_of(std::string(tree.text(node)), scope);
      if (values.empty())
        return {};
      Runtime agreed = runtime(values[0].first, values[0].second, depth + 1);
      for (const auto &[value, where] : values)
        if (runtime(value, where, depth + 1) != agreed)
          return {};
      return agreed;
    }
    if (is(node, "attribute")) {
      std::string path = resolver_.resolve(node, scope).path;
      std::string_view constant = tree.text(field(node, "attribute"));
      bool python = constant.rfind("PYTHON", 0) == 0;
      if (path.rfind("aws_cdk.aws_lambda.Runtime.", 0) == 0) {
        if (constant.rfind("NODEJS", 0) == 0)
          return {Runtime::Node, cdk_node_runtime(path)};
        return {python ? Runtime::Python : Runtime::Other};
      }
      return {python ? Runtime::Python : Runtime::Unknown};
    }
    if (is(node, "conditional_expression")) {
      std::vector<TSNode> branches = named_children(node);
      Runtime first = runtime(branches[0], scope, depth + 1);
      return branches.size() == 3 &&
                     !(runtime(branches[2], scope, depth + 1) != first)
                 ? first
                 : Runtime{};
    }
    return {};
  }

  /// A string: a literal, or a name bound to one value that is (a
  /// parameter: the argument given where the function is called, when a
  /// call site is bound).
  std::optional<std::string> text(TSNode node, Scope scope,
                                  int depth = 0) const {
    node = unparenthesize(node);
    if (ts_node_is_null(node) || depth > kMaxDepth)
      return std::nullopt;
    if (is(node, "string"))
      return string_value(scope.module->tree(), node);
    if (!is(node, "identifier") && !is(node, "attribute"))
      return std::nullopt;
    std::vector<AssignedValue> values;
    if (is(node, "identifier"))
      values = values_of(std::string(scope.module->tree().text(node)), scope);
    // A constant of another module of the app (`constants.HANDLER`).
    if (values.empty())
      if (std::optional<AssignedValue> constant =
              imported_constant(resolver_, node, scope))
        values.push_back(*constant);
    if (values.size() != 1)
      return std::nullopt;
    return text(values[0].first, values[0].second, depth + 1);
  }

  /// A path: absolute, or relative to where `cdk synth` runs
  /// (path_value).
  std::optional<fs::path> path(TSNode node, Scope scope) const {
    std::optional<std::string> value =
        path_value(resolver_, node, scope, file_.string());
    return value ? std::optional<fs::path>(*value) : std::nullopt;
  }

  /// `code=`: the directory of `Code.from_asset(...)`, `AssetCode(...)` or
  /// `AssetCode.from_asset(...)` (its path positional or `path=`), or of a
  /// name bound to one such value.
  std::optional<fs::path> asset(TSNode node, Scope scope,
                                int depth = 0) const {
    node = unparenthesize(node);
    if (ts_node_is_null(node) || depth > kMaxDepth)
      return std::nullopt;
    const SyntaxTree &tree = scope.module->tree();
    if (is(node, "identifier")) {
      std::vector<AssignedValue> values =
          assigned_values(std::string(tree.text(node)), scope);
      if (values.size() != 1)
        return std::nullopt;
      return asset(values[0].first, values[0].second, depth + 1);
    }
    if (!is(node, "call"))
      return std::nullopt;
    std::string called = resolver_.resolve(field(node, "function"), scope).path;
    if (called != "aws_cdk.aws_lambda.Code.from_asset" &&
        called != "aws_cdk.aws_lambda.AssetCode" &&
        called != "aws_cdk.aws_lambda.AssetCode.from_asset")
      return std::nullopt;
    TSNode directory = positional(node, 0);
    if (ts_node_is_null(directory))
      directory = keyword(tree, node, "path");
    return path(directory, scope);
  }

  /// Binds the parameters of `function` to the arguments `call` (in
  /// `caller`) gives them, or to their defaults: a helper that builds a
  /// function from its parameters (`def create_lambda(self, handler):
  /// _lambda.Function(..., handler=handler)`) is read once per call.
  void bind(const FunctionInfo &function, TSNode call, Scope caller) {
    bound_function_ = &function;
    bound_call_ = call;
    bound_.clear();
    const SyntaxTree &tree = caller.module->tree();
    std::size_t position = 0;
    const bool method_call = is(field(call, "function"), "attribute");
    std::size_t first = method_call ? function.first_given() : 0;
    for (TSNode argument : named_children(field(call, "arguments"))) {
      if (is(argument, "keyword_argument"))
        bound_[std::string(tree.text(field(argument, "name")))] = {
            field(argument, "value"), caller};
      else if (first + position < function.parameters.size() &&
               function.parameters[first + position].kind ==
                   Parameter::Kind::Positional)
        bound_[function.parameters[first + position++].name] = {argument,
                                                                caller};
    }
    for (const Parameter &parameter : function.parameters)
      if (parameter.has_default && !bound_.count(parameter.name))
        bound_[parameter.name] = {field(parameter.node, "value"),
                                  {caller.module, function.enclosing}};
  }
  void unbind() {
    bound_function_ = nullptr;
    bound_call_ = TSNode{};
    bound_.clear();
  }
  /// The call whose arguments are bound, or a null node.
  TSNode bound_call() const { return bound_call_; }

private:
  /// assigned_values, and a parameter of the bound function its argument.
  std::vector<AssignedValue> values_of(const std::string &name,
                                       Scope scope) const {
    if (scope.function && scope.function == bound_function_)
      if (auto it = bound_.find(name); it != bound_.end())
        return {it->second};
    return assigned_values(name, scope);
  }

  const NameResolver &resolver_;
  fs::path file_; ///< the module's file, absolute: `__file__`
  const FunctionInfo *bound_function_ = nullptr;
  TSNode bound_call_{};
  std::map<std::string, AssignedValue> bound_;
};

/// True when the handler string names a Python module under `code_root`.
bool names_python_module(const std::string &handler, const fs::path &code_root) {
  auto dot = handler.rfind('.');
  if (dot == std::string::npos)
    return false;
  std::string module = handler.substr(0, dot);
  std::replace(module.begin(), module.end(), '.', '/');
  return is_file_recorded(code_root / (module + ".py")) ||
         is_file_recorded(code_root / module / "__init__.py");
}

} // namespace

std::vector<ConfiguredHandler>
cdk_handlers(const NameResolver &resolver, const ModuleModel &module,
             std::vector<DeploymentNotice> *unread) {
  std::vector<ConfiguredHandler> out;
  // Why each construct read (by its first byte) gave no function: said
  // unless a read of it with a helper's arguments gave one.
  std::map<uint32_t, std::pair<TSNode, std::string>> unread_at;
  std::set<uint32_t> read_at;
  TSNode construct{};
  const SyntaxTree &tree = module.tree();
  if (tree.file()->text().find("aws_cdk") == std::string_view::npos)
    return out;
  fs::path app =
      cdk_app_directory(resolver.module_cache().directory_of(module));
  AppReader reader(resolver, module);
  // An asset directory that is not there (a snippet in documentation, code
  // built by another step) is code hoist cannot see: nothing to check.
  const SyntaxTree &app_tree = tree;
  auto not_read = [&](const std::string &why) {
    unread_at.emplace(ts_node_start_byte(construct),
                      std::make_pair(construct, why));
  };
  auto add = [&](std::string handler, const fs::path &asset, TSNode at,
                 const AppReader::Runtime &runtime) {
    fs::path code_root = (app / asset).lexically_normal();
    std::error_code error;
    if (!fs::is_directory(code_root, error))
      return not_read("its code directory '" + asset.generic_string() +
                      "' is not there (a build's output, or another step's)");
    // A runtime the app computes (a parameter, a setting): the handler's
    // file says which it is.
    if (runtime.kind == AppReader::Runtime::Unknown &&
        !names_python_module(handler, code_root))
      return not_read("hoist cannot read its runtime, and its handler '" +
                      handler + "' names no Python module there");
    read_at.insert(ts_node_start_byte(construct));
    bool node = runtime.kind == AppReader::Runtime::Node;
    ConfiguredHandler configured;
    configured.handler = std::move(handler);
    configured.code_root = std::move(code_root);
    // A Node.js function goes to the JavaScript front-end.
    configured.runtime = node ? runtime.node_identifier : "python";
    // Read through a helper's call: said where the helper is called.
    if (TSNode call = reader.bound_call(); !ts_node_is_null(call))
      at = call;
    configured.where = {tree.file(), tree.range(at)};
    configured.origin = "the CDK function in " + module.path();
    configured.language =
        node ? HandlerLanguage::JavaScript : HandlerLanguage::Python;
    out.push_back(std::move(configured));
  };
  auto written = [&](const char *key, TSNode value) {
    return "its " + std::string(key) + " is '" +
           message_excerpt(app_tree.text(value)) +
           "', which hoist cannot read";
  };
  auto read_function = [&](TSNode node, Scope scope) {
    std::string path = resolver.resolve(field(node, "function"), scope).path;
    TSNode handler = keyword(tree, node, "handler");
    construct = node;
    if (path == "aws_cdk.aws_lambda.Function") {
      AppReader::Runtime runtime =
          reader.runtime(keyword(tree, node, "runtime"), scope);
      if (runtime.kind == AppReader::Runtime::Other)
        return;
      TSNode code = keyword(tree, node, "code");
      auto asset = reader.asset(code, scope);
      auto text = reader.text(handler, scope);
      if (!asset && !ts_node_is_null(code))
        return not_read(written("code", code));
      if (!text && !ts_node_is_null(handler))
        return not_read(written("handler", handler));
      if (!asset || !text)
        return;
      add(*text, *asset, handler, runtime);
    } else if (path == "aws_cdk.aws_lambda_python_alpha.PythonFunction") {
      auto entry = reader.path(keyword(tree, node, "entry"), scope);
      if (!entry)
        return;
      TSNode index_node = keyword(tree, node, "index");
      std::string index =
          !ts_node_is_null(index_node)
              ? reader.text(index_node, scope).value_or("")
                        : "index.py";
      std::string function =
          !ts_node_is_null(handler) ? reader.text(handler, scope).value_or("")
                                    : "handler";
      if (index.empty() || function.empty())
        return;
      std::string stem = fs::path(index).replace_extension().generic_string();
      add(stem + "." + function, *entry,
          !ts_node_is_null(handler) ? handler : node,
          {AppReader::Runtime::Python});
    } else if (path == "aws_cdk.aws_lambda_nodejs.NodejsFunction") {
      // entry="lambda/orders.ts", handler="main" (default "handler"); no
      // entry: a file named after the stack's, which hoist does not guess.
      auto entry = reader.path(keyword(tree, node, "entry"), scope);
      std::string function =
          !ts_node_is_null(handler) ? reader.text(handler, scope).value_or("")
                                    : "handler";
      if (!entry || function.empty())
        return;
      if (!is_file_recorded(app / *entry))
        return; // the synth's to say
      AppReader::Runtime runtime =
          reader.runtime(keyword(tree, node, "runtime"), scope);
      if (runtime.kind != AppReader::Runtime::Node)
        runtime = {AppReader::Runtime::Node}; // its default: a Node.js one
      add(entry->stem().string() + "." + function, entry->parent_path(),
          !ts_node_is_null(handler) ? handler : node, runtime);
    }
  };
  // Module-level code, then each function's: names are read where the call
  // is.
  for_each_in_scope(tree.root(), [&](TSNode node) {
    if (is(node, "call"))
      read_function(node, {&module, nullptr});
  });
  // A construction that reads a parameter of its function is read again
  // for each call of that function in the module, with its arguments.
  auto reads_parameter = [&](TSNode call, const FunctionInfo &function) {
    bool reads = false;
    walk_named_descendants(field(call, "arguments"), [&](TSNode node) {
      if (is(node, "identifier"))
        for (const Parameter &parameter : function.parameters)
          reads = reads || tree.text(node) == parameter.name;
      return !reads;
    });
    return reads;
  };
  std::vector<std::pair<TSNode, Scope>> calls;
  for_each_in_scope(tree.root(), [&](TSNode node) {
    if (is(node, "call"))
      calls.push_back({node, {&module, nullptr}});
  });
  for (const auto *functions : {&module.functions(), &module.nested_functions()})
    for (const FunctionInfo &function : *functions)
      for (TSNode call : function.calls)
        calls.push_back({call, {&module, &function}});
  for (const auto *functions : {&module.functions(), &module.nested_functions()})
    for (const FunctionInfo &function : *functions)
      for (TSNode call : function.calls) {
        std::size_t before = out.size();
        read_function(call, {&module, &function});
        if (out.size() != before || function.parameters.empty() ||
            !reads_parameter(call, function))
          continue;
        for (const auto &[site, caller] : calls)
          for (const Scope &called : resolver.called_scopes(site, caller))
            if (called.function == &function) {
              reader.bind(function, site, caller);
              read_function(call, {&module, &function});
              reader.unbind();
              break;
            }
      }
  if (unread)
    for (const auto &[start, why] : unread_at)
      if (!read_at.count(start)) {
        TSNode id = keyword(tree, why.first, "id");
        if (ts_node_is_null(id))
          id = positional(why.first, 1);
        std::string name = ts_node_is_null(id)
                               ? std::string()
                               : reader.text(id, {&module, nullptr})
                                     .value_or(std::string(tree.text(id)));
        unread->push_back(
            {Severity::Warning,
             {tree.file(), tree.range(why.first)},
             "the CDK function" + (name.empty() ? "" : " '" + message_excerpt(name) + "'") +
                 " is not read: " + why.second +
                 "; the handlers of its code are found by their names",
             true});
      }
  return out;
}

} // namespace hoist::python
