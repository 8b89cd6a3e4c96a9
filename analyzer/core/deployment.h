#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/function_environment.h"
#include "core/rule_registry.h"

namespace hoist {

/// The language a function's runtime runs: which front-end checks it.
enum class HandlerLanguage {
  Unknown, ///< no runtime stated, or one hoist cannot read (`!Ref Runtime`)
  Python,
  JavaScript, ///< nodejs*: JavaScript and TypeScript compiled to it
  Java,
  Go,
  DotNet,
  Ruby,
  Custom, ///< provided*: a bootstrap executable, whatever its language
};

/// Every family of Lambda runtimes, in HandlerLanguage's order.
inline constexpr HandlerLanguage kRuntimeFamilies[] = {
    HandlerLanguage::Python, HandlerLanguage::JavaScript, HandlerLanguage::Java,
    HandlerLanguage::Go,     HandlerLanguage::DotNet,     HandlerLanguage::Ruby,
    HandlerLanguage::Custom};

/// How messages name the runtimes of `language`: "Python", "Node.js",
/// "Java", "Go", ".NET", "Ruby", "custom"; "" for Unknown.
std::string runtime_name(HandlerLanguage language);

/// The language of a Lambda runtime identifier: "python3.12" is Python,
/// "nodejs20.x" JavaScript, "provided.al2023" Custom; Unknown for "".
HandlerLanguage language_of_runtime(std::string_view runtime);

/// Lambda's identifier of the Node.js runtime a CDK app names by the
/// constant `Runtime.NODEJS_<N>_X` (written in any language, qualified or
/// not): "nodejs<N>.x"; "" for another value (`NODEJS_LATEST`).
std::string cdk_node_runtime(std::string_view written);

/// A handler named by deployment configuration: a SAM or CloudFormation
/// template, serverless.yml, a Terraform file, a Dockerfile's CMD, or a CDK
/// app. Only handlers
/// whose code hoist can see are listed: inline code, archives, S3 locations
/// and code roots that do not exist are not.
struct ConfiguredHandler {
  std::string handler;             ///< the handler string: "app.lambda_handler"
  std::filesystem::path code_root; ///< absolute: what Lambda's task root holds
  std::string runtime;             ///< "python3.12", or "" when not stated
  Location where;                  ///< the handler string in the config file
  std::string origin;              ///< "function 'Orders' in template.yaml"
  HandlerLanguage language = HandlerLanguage::Unknown;
  /// The function's layers' import roots (absolute): `/opt/python` at run
  /// time.
  std::vector<std::filesystem::path> layer_roots{};
  /// The function's layers whose content hoist cannot read, as written (a
  /// published layer's ARN, `!Sub ...`, a parameter's `!Ref`, a layer
  /// resource whose content is not here): Lambda imports the handler's
  /// module from `/opt/python` too, so it may come from one of them
  /// (Datadog's, Lumigo's, New Relic's and IOpipe's wrapper handlers).
  /// Not those AWS publishes that cannot hold it (`published_layers.h`).
  std::vector<std::string> unread_layers{};
  /// The variables the file sets for the function (templates,
  /// serverless.yml and Terraform files).
  FunctionEnvironment environment{};
  /// The sources a bundler builds the code from (SAM's `BuildMethod:
  /// esbuild` `EntryPoints`; absolute): the handler's module is one of their
  /// outputs, not a file of the code root.
  std::vector<std::filesystem::path> build_entry_points{};
  /// The code root is a directory a build makes that is not there
  /// (`CodeUri: dist/`, tsc's output): listed for the Node.js front-end,
  /// which may find the one source file the build makes the handler's module
  /// from (then the function's runtime is known); handler-not-found is not
  /// said of such a function.
  bool code_unbuilt = false;
  /// For such a function, the -v note that its code is not located, which
  /// the front-end says when it matches no source.
  std::string unbuilt_note{};
  /// Read from a Dockerfile through the template that builds its image (with
  /// the template's build context), not from the Dockerfile alone.
  bool built_by_template = false;
  /// Why the runtime the file gives cannot be read ("gives its runtime as
  /// '${opt:runtime}', ..."), or "": runtime is then "", and what depends
  /// on it is said as a condition.
  std::string runtime_unread{};
  /// How many functions it stands for: the instances of a Terraform
  /// `count` or `for_each` that share its handler and code are one
  /// function to check, counted as theirs in -v's sums.
  std::size_t instances = 1;
  /// The deployment file whose reading lists it, which -v's sums count it
  /// in: `where` may be in a file it reads (a Terraform module it calls, a
  /// serverless.yml `${file(...)}`). Null for a front-end's own CDK apps.
  SourceFilePtr read_from{};
};

/// A configured function a front-end found and checked: where its handler
/// string is, which string, which function, and how many functions it
/// stands for (-v sums them up per deployment file).
struct CheckedFunction {
  Location where;
  std::string handler;
  /// ConfiguredHandler::origin: functions may share one handler string at
  /// one place (a SAM template's Globals), each with its own code.
  std::string origin;
  std::size_t instances = 1;
  SourceFilePtr read_from; ///< ConfiguredHandler::read_from, else where's

  explicit CheckedFunction(const ConfiguredHandler &configured)
      : where(configured.where), handler(configured.handler),
        origin(configured.origin), instances(configured.instances),
        read_from(configured.read_from ? configured.read_from
                                       : configured.where.file) {}
};

/// The handler-not-found finding for `configured`: `problem` says why
/// Lambda cannot call it.
Diagnostic handler_not_found(const ConfiguredHandler &configured,
                             const std::string &problem,
                             const RuleRegistry &registry);

/// Something a deployment file says that the user should know, at its place:
/// a repeated key, a value of the wrong type, a path outside the tree.
struct DeploymentNotice {
  Severity severity = Severity::Warning;
  Location where;
  std::string message;
  /// Said only with -v: a configured handler whose code hoist cannot see
  /// (inline, an archive, an image, a custom runtime's executable).
  bool verbose_only = false;
};

/// The -v note at `where` for function `function` whose code hoist cannot
/// locate (`why`: in an archive, an image, a directory that is not there):
/// its handler string and runtime go unused, but the files checked are
/// still checked, with the handlers their names suggest (fresh24 UX 6: "is
/// not checked" was said of code hoist checked and reported in).
DeploymentNotice code_not_located(Location where, const std::string &function,
                                  const std::string &why);

/// What the -v note at `configured` says when hoist found its handler in
/// `module` (as reports name it), a file that is not among the files
/// checked (a deployment file checked alone, as pre-commit checks a commit
/// that changes only it): the handler string was checked, its code was not.
std::string code_not_among_checked(const ConfiguredHandler &configured,
                                   const std::string &module);

/// What the deployment files of a project say, the files that could not be
/// read (those marked `skipped` are warnings: over max-file-size, a path
/// hoist declined to read, an image that cannot start), and the notices found
/// while reading them at their place.
struct DeploymentScan {
  std::vector<ConfiguredHandler> handlers;
  std::vector<LoadError> errors;
  std::vector<DeploymentNotice> notices;
  /// Dockerfiles a template builds: their handlers come from the template's
  /// reading (its build context and ImageConfig), not from the Dockerfile's
  /// alone (absolute, normalized).
  std::vector<std::string> dockerfiles_built_elsewhere;
  /// What Dockerfiles read on their own find wrong with their image as a
  /// function (a CMD that cannot start it, a COPY hoist does not read):
  /// warnings when the project deploys images (image_functions) or has no
  /// other configuration (configurations_read), else not said.
  std::vector<LoadError> image_warnings;
  /// Templates, serverless.yml files and CDK apps read.
  std::size_t configurations_read = 0;
  /// How many functions each template or serverless.yml read defines,
  /// located or not (-v sums up what hoist checked of them).
  std::vector<std::pair<SourceFilePtr, std::size_t>> functions_defined;
  /// Whether one of them deploys a function from an image (PackageType:
  /// Image, a serverless.yml `image`), or may (a CDK app, whose constructs
  /// this reader does not see).
  bool image_functions = false;
  /// A Terraform file's module directory (absolute, normalized), and the
  /// local modules it calls: a module some file calls is read through its
  /// callers, its variables set by them, not on its own with their defaults.
  std::string terraform_module;
  std::vector<std::string> terraform_modules_called;
  /// The files read as Lambda configuration (templates and serverless.yml
  /// files that parse, Dockerfiles that run the Python runtime): the
  /// summaries count them among the files checked.
  std::size_t files_read = 0;
};

/// How a runtime finds a handler's module, as the front-end that serves it
/// says (FrontEnd::handler_modules).
struct HandlerModules {
  HandlerLanguage runtime = HandlerLanguage::Unknown;
  /// The files, relative to the code root, that a handler string's module
  /// part (`src/app` of `src/app.handler`) may name, in the order the
  /// runtime looks for them.
  std::function<std::vector<std::string>(const std::string &module)> files;
};

/// How deployment files are read.
struct DeploymentContext {
  /// The trees being checked (absolute, normalized): code a deployment file
  /// points to outside them is not read.
  std::vector<std::filesystem::path> checked_trees;
  /// Larger files are skipped (with a notice when their name says they are
  /// deployment configuration).
  std::uintmax_t max_file_size = kDefaultMaxFileSize;
  /// How the runtimes find a handler's module, in the front-ends' order:
  /// a function whose runtime no file states runs on the first whose
  /// module file is there (settle_language). Empty: none is guessed.
  std::vector<HandlerModules> handler_modules{};
};

/// True for files hoist may read as deployment configuration:
/// serverless.yml/.yaml, Dockerfiles (is_dockerfile_name), YAML/JSON files
/// (`.yaml`, `.yml`, `.json`, `.template`), which are read when their text
/// shows a CloudFormation or SAM template, and Terraform's `.tf` files, read
/// when their text shows a Lambda function (may_be_terraform_lambda).
bool is_deployment_file(const std::filesystem::path &path);

/// Reads one deployment file into `out`. Files that are not Lambda
/// configuration (a Dockerfile for something else, a YAML file that is no
/// template, a template without functions) add nothing.
void read_deployment_file(const std::filesystem::path &path,
                          const std::string &display_path,
                          const DeploymentContext &context,
                          DeploymentScan &out);

// One reader per format; read_deployment_file picks by name and content.
void read_sam_template(const SourceFilePtr &file,
                       const DeploymentContext &context, DeploymentScan &out);
void read_serverless_config(const SourceFilePtr &file,
                            const DeploymentContext &context,
                            DeploymentScan &out);
/// True for a serverless.yml whose provider is not AWS (Tencent, Twilio,
/// Azure, ...): the functions it deploys are not Lambda functions.
bool deploys_elsewhere(std::string_view serverless_yml);
/// A Terraform `.tf` file: its `aws_lambda_function` resources and
/// terraform-aws-modules/lambda modules, read with the other .tf files of
/// its directory (one Terraform module).
void read_terraform_file(const SourceFilePtr &file,
                         const DeploymentContext &context, DeploymentScan &out);
/// cdk.json: a -v note when its app is not a Python one, which hoist does
/// not read.
void read_cdk_config(const SourceFilePtr &file, DeploymentScan &out);
/// Where a CDK app's relative paths (`Code.fromAsset("lambda")`, an entry)
/// resolve: the nearest directory at or above `module_dir` holding
/// cdk.json, where the CDK CLI runs the app; else `module_dir`.
std::filesystem::path cdk_app_directory(const std::filesystem::path &module_dir);
/// A Dockerfile built with its own directory as the context (dockerfile.h
/// has the general form).
void read_dockerfile(const SourceFilePtr &file, DeploymentScan &out);

/// True when the deployment file at `path` may name Lambda handlers: a
/// serverless.yml, a Dockerfile, a template by name, or a YAML, JSON or
/// `.tf` file whose text shows one (a file that cannot be read within
/// `max_size` bytes: false).
bool may_configure_lambda(const std::filesystem::path &path,
                          std::uintmax_t max_size);

/// True when `text` may be a CloudFormation or SAM template that defines
/// Lambda functions or layers: a byte scan, so that the many YAML and JSON
/// files that are not are never parsed.
bool may_be_lambda_template(std::string_view text);

/// True when `text` (a `.tf` file) may define a Lambda function: a byte
/// scan, as may_be_lambda_template's.
bool may_be_terraform_lambda(std::string_view text);

/// True when `path` (absolute, normalized) is one of `trees` or inside one.
bool is_inside_trees(const std::filesystem::path &path,
                     const std::vector<std::filesystem::path> &trees);

/// Sets `handler.language` from its runtime, else to the first of
/// `modules`' runtimes whose module file its handler string names under its
/// code root (Python's `app.py` for `app.handler`).
void settle_language(ConfiguredHandler &handler,
                     const std::vector<HandlerModules> &modules);

/// The directories the `PYTHONPATH` value `value` puts on Python's import
/// path for a function whose task root is `task_root` (absolute, normalized),
/// in order: its relative entries and those under /var/task are the task
/// root's (Lambda runs the function from there); others (/opt/python, a
/// layer's) are not in the repository and not listed.
std::vector<std::string> python_path_entries(std::string_view value,
                                             const std::string &task_root);

/// python_path_entries of the `PYTHONPATH` the deployment file sets for a
/// function, under its code root.
std::vector<std::string> python_path_dirs(const ConfiguredHandler &configured);

/// `<code root>/<module path>` of a configured handler, absolute and
/// normalized (Python adds `.py` or `/__init__.py` for its file), or
/// nothing for a malformed handler string. When the code root has no such
/// module and the function's `PYTHONPATH` names a directory that does
/// (`PYTHONPATH: src`, `src/handlers.py` for `handlers.main`), that
/// directory's: Lambda's runtime imports the module from there.
std::optional<std::string>
configured_module_stem(const ConfiguredHandler &configured);

} // namespace hoist
