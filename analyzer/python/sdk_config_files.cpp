#include "python/sdk_config_files.h"

#include <algorithm>
#include <string_view>

#include "core/function_environment.h"
#include "python/invoke_effects.h"
#include "python/module_model.h"

namespace hoist::python {
namespace {

bool names_sdk_file(const std::string &variable) {
  return variable == "AWS_CONFIG_FILE" ||
         variable == "AWS_SHARED_CREDENTIALS_FILE";
}

/// The variable that names the directories of service models.
constexpr const char *kDataPath = "AWS_DATA_PATH";

/// Adds the directories `value` of AWS_DATA_PATH names to `files` ("" for
/// one not known).
void add_data_paths(SdkConfigFiles &files, const std::string &value) {
  if (value.empty()) {
    files.data_paths.emplace_back();
    return;
  }
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t end = value.find(':', start);
    if (end == std::string::npos)
      end = value.size();
    if (end > start)
      files.data_paths.push_back(value.substr(start, end - start));
    start = end + 1;
  }
}

/// True when `path` does not depend on the working directory.
bool anchored(const std::string &path) {
  return !path.empty() && (path.front() == '/' || path.front() == '~');
}

/// The path a module-level write of the environment (`os.environ[k] = v`,
/// `os.environ.setdefault(k, v)`) gives its variable, "" when not a literal.
std::string written_value(const SyntaxTree &tree, TSNode write) {
  TSNode value;
  if (is(write, "assignment"))
    value = field(write, "right");
  else if (is(write, "call")) {
    std::vector<TSNode> arguments = named_children(field(write, "arguments"));
    if (arguments.size() == 2 && !is(arguments[1], "keyword_argument"))
      value = arguments[1];
  }
  if (ts_node_is_null(value))
    return "";
  return string_value(tree, value).value_or("");
}

/// True when `path` is `directory` or under it.
bool under(const std::string &path, const std::string &directory) {
  std::string top = directory;
  while (top.size() > 1 && top.back() == '/')
    top.pop_back();
  return path == top || path.rfind(top + "/", 0) == 0;
}

} // namespace

std::string path_base_name(const std::string &path) {
  std::size_t end = path.find_last_not_of('/');
  if (end == std::string::npos)
    return "";
  std::size_t slash = path.find_last_of('/', end);
  return path.substr(slash == std::string::npos ? 0 : slash + 1,
                     end - (slash == std::string::npos ? 0 : slash + 1) + 1);
}

std::string SdkConfigFiles::may_name_under(const std::string &directory) const {
  for (const auto &[variable, value] : named)
    if (value.empty() || !anchored(value) || !anchored(directory) ||
        value.front() != directory.front() || under(value, directory))
      return variable;
  return "";
}

std::string SdkConfigFiles::may_name(const std::string &path) const {
  for (const auto &[variable, value] : named) {
    bool other = !value.empty() &&
                 (path_base_name(value) != path_base_name(path) ||
                  (anchored(value) && anchored(path) &&
                   value.front() == path.front() && value != path));
    if (!other)
      return variable;
  }
  return "";
}

std::string SdkConfigFiles::relative() const {
  for (const auto &[variable, value] : named)
    if (!anchored(value))
      return variable;
  return "";
}

std::string SdkConfigFiles::said(const std::string &variable) const {
  for (const auto &[name, value] : named)
    if (name == variable)
      return variable + (value.empty() ? " names (a path hoist cannot read)"
                                       : " names '" + value + "'");
  return variable;
}

SdkConfigFiles::ModelPlace
SdkConfigFiles::model_place(const std::vector<std::string> &literals,
                            const std::string &leading) const {
  bool aws = false, models = false;
  for (const std::string &literal : literals) {
    // A path read from the variable (`os.environ["AWS_DATA_PATH"]`).
    if (literal.find(".aws/models") != std::string::npos ||
        literal == kDataPath)
      return ModelPlace::Inside;
    // `os.path.join(home, ".aws", "models")`
    aws = aws || literal == ".aws" || literal.find("/.aws") != std::string::npos;
    models = models || literal == "models" || literal.rfind("models/", 0) == 0;
    for (const std::string &directory : data_paths)
      if (anchored(directory) && under(literal, directory))
        return ModelPlace::Inside;
  }
  if (aws && models)
    return ModelPlace::Inside;
  if (leading.empty() || leading.front() != '/' ||
      leading.find(".aws") != std::string::npos)
    return ModelPlace::Unknown;
  for (const std::string &directory : data_paths)
    if (!anchored(directory) || under(directory, leading))
      return ModelPlace::Unknown;
  return ModelPlace::Outside;
}

std::string SdkConfigFiles::model_directories() const {
  if (data_paths.empty())
    return "~/.aws/models";
  std::string named;
  for (const std::string &directory : data_paths)
    named += (named.empty() ? "'" : ", '") +
             (directory.empty() ? std::string("?") : directory) + "'";
  return "the directories AWS_DATA_PATH names (" + named + ")";
}

SdkConfigFiles sdk_config_files(const NameResolver &resolver,
                                const Handler &handler,
                                const std::vector<ReachedFunction> &reached) {
  SdkConfigFiles files;
  if (handler.environment) {
    for (const auto &[name, value] : handler.environment->variables)
      if (names_sdk_file(name))
        files.named.emplace_back(name, value);
      else if (name == kDataPath)
        add_data_paths(files, value);
    for (const std::string &name : handler.environment->unknown)
      if (names_sdk_file(name))
        files.named.emplace_back(name, "");
      else if (name == kDataPath)
        add_data_paths(files, "");
  }
  std::vector<const ModuleModel *> modules;
  if (handler.function_module)
    modules.push_back(handler.function_module);
  for (const ReachedFunction &function : reached)
    if (std::find(modules.begin(), modules.end(), function.module) ==
        modules.end())
      modules.push_back(function.module);
  for (const ModuleModel *module : modules) {
    // Only a module that names a variable can set it by name: the walk is
    // saved for the others, nearly all.
    std::string_view text = module->tree().text(module->tree().root());
    if (text.find("AWS_CONFIG_FILE") == std::string_view::npos &&
        text.find("AWS_SHARED_CREDENTIALS_FILE") == std::string_view::npos &&
        text.find(kDataPath) == std::string_view::npos)
      continue;
    for (const EnvironmentWrite &write : environment_writes(
             resolver, {module, nullptr}, module->tree().root()))
      for (const std::string &key : write.keys)
        if (names_sdk_file(key))
          files.named.emplace_back(key,
                                   written_value(module->tree(), write.node));
        else if (key == kDataPath)
          add_data_paths(files, written_value(module->tree(), write.node));
  }
  return files;
}

} // namespace hoist::python
