#include "javascript/js_cdk.h"

#include <optional>

#include "core/deployment.h"
#include "core/message_excerpt.h"
#include "javascript/js_module.h"
#include "javascript/js_resolve.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

namespace fs = std::filesystem;
using treesitter::is;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// A construct's property as far as hoist can read it: its value, and,
/// when a spread it cannot read comes after the value (and so may set it),
/// that spread's text.
struct Property {
  TSNode value{};
  std::string unread_spread{};
  bool unknown() const { return !unread_spread.empty(); }
};

/// The object literal `...name` spreads when `name` is a `const` declared
/// with one, in the function around it or in the module; else a null node.
TSNode spread_object(const JsModule &module, TSNode spread) {
  TSNode name = unwrap_expression(ts_node_named_child(spread, 0));
  if (!is(name, "identifier"))
    return {};
  const std::string text(module.tree().text(name));
  TSNode value = const_value(module, name, false);
  const Binding *binding = module.binding(text);
  if (ts_node_is_null(value) && !local_declaration(module, name, text) &&
      binding && binding->kind == Binding::Kind::Value &&
      is(binding->site, "variable_declarator") &&
      is(field(binding->site, "name"), "identifier") &&
      is(ts_node_parent(binding->site), "lexical_declaration") &&
      module.tree().text(ts_node_child(ts_node_parent(binding->site), 0)) ==
          "const")
    value = unwrap_expression(field(binding->site, "value"));
  return is(value, "object") ? value : TSNode{};
}

/// `object`'s property `key`, the last that sets it, as JavaScript takes
/// it: from its own pairs, `{ key }` of a const, and the spreads of const
/// object literals (`...functionSettings`), at most four deep.
Property property(const JsModule &module, TSNode object, std::string_view key,
                  int depth = 0) {
  const JsTree &tree = module.tree();
  Property found;
  for (TSNode member : named_children(object)) {
    if (is(member, "pair")) {
      TSNode name = field(member, "key");
      if (tree.text(name) == key || string_value(tree, name) == key)
        found = {unwrap_expression(field(member, "value"))};
    } else if (is(member, "shorthand_property_identifier") &&
               tree.text(member) == key) {
      found = {const_value(module, member, false)};
      if (ts_node_is_null(found.value))
        found.unread_spread = std::string(tree.text(member));
    } else if (is(member, "spread_element")) {
      TSNode spread = depth < 4 ? spread_object(module, member) : TSNode{};
      Property inner = ts_node_is_null(spread)
                           ? Property{{}, std::string(tree.text(member))}
                           : property(module, spread, key, depth + 1);
      // What an unread spread may set keeps the value written before it,
      // which holds unless the spread sets another.
      if (inner.unknown() && ts_node_is_null(inner.value))
        found.unread_spread = inner.unread_spread;
      else if (!ts_node_is_null(inner.value) || inner.unknown())
        found = inner;
    }
  }
  return found;
}

/// Where a CDK app's paths start: `__dirname` is the module's directory;
/// a relative path is the app's (cdk_app_directory).
struct PathBases {
  fs::path module_directory;
  fs::path app_directory;
};

/// The path `node` spells: a string, `path.join(__dirname, 'a', 'b')`,
/// `path.resolve(__dirname, ...)`, `path.join('a', 'b')`, `${__dirname}/a`.
std::optional<fs::path> path_value(const JsTree &tree, TSNode node,
                                   const PathBases &bases) {
  const fs::path &directory = bases.module_directory;
  node = unwrap_expression(node);
  if (auto text = string_value(tree, node))
    return (bases.app_directory / *text).lexically_normal();
  if (is(node, "template_string")) {
    std::string text(tree.text(node));
    // `./src`: a template without substitutions is a string.
    if (text.find("${") == std::string::npos &&
        text.find('\\') == std::string::npos && text.size() >= 2)
      return (bases.app_directory / text.substr(1, text.size() - 2))
          .lexically_normal();
    const std::string dirname = "`${__dirname}";
    if (text.rfind(dirname, 0) != 0 ||
        text.find("${", dirname.size()) != std::string::npos ||
        text.size() < dirname.size() + 1)
      return std::nullopt;
    return (directory / ("." + text.substr(dirname.size(),
                                           text.size() - dirname.size() - 1)))
        .lexically_normal();
  }
  if (!is(node, "call_expression"))
    return std::nullopt;
  std::string_view callee = tree.text(field(node, "function"));
  if (callee != "path.join" && callee != "path.resolve" && callee != "join" &&
      callee != "resolve")
    return std::nullopt;
  // path.resolve starts again at an absolute segment; path.join joins every
  // segment with '/' (`path.join(__dirname, '/../src')` is `../src` of the
  // directory), so only a first segment may make it absolute.
  bool resolve = callee == "path.resolve" || callee == "resolve";
  fs::path joined;
  for (TSNode argument : arguments_of(node)) {
    if (tree.text(argument) == "__dirname") {
      joined = resolve || joined.empty() ? directory : joined / directory.relative_path();
    } else if (auto part = string_value(tree, argument)) {
      std::string segment = *part;
      if (!resolve && !joined.empty())
        segment.erase(0, segment.find_first_not_of('/'));
      joined /= segment;
    } else {
      return std::nullopt;
    }
  }
  return (bases.app_directory / joined).lexically_normal();
}

} // namespace

bool may_be_cdk_app(std::string_view text) {
  return text.find("aws-cdk") != std::string_view::npos;
}

AppFunctions cdk_functions(const JsModule &module) {
  const JsTree &tree = module.tree();
  AppFunctions found;
  if (!may_be_cdk_app(tree.file()->text()))
    return found;
  PathBases bases;
  bases.module_directory = fs::absolute(fs::path(tree.file()->path()))
                               .lexically_normal()
                               .parent_path();
  bases.app_directory = cdk_app_directory(bases.module_directory);
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (!is(node, "new_expression"))
      return true;
    auto built = imported_name(module, field(node, "constructor"));
    std::vector<TSNode> arguments = arguments_of(node);
    if (!built || arguments.size() < 3 ||
        !is(unwrap_expression(arguments[2]), "object"))
      return true;
    TSNode props = unwrap_expression(arguments[2]);
    const std::string &from = built->first;
    const std::string &api = built->second;
    // aws-cdk-lib/aws-lambda-nodejs's NodejsFunction, or
    // cdk.aws_lambda_nodejs's
    bool nodejs_function =
        (from.find("aws-lambda-nodejs") != std::string::npos &&
         api == "NodejsFunction") ||
        (from == "aws-cdk-lib" && api == "aws_lambda_nodejs.NodejsFunction");
    bool lambda_function =
        ((from == "aws-cdk-lib/aws-lambda" || from == "@aws-cdk/aws-lambda") &&
         api == "Function") ||
        (from == "aws-cdk-lib" && api == "aws_lambda.Function");
    if (!nodejs_function && !lambda_function)
      return true;
    // What cannot be read is said under -v, as for a template's code in S3.
    auto id = string_value(tree, arguments[1]);
    auto unread = [&](const std::string &why) {
      found.unread.push_back(
          {node, "the CDK function '" +
                     message_excerpt(id.value_or(
                         std::string(tree.text(arguments[1])))) +
                     "' is not read: " + why +
                     "; the handlers of its file are found by their names"});
    };
    auto unread_text = [&](const char *key, const Property &property) {
      return property.unknown() ? "its " + std::string(key) +
                                      " may come from '" +
                                      message_excerpt(property.unread_spread) +
                                      "', which hoist cannot read (it reads "
                                      "spreads of const object literals)"
                                : "its " + std::string(key) + " is '" +
                                      message_excerpt(tree.text(property.value)) +
                                      "', which hoist cannot read";
    };
    Property runtime = property(module, props, "runtime");
    // A lambda.Function of another language's runtime is not this reader's.
    if (lambda_function && !ts_node_is_null(runtime.value) &&
        tree.text(runtime.value).find("NODEJS") == std::string_view::npos)
      return true;
    Property handler = property(module, props, "handler");
    auto handler_name = string_value(tree, handler.value);
    if (!ts_node_is_null(handler.value) && !handler_name) {
      unread(unread_text("handler", handler));
      return true;
    }
    // With a spread hoist cannot read after them (`...props.functionProps`),
    // the handler and runtime written are those it has unless the spread
    // sets others: the function is read as written, and what only a newer
    // runtime refuses is said as a condition.
    std::string runtime_name =
        ts_node_is_null(runtime.value) || runtime.unknown()
            ? ""
            : cdk_node_runtime(tree.text(runtime.value));
    std::string runtime_unread =
        runtime.unknown()
            ? "may take its runtime from '" + runtime.unread_spread +
                  "', which hoist cannot read" +
                  (ts_node_is_null(runtime.value)
                       ? std::string()
                       : " (it states '" +
                             std::string(tree.text(runtime.value)) +
                             "' before it)")
            : "";
    bool handler_unread = handler.unknown();
    if (nodejs_function) {
      Property entry = property(module, props, "entry");
      std::optional<fs::path> file =
          ts_node_is_null(entry.value) ? std::nullopt
                                       : path_value(tree, entry.value, bases);
      if (file)
        found.read.push_back({*file, handler_name.value_or("handler"), node,
                              runtime_name, "the CDK app's function",
                              runtime_unread, handler_unread});
      else if (entry.unknown() || !ts_node_is_null(entry.value))
        unread(unread_text("entry", entry) +
               (entry.unknown() ? "" : " (it reads string literals, "
                                       "path.join and path.resolve of them "
                                       "and __dirname, and `${__dirname}/...`)"));
      else
        unread("it names no entry, and CDK derives one from this file's name "
               "and the function's id, which hoist does not");
      return true;
    }
    // lambda.Function: code: lambda.Code.fromAsset(dir), handler:
    // 'path/file.export', on a Node.js runtime.
    if (runtime.unknown() && ts_node_is_null(runtime.value) && handler_name) {
      unread(unread_text("runtime", runtime));
      return true;
    }
    if (!handler_name || ts_node_is_null(runtime.value) ||
        tree.text(runtime.value).find("NODEJS") == std::string_view::npos)
      return true;
    Property code = property(module, props, "code");
    // Code.fromAsset(dir), its CDK v1 name Code.asset(dir), and the class
    // both return, new AssetCode(dir).
    std::string_view maker =
        is(code.value, "call_expression")  ? tree.text(field(code.value, "function"))
        : is(code.value, "new_expression") ? tree.text(field(code.value, "constructor"))
                                           : std::string_view();
    auto ends = [&](std::string_view suffix) {
      return maker.size() >= suffix.size() &&
             maker.substr(maker.size() - suffix.size()) == suffix;
    };
    bool from_asset = is(code.value, "new_expression")
                          ? ends("AssetCode")
                          : ends("fromAsset") || ends("Code.asset");
    std::vector<TSNode> asset = from_asset ? arguments_of(code.value)
                                           : std::vector<TSNode>{};
    std::size_t dot = handler_name->rfind('/');
    dot = handler_name->find('.', dot == std::string::npos ? 0 : dot);
    std::optional<fs::path> root =
        asset.empty()
            ? std::nullopt
            : path_value(tree, asset[0], bases);
    if (!root && (code.unknown() || !ts_node_is_null(code.value)))
      unread(unread_text("code", code) +
             (code.unknown() ? "" : " (it reads Code.fromAsset and new "
                                     "AssetCode of a path)"));
    // A nested export (`index.handlers.main`) is left to the runtime.
    if (root && dot != std::string::npos &&
        handler_name->find('.', dot + 1) == std::string::npos)
      found.read.push_back(
          {(*root / handler_name->substr(0, dot)).lexically_normal(),
           handler_name->substr(dot + 1), node, runtime_name,
           "the CDK app's function", runtime_unread, handler_unread});
    return true;
  });
  return found;
}

} // namespace hoist::javascript
