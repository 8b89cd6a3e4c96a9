#include "cli/local_function.h"

#include <algorithm>
#include <iterator>

#include <unistd.h>

#include "core/data_dir.h"
#include "core/deployment.h"
#include "core/function_environment.h"
#include "core/paths.h"

namespace hoist::cli {

namespace fs = std::filesystem;

namespace {

// Port 9 (discard) on loopback: nothing listens, so a request fails at once.
constexpr const char *kNoWhere = "http://127.0.0.1:9";

bool on_path(const std::string &program) {
  if (program.find('/') != std::string::npos)
    return access(program.c_str(), X_OK) == 0;
  const char *path = getenv("PATH");
  std::string directories = path ? path : "/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= directories.size()) {
    std::size_t end = directories.find(':', start);
    if (end == std::string::npos)
      end = directories.size();
    fs::path candidate =
        fs::path(directories.substr(start, end - start)) / program;
    if (access(candidate.c_str(), X_OK) == 0)
      return true;
    start = end + 1;
  }
  return false;
}

// What keeps the function off the network and runs hoist's runtime client.
constexpr const char *kSetByHoist[] = {
    "HTTP_PROXY",     "HTTPS_PROXY", "http_proxy",
    "https_proxy",    "NO_PROXY",    "no_proxy",
    "ALL_PROXY",      "all_proxy",   "AWS_EC2_METADATA_DISABLED",
    "HOIST_CATALOGUE", "HOIST_CONSTRUCTION_LOG",
};

// The function's own PYTHONPATH follows the runtime client's directory.
constexpr const char *kPythonPath = "PYTHONPATH";

// No SDK retries: every endpoint is the closed proxy, and botocore's
// default five attempts with backoff take 9 s to fail one call (one: 0.04 s).
constexpr const char *kMaxAttempts = "AWS_MAX_ATTEMPTS";

} // namespace

std::string node_file_stem(const std::string &handler) {
  std::size_t slash = handler.rfind('/');
  std::size_t dot =
      handler.find('.', slash == std::string::npos ? 0 : slash + 1);
  return dot == std::string::npos ? "" : handler.substr(0, dot);
}

bool runs_on_node(const FunctionOptions &function) {
  if (!function.node.empty())
    return true;
  // Python's runtime reads `module.function` up to the last dot.
  const std::string &text = function.handler;
  const std::string stem = node_file_stem(text);
  if (stem.empty())
    return false;
  std::string python_module = text.substr(0, text.rfind('.'));
  std::replace(python_module.begin(), python_module.end(), '.', '/');
  const fs::path root = fs::absolute(function.root);
  std::error_code ec;
  if (fs::is_regular_file(root / (python_module + ".py"), ec) ||
      fs::is_regular_file(root / python_module / "__init__.py", ec))
    return false;
  // A directory (`src/.handler`) loads as its index file.
  const fs::path file = fs::is_directory(root / stem, ec)
                            ? root / stem / "index"
                            : root / stem;
  for (const char *extension : {".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"})
    if (fs::is_regular_file(file.string() + extension, ec))
      return true;
  return false;
}

std::string node_program(const FunctionOptions &function) {
  if (function.node.empty())
    return "node";
  // A path is the user's, from where hoist runs; the runtime process runs in
  // the task root.
  if (function.node.find('/') != std::string::npos)
    return fs::absolute(function.node).string();
  return function.node;
}

std::string why_not_settable(const std::string &name) {
  if (reserved_by_lambda(name))
    return "Lambda reserves it and sets it itself";
  if (std::find(std::begin(kSetByHoist), std::end(kSetByHoist), name) !=
      std::end(kSetByHoist))
    return "hoist sets it to keep the function off the network and run its "
           "runtime client";
  return "";
}

bool check_function(const FunctionOptions &function, std::string &error) {
  std::error_code ignored;
  if (!fs::is_directory(function.root, ignored)) {
    error = "the task root '" + function.root + "' is not a directory";
    return false;
  }
  if (!function.bootstrap.empty()) {
    if (access(function.bootstrap.c_str(), X_OK) != 0) {
      error = "the bootstrap '" + function.bootstrap +
              "' is not an executable file";
      return false;
    }
    return true;
  }
  if (runs_on_node(function)) {
    if (!on_path(node_program(function))) {
      error = "cannot find Node.js '" + node_program(function) +
              "'; name it with --node";
      return false;
    }
    return true;
  }
  if (!on_path(function.python)) {
    error = "cannot find the Python interpreter '" + function.python +
            "'; name one with --python";
    return false;
  }
  return true;
}

runtime::FunctionSettings local_function(const FunctionOptions &function,
                                         const fs::path &task_root,
                                         const fs::path &construction_log) {
  runtime::FunctionSettings settings;
  std::error_code ec;
  settings.task_root = fs::weakly_canonical(fs::absolute(task_root), ec);
  settings.read_only_task_root = true; // always a copy of the user's
  settings.handler = function.handler;
  settings.memory_mb = function.memory_mb;
  settings.timeout = std::chrono::seconds(function.timeout_s);
  settings.environment = {{"HTTP_PROXY", kNoWhere},
                          {"HTTPS_PROXY", kNoWhere},
                          {"http_proxy", kNoWhere},
                          {"https_proxy", kNoWhere},
                          {"NO_PROXY", "127.0.0.1,localhost"},
                          {"no_proxy", "127.0.0.1,localhost"}};
  if (!function.bootstrap.empty()) {
    settings.command = {fs::absolute(function.bootstrap).string()};
  } else if (runs_on_node(function)) {
    settings.command = {
        node_program(function),
        (find_data_dir() / "runtime" / "node" / "bootstrap.js").string()};
  } else {
    fs::path data = find_data_dir();
    settings.command = {function.python, "-B", "-m", "hoist_lambda_runtime"};
    // The function's own after it, in the copy of the task root it runs in.
    std::string python_path = (data / "runtime" / "python").string();
    for (const auto &[name, value] : function.environment) {
      if (name != kPythonPath)
        continue;
      python_path = (data / "runtime" / "python").string();
      for (const std::string &dir :
           python_path_entries(value, normalized_dir(settings.task_root)))
        python_path += ":" + dir;
    }
    settings.environment.push_back({kPythonPath, python_path});
    settings.environment.push_back({"PYTHONDONTWRITEBYTECODE", "1"});
    settings.environment.push_back({"PYTHONUNBUFFERED", "1"});
  }
  if (!construction_log.empty()) {
    settings.environment.push_back(
        {"HOIST_CATALOGUE",
         (find_data_dir() / "rules" / "catalogue.json").string()});
    settings.environment.push_back(
        {"HOIST_CONSTRUCTION_LOG", construction_log.string()});
  }
  if (std::none_of(function.environment.begin(), function.environment.end(),
                   [](const auto &variable) {
                     return variable.first == kMaxAttempts;
                   }))
    settings.environment.push_back({kMaxAttempts, "1"});
  // Last: the environment lets them replace Lambda's (LANG, TZ, PATH).
  for (const auto &variable : function.environment)
    if (variable.first != kPythonPath || !function.bootstrap.empty() ||
        runs_on_node(function))
      settings.environment.push_back(variable);
  return settings;
}

} // namespace hoist::cli
