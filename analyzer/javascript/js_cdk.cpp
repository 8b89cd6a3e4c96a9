#include "javascript/js_cdk.h"

#include <optional>

#include "core/deployment.h"
#include "javascript/js_resolve.h"
#include "treesitter/nodes.h"

namespace hoist::javascript {
namespace {

namespace fs = std::filesystem;
using treesitter::is;
using treesitter::named_children;
using treesitter::walk_named_descendants;

/// The value of `object`'s property `key`, or a null node.
TSNode property(const JsTree &tree, TSNode object, std::string_view key) {
  for (TSNode member : named_children(object))
    if (is(member, "pair") && tree.text(field(member, "key")) == key)
      return unwrap_expression(field(member, "value"));
  return {};
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
    const std::string dirname = "`${__dirname}";
    if (text.rfind(dirname, 0) != 0 ||
        text.find("${", 1) != std::string::npos ||
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
  fs::path joined;
  for (TSNode argument : arguments_of(node)) {
    if (tree.text(argument) == "__dirname") {
      joined = directory;
    } else if (auto part = string_value(tree, argument)) {
      joined /= *part;
    } else {
      return std::nullopt;
    }
  }
  return (bases.app_directory / joined).lexically_normal();
}

} // namespace

std::vector<AppFunction> cdk_functions(const JsModule &module) {
  const JsTree &tree = module.tree();
  std::vector<AppFunction> found;
  if (tree.file()->text().find("aws-cdk") == std::string_view::npos)
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
    auto handler = string_value(tree, property(tree, props, "handler"));
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
    TSNode runtime = property(tree, props, "runtime");
    bool on_nodejs =
        !ts_node_is_null(runtime) &&
        tree.text(runtime).find("NODEJS") != std::string_view::npos;
    if (nodejs_function) {
      TSNode entry = property(tree, props, "entry");
      std::optional<fs::path> file = ts_node_is_null(entry)
                                         ? std::nullopt
                                         : path_value(tree, entry, bases);
      if (file)
        found.push_back({*file, handler.value_or("handler"), node,
                         cdk_node_runtime(tree.text(runtime))});
    } else if (lambda_function && handler && on_nodejs) {
      // code: lambda.Code.fromAsset(dir), handler: 'path/file.export'
      TSNode code = property(tree, props, "code");
      std::vector<TSNode> asset = is(code, "call_expression")
                                      ? arguments_of(code)
                                      : std::vector<TSNode>{};
      std::size_t dot = handler->rfind('/');
      dot = handler->find('.', dot == std::string::npos ? 0 : dot);
      std::optional<fs::path> root =
          asset.empty() ||
                  tree.text(field(code, "function")).find("fromAsset") ==
                      std::string_view::npos
              ? std::nullopt
              : path_value(tree, asset[0], bases);
      // A nested export (`index.handlers.main`) is left to the runtime.
      if (root && dot != std::string::npos &&
          handler->find('.', dot + 1) == std::string::npos)
        found.push_back({(*root / handler->substr(0, dot)).lexically_normal(),
                         handler->substr(dot + 1), node,
                         cdk_node_runtime(tree.text(runtime))});
    }
    return true;
  });
  return found;
}

} // namespace hoist::javascript
