#include "core/deployment.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include "core/dockerfile.h"
#include "core/file_discovery.h"
#include "core/function_not_read.h"
#include "core/handler_spec.h"
#include "core/hcl.h"
#include "core/paths.h"
#include "core/published_layers.h"
#include "core/source_encoding.h"
#include "core/utf8.h"
#include "rules/rule_ids.h"
#include "core/read_record.h"

namespace hoist {

namespace fs = std::filesystem;

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

bool is_serverless_config_name(const std::string &name) {
  return name == "serverless.yml" || name == "serverless.yaml";
}

/// True when `text`, the text of the deployment file `name` whose name
/// alone does not say it is one, may configure Lambda functions.
bool may_configure_lambda_text(const std::string &name, std::string_view text) {
  return is_terraform_file_name(name) ? may_be_terraform_lambda(text)
                                 : may_be_lambda_template(text);
}

/// Names that say "this is a SAM or CloudFormation template": hoist tells
/// the user when such a file cannot be read, while any other YAML or JSON
/// file that is no readable template is none of its business.
bool is_template_name(const std::string &name) {
  return name == "template.yaml" || name == "template.yml" ||
         name == "template.json";
}

/// A deployment file that is not UTF-8, read as Windows-1252.
struct Recoded {
  std::string text; ///< UTF-8
  std::size_t at;   ///< the first byte that was not UTF-8, in `text`
  std::string byte; ///< that byte, as "0xE9"
};

/// `bytes`, whose byte at `bad` is the first that is not UTF-8, read as
/// Windows-1252; nothing when it holds a byte Windows-1252 leaves undefined.
std::optional<Recoded> read_as_windows_1252(std::string_view bytes,
                                            std::size_t bad) {
  auto decoded = decode_source(bytes, SourceEncoding::Cp1252);
  auto *text = std::get_if<std::string>(&decoded);
  if (!text)
    return std::nullopt;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X",
                static_cast<unsigned char>(bytes[bad]));
  std::size_t at = std::get<std::string>(decode_source(bytes.substr(0, bad),
                                                       SourceEncoding::Cp1252))
                       .size();
  return Recoded{std::move(*text), at, byte};
}

} // namespace

Diagnostic handler_not_found(const ConfiguredHandler &configured,
                             const std::string &problem,
                             const RuleRegistry &registry) {
  Diagnostic diagnostic;
  diagnostic.rule_id = rules::kHandlerNotFound;
  const RuleInfo *rule = registry.find(rules::kHandlerNotFound);
  diagnostic.severity = rule ? rule->severity : Severity::Error;
  diagnostic.location = configured.where;
  diagnostic.message = problem;
  return diagnostic;
}

DeploymentNotice function_not_read(Location where, const std::string &what,
                                   const std::string &why) {
  return {Severity::Warning, std::move(where),
          what + ": " + why +
              "; hoist checks the files it finds by their handlers' names, "
              "without this function's handler string and runtime",
          true};
}

DeploymentNotice code_not_located(Location where, const std::string &function,
                                  const std::string &why) {
  return function_not_read(
      std::move(where),
      "the code of function '" + function + "' is not located", why);
}

std::string code_not_among_checked(const ConfiguredHandler &configured,
                                   const std::string &module) {
  return "the code of " + configured.origin + " is not checked: its handler "
         "module '" + module + "' is not among the files checked (hoist "
         "found its handler there); check the directory, or name the file "
         "too, to check its code";
}

DeploymentNotice handler_not_read(Location where, const std::string &function,
                                  const std::string &why) {
  return function_not_read(
      std::move(where),
      "the handler of function '" + function + "' is not read", why);
}

HandlerLanguage language_of_runtime(std::string_view runtime) {
  static const std::array<std::pair<std::string_view, HandlerLanguage>, 8>
      kPrefixes = {{{"python", HandlerLanguage::Python},
                    {"nodejs", HandlerLanguage::JavaScript},
                    {"java", HandlerLanguage::Java},
                    {"go", HandlerLanguage::Go},
                    {"dotnet", HandlerLanguage::DotNet},
                    {"ruby", HandlerLanguage::Ruby},
                    {"provided", HandlerLanguage::Custom},
                    {"rust", HandlerLanguage::Custom}}};
  for (const auto &[prefix, language] : kPrefixes)
    if (starts_with(runtime, prefix))
      return language;
  return HandlerLanguage::Unknown;
}

std::string runtime_name(HandlerLanguage language) {
  switch (language) {
  case HandlerLanguage::Python:
    return "Python";
  case HandlerLanguage::JavaScript:
    return "Node.js";
  case HandlerLanguage::Java:
    return "Java";
  case HandlerLanguage::Go:
    return "Go";
  case HandlerLanguage::DotNet:
    return ".NET";
  case HandlerLanguage::Ruby:
    return "Ruby";
  case HandlerLanguage::Custom:
    return "custom";
  case HandlerLanguage::Unknown:
    break;
  }
  return "";
}

std::string cdk_node_runtime(std::string_view written) {
  const std::string_view prefix = "Runtime.NODEJS_";
  std::size_t at = written.rfind(prefix);
  if (at == std::string_view::npos)
    return "";
  std::string_view version = written.substr(at + prefix.size());
  std::size_t digits = 0;
  while (digits < version.size() &&
         std::isdigit(static_cast<unsigned char>(version[digits])))
    ++digits;
  if (digits == 0 || version.substr(digits) != "_X")
    return "";
  return "nodejs" + std::string(version.substr(0, digits)) + ".x";
}

bool is_deployment_file(const fs::path &path) {
  std::string name = path.filename().string();
  if (is_dockerfile_name(name) || is_serverless_config_name(name) ||
      is_terraform_file_name(name))
    return true;
  std::string_view extension = extension_of(name);
  return extension == ".yaml" || extension == ".yml" || extension == ".json" ||
         extension == ".template";
}


bool may_be_lambda_template(std::string_view text) {
  for (std::string_view type :
       {"AWS::Serverless::Function", "AWS::Lambda::Function",
        "AWS::Serverless::LayerVersion", "AWS::Lambda::LayerVersion"})
    if (text.find(type) != std::string_view::npos)
      return true;
  return false;
}

/// True for names whose files are deployment configuration whatever their
/// text.
bool is_named_deployment_file(const std::string &name) {
  return is_dockerfile_name(name) || is_serverless_config_name(name) ||
         is_template_name(name);
}

bool may_configure_lambda(const fs::path &path, std::uintmax_t max_size) {
  if (is_named_deployment_file(path.filename().string()))
    return true;
  auto read = read_file_within(path, max_size);
  auto *text = std::get_if<std::string>(&read);
  return text && may_configure_lambda_text(path.filename().string(), *text);
}

bool is_inside_trees(const fs::path &path, const std::vector<fs::path> &trees) {
  if (trees.empty())
    return true;
  return std::any_of(trees.begin(), trees.end(), [&](const fs::path &tree) {
    fs::path relative = path.lexically_relative(tree);
    return !relative.empty() && *relative.begin() != "..";
  });
}

void settle_language(ConfiguredHandler &handler,
                     const std::vector<HandlerModules> &modules) {
  const std::string &text = handler.handler;
  // `run.sh`, `bootstrap`: an executable that a custom runtime or an exec
  // wrapper (the Lambda Web Adapter's) runs, not a module and a function.
  if (text.size() > 3 && text.compare(text.size() - 3, 3, ".sh") == 0) {
    handler.language = HandlerLanguage::Custom;
    return;
  }
  if (handler.language == HandlerLanguage::Unknown)
    handler.language = language_of_runtime(handler.runtime);
  if (handler.language != HandlerLanguage::Unknown ||
      text.find('.') == std::string::npos)
    return;
  // No runtime stated: the file the handler names says which runtime runs
  // it.
  const std::string module = text.substr(0, text.rfind('.'));
  for (const HandlerModules &runtime : modules)
    for (const std::string &file : runtime.files(module))
      if (is_file_recorded(handler.code_root / file)) {
        handler.language = runtime.runtime;
        return;
      }
}

void read_deployment_file(const fs::path &path, const std::string &display_path,
                          const DeploymentContext &context,
                          DeploymentScan &out) {
  std::string name = path.filename().string();
  bool named = is_named_deployment_file(name);
  auto read = read_file_within(path, context.max_file_size);
  if (auto *failure = std::get_if<ReadFailure>(&read)) {
    // Another YAML or JSON file hoist cannot read is not its business.
    if (!named || failure->kind == ReadFailure::Directory)
      return;
    out.errors.push_back({display_path,
                          describe(*failure, context.max_file_size),
                          failure->kind == ReadFailure::TooLarge});
    return;
  }
  std::string &text = std::get<std::string>(read);
  if (text.find('\0') != std::string::npos) {
    if (named)
      out.errors.push_back(
          {display_path, "looks binary (it has NUL bytes), so it is no "
                         "deployment configuration; skipped",
           true});
    return;
  }
  bool cdk_config = name == "cdk.json";
  if (!named && !cdk_config && !may_configure_lambda_text(name, text))
    return;
  // A deployment file saved on Windows in Windows-1252 (an accented letter
  // in a Description) is read as such, and said, rather than left unread.
  std::optional<Recoded> recoded;
  if (std::optional<std::size_t> bad = find_invalid_utf8(text))
    recoded = read_as_windows_1252(text, *bad);
  auto file = std::make_shared<const SourceFile>(
      display_path, recoded ? std::move(recoded->text) : std::move(text),
      recoded ? SourceEncoding::Cp1252 : SourceEncoding::Utf8);
  if (recoded)
    out.notices.push_back(
        {Severity::Warning,
         {file, {recoded->at, recoded->at}},
         "is not UTF-8 (byte " + recoded->byte +
             " here): read as Windows-1252, what such bytes mean in a file "
             "saved on Windows; save it as UTF-8 (iconv -f cp1252 -t "
             "utf-8), which deployment tools expect"});
  std::size_t first = out.handlers.size();
  if (is_dockerfile_name(name)) {
    read_dockerfile(file, out);
    out.files_read += out.handlers.size() > first;
  } else if (is_serverless_config_name(name)) {
    read_serverless_config(file, context, out);
  } else if (cdk_config) {
    read_cdk_config(file, out);
  } else if (is_terraform_file_name(name)) {
    read_terraform_file(file, context, out);
  } else {
    read_sam_template(file, context, out);
  }
  for (std::size_t i = first; i < out.handlers.size(); ++i) {
    ConfiguredHandler &handler = out.handlers[i];
    settle_language(handler, context.handler_modules);
    handler.read_from = file;
    // A layer AWS publishes ships known content: a missing handler module
    // cannot come from it.
    std::vector<std::string> &layers = handler.unread_layers;
    layers.erase(std::remove_if(layers.begin(), layers.end(),
                                [&](const std::string &layer) {
                                  return cannot_hold_handler_module(
                                      layer, handler.handler);
                                }),
                 layers.end());
  }
}

std::vector<std::string> python_path_entries(std::string_view value,
                                             const std::string &task_root) {
  std::vector<std::string> dirs;
  constexpr std::string_view kTaskRoot = "/var/task";
  while (!value.empty()) {
    std::string_view entry = value.substr(0, value.find(':'));
    value.remove_prefix(std::min(value.size(), entry.size() + 1));
    if (entry.substr(0, kTaskRoot.size()) == kTaskRoot &&
        (entry.size() == kTaskRoot.size() || entry[kTaskRoot.size()] == '/'))
      entry.remove_prefix(std::min(entry.size(), kTaskRoot.size() + 1));
    else if (!entry.empty() && entry.front() == '/')
      continue;
    dirs.push_back(absolute_path(task_root, entry));
  }
  return dirs;
}

std::vector<std::string> python_path_dirs(const ConfiguredHandler &configured) {
  const auto &variables = configured.environment.variables;
  auto python_path = std::find_if(
      variables.rbegin(), variables.rend(),
      [](const auto &variable) { return variable.first == "PYTHONPATH"; });
  if (python_path == variables.rend())
    return {};
  return python_path_entries(python_path->second,
                             normalized_dir(configured.code_root));
}

std::optional<std::string>
configured_module_stem(const ConfiguredHandler &configured) {
  std::string error;
  auto spec = HandlerSpec::parse(configured.handler, error);
  if (!spec)
    return std::nullopt;
  std::string stem = spec->module_stem(configured.code_root.string());
  std::vector<std::string> dirs = python_path_dirs(configured);
  auto is_module = [](const std::string &at) {
    return is_file_recorded(at + ".py") ||
           is_file_recorded(at + "/__init__.py");
  };
  // Lambda's Python runtime imports from /opt/python after the task root
  // and PYTHONPATH: a layer's python/ here may hold the handler's module.
  for (const fs::path &layer : configured.layer_roots)
    dirs.push_back(layer.lexically_normal().string());
  if (dirs.empty() || configured.language == HandlerLanguage::JavaScript ||
      is_module(stem))
    return stem;
  for (const std::string &dir : dirs)
    if (std::string there = spec->module_stem(dir); is_module(there))
      return there;
  return stem;
}

} // namespace hoist
