#include "python/cdk_app.h"

namespace hoist::python {
namespace {

namespace fs = std::filesystem;

TSNode keyword(const SyntaxTree &tree, TSNode call, std::string_view name) {
  for (TSNode argument : named_children(field(call, "arguments")))
    if (is(argument, "keyword_argument") &&
        tree.text(field(argument, "name")) == name)
      return field(argument, "value");
  return TSNode{};
}

/// Where `cdk synth` resolves relative asset paths: the app's directory.
fs::path app_directory(const fs::path &module_dir) {
  std::error_code error;
  for (fs::path dir = module_dir;; dir = dir.parent_path()) {
    if (fs::exists(dir / "cdk.json", error))
      return dir;
    if (dir == dir.parent_path())
      return module_dir;
  }
}

} // namespace

std::vector<ConfiguredHandler> cdk_handlers(const Resolver &resolver,
                                            const ModuleModel &module) {
  std::vector<ConfiguredHandler> out;
  const SyntaxTree &tree = module.tree();
  if (tree.file()->text().find("aws_cdk") == std::string_view::npos)
    return out;
  fs::path app =
      app_directory(fs::path(resolver.project().directory_of(module)));
  // An asset directory that is not there (a snippet in documentation, code
  // built by another step) is code hoist cannot see: nothing to check.
  auto add = [&](std::string handler, const fs::path &asset, TSNode at) {
    fs::path code_root = asset.lexically_normal();
    std::error_code error;
    if (!fs::is_directory(code_root, error))
      return;
    ConfiguredHandler configured;
    configured.handler = std::move(handler);
    configured.code_root = std::move(code_root);
    configured.runtime = "python";
    configured.where = {tree.file(), tree.range(at)};
    configured.origin = "the CDK function in " + module.path();
    configured.language = HandlerLanguage::Python;
    out.push_back(std::move(configured));
  };
  auto read_function = [&](TSNode node) {
    std::string path =
        resolver.resolve(field(node, "function"), {&module, nullptr}).path;
    TSNode handler = keyword(tree, node, "handler");
    if (path == "aws_cdk.aws_lambda.Function") {
      TSNode runtime = keyword(tree, node, "runtime");
      if (!ts_node_is_null(runtime) &&
          tree.text(runtime).find("PYTHON") == std::string_view::npos)
        return;
      TSNode code = keyword(tree, node, "code");
      if (!is(code, "call") ||
          resolver.resolve(field(code, "function"), {&module, nullptr}).path !=
              "aws_cdk.aws_lambda.Code.from_asset")
        return;
      auto asset =
          string_value(tree, ts_node_named_child(field(code, "arguments"), 0));
      auto text = string_value(tree, handler);
      if (!asset || !text)
        return;
      add(*text, app / *asset, handler);
    } else if (path == "aws_cdk.aws_lambda_python_alpha.PythonFunction") {
      auto entry = string_value(tree, keyword(tree, node, "entry"));
      if (!entry)
        return;
      TSNode index_node = keyword(tree, node, "index");
      std::string index = string_value(tree, index_node).value_or("index.py");
      std::string function = string_value(tree, handler).value_or("handler");
      std::string stem = fs::path(index).replace_extension().generic_string();
      add(stem + "." + function, app / *entry,
          !ts_node_is_null(handler) ? handler : node);
    }
  };
  walk_named_descendants(tree.root(), [&](TSNode node) {
    if (is(node, "call"))
      read_function(node);
    return true;
  });

  return out;
}

} // namespace hoist::python
