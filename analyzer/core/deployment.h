#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace hoist {

/// The rule that reports configured handlers Lambda would not find.
inline constexpr const char *kHandlerNotFoundRule = "handler-not-found";

/// A handler named by deployment configuration: a SAM or CloudFormation
/// template, serverless.yml, a Dockerfile's CMD, or a CDK app.
struct ConfiguredHandler {
  std::string handler;             ///< the handler string: "app.lambda_handler"
  std::filesystem::path code_root; ///< absolute: what Lambda's task root holds
  std::string runtime;             ///< "python3.12", or "" when not stated
  Location where;                  ///< the handler string in the config file
  std::string origin;              ///< "function 'Orders' in template.yaml"
};

/// What the deployment files of a project say, and the files that could not
/// be read (malformed YAML, say), each with a message; those marked
/// `skipped` are warnings (over max-file-size, a path hoist declined to
/// read, an image that cannot start).
struct DeploymentScan {
  std::vector<ConfiguredHandler> handlers;
  std::vector<LoadError> errors;
};

/// True for file names hoist reads as deployment configuration:
/// template.yaml/.yml/.json, serverless.yml/.yaml, Dockerfiles
/// (is_dockerfile_name).
bool is_deployment_file(const std::filesystem::path &path);

/// Reads one deployment file (by its name) into `out`. Files that are not
/// Lambda configuration (a Dockerfile for something else, a template without
/// functions) add nothing; files larger than `max_size` are skipped with a
/// notice, as source files are (max-file-size).
void read_deployment_file(const std::filesystem::path &path,
                          const std::string &display_path, DeploymentScan &out,
                          std::uintmax_t max_size = kDefaultMaxFileSize);

// One reader per format; read_deployment_file picks by name.
void read_sam_template(const SourceFilePtr &file, DeploymentScan &out);
void read_serverless_config(const SourceFilePtr &file, DeploymentScan &out);
/// A Dockerfile built with its own directory as the context (dockerfile.h
/// has the general form).
void read_dockerfile(const SourceFilePtr &file, DeploymentScan &out);

/// True for runtimes hoist analyzes (Python), and for an unstated runtime.
bool is_python_runtime(const std::string &runtime);

} // namespace hoist
