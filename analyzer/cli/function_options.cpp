// The command lines of `hoist verify` and `hoist runtime serve`.
#include <cstring>

#include "cli/local_function.h"
#include "cli/option_scanner.h"
#include "cli/options.h"
#include "core/closest_name.h"

namespace hoist::cli {
namespace {

// Reads the options both commands share. Returns true when `option` was one
// of them; false with `error` empty when it was not.
bool function_option(FunctionOptions &function, const OptionArgument &option,
                     std::string &error) {
  const std::string &value = option.value;
  long number = 0;
  if (option.name == "--handler")
    function.handler = value;
  else if (option.name == "--root")
    function.root = value;
  else if (option.name == "--python")
    function.python = value;
  else if (option.name == "--node")
    function.node = value;
  else if (option.name == "--bootstrap")
    function.bootstrap = value;
  else if (option.name == "--timeout") {
    if (!parse_number("--timeout", value, 1, 900, number, error))
      return false;
    function.timeout_s = static_cast<unsigned>(number);
  } else if (option.name == "--env") {
    std::size_t equals = value.find('=');
    std::string name = value.substr(0, equals);
    if (equals == std::string::npos || name.empty()) {
      error = "--env takes NAME=VALUE (an empty value is 'NAME='), not '" +
              value + "'";
      return false;
    }
    if (std::string why = why_not_settable(name); !why.empty()) {
      error = "--env cannot set '" + name + "': " + why;
      return false;
    }
    function.environment.emplace_back(name, value.substr(equals + 1));
  } else if (option.name == "--memory") {
    if (!parse_number("--memory", value, 128, 10240, number, error))
      return false;
    function.memory_mb = static_cast<unsigned>(number);
  } else
    return false;
  return true;
}

/// "unknown option" for `command`, with the option meant when it is close to
/// one of the shared options or `own`.
std::string unknown_option(const std::string &name, const std::string &command,
                           std::vector<std::string> own) {
  for (const char *shared :
       {"--handler", "--root", "--python", "--node", "--bootstrap", "--timeout",
        "--memory", "--env", "--help"})
    own.push_back(shared);
  std::string advice = did_you_mean(name, own);
  return "unknown option '" + name + "' for " + command +
         (advice.empty()
              ? "; run 'hoist " + command + " --help' for the options"
              : advice);
}

bool is_help(const char *argument) {
  return std::strcmp(argument, "-h") == 0 ||
         std::strcmp(argument, "--help") == 0;
}

// What the shared part of both commands' loops made of argv[i].
enum class Step {
  Help,   ///< -h/--help
  Shared, ///< a FunctionOptions option, stored
  Own,    ///< an option with its value in `option`, for the command itself
  Failed, ///< a usage error, in `error`
};

Step read_option(FunctionOptions &function, int &i, int argc, char **argv,
                 OptionArgument &option, std::string &error) {
  if (is_help(argv[i]))
    return Step::Help;
  option = split_option(argv[i]);
  if (option.name.rfind("-", 0) != 0) {
    error = std::string("unexpected argument '") + argv[i] +
            "'; name the handler with --handler";
    return Step::Failed;
  }
  if (!take_value(option, i, argc, argv, error))
    return Step::Failed;
  if (function_option(function, option, error))
    return Step::Shared;
  return error.empty() ? Step::Own : Step::Failed;
}

} // namespace

std::optional<Command> parse_verify(int argc, char **argv, int first,
                                    std::string &error) {
  Command command;
  command.kind = Command::Kind::Verify;
  VerifyOptions &options = command.verify;
  for (int i = first; i < argc; ++i) {
    if (std::strcmp(argv[i], "--unsafe-fixes") == 0) {
      options.unsafe_fixes = true;
      continue;
    }
    if (std::strcmp(argv[i], "--quiet") == 0 ||
        std::strcmp(argv[i], "-q") == 0) {
      options.quiet = true;
      continue;
    }
    if (std::strcmp(argv[i], "--") == 0) {
      options.compiler_flags.assign(argv + i + 1, argv + argc);
      break;
    }
    OptionArgument option;
    Step step = read_option(options.function, i, argc, argv, option, error);
    if (step == Step::Help) {
      command.kind = Command::Kind::Help;
      command.help = HelpTopic::Verify;
      return command;
    }
    if (step == Step::Failed)
      return std::nullopt;
    if (step == Step::Shared)
      continue;
    long number = 0;
    if (option.name == "--events") {
      options.events = option.value;
    } else if (option.name == "--invocations") {
      if (!parse_number("--invocations", option.value, 1, 10000, number, error))
        return std::nullopt;
      options.invocations = static_cast<unsigned>(number);
    } else if (option.name == "--format" || option.name == "--output-format") {
      if (option.value == "text")
        options.format = Format::Text;
      else if (option.value == "json")
        options.format = Format::Json;
      else {
        error =
            "verify's --format takes text or json, not '" + option.value + "'";
        return std::nullopt;
      }
    } else if (option.name == "--output" || option.name == "-o") {
      options.output_file = option.value;
    } else if (option.name == "--color") {
      if (!parse_color(option.value, options.color, error))
        return std::nullopt;
    } else if (option.name == "--report") {
      options.report_html = option.value;
    } else if (option.name == "--cpp") {
      options.cpp_source = option.value;
    } else if (option.name == "--link") {
      options.link.push_back(option.value);
    } else {
      error = unknown_option(option.name, "verify",
                             {"--events", "--invocations", "--format",
                              "--output-format", "--output", "--color",
                              "--quiet", "--report", "--cpp", "--link",
                              "--unsafe-fixes"});
      return std::nullopt;
    }
  }
  if ((options.function.handler.empty() && options.cpp_source.empty()) ||
      options.events.empty()) {
    error = "verify needs --handler path/module.function (Python) or "
            "path/file.export (Node.js), or --cpp FILE for a C++ handler, and "
            "--events FILE_OR_DIR";
    return std::nullopt;
  }
  if (!options.function.bootstrap.empty()) {
    error = "verify builds its own runtime process; --bootstrap is for "
            "'hoist runtime serve' (for C++, give the source with --cpp)";
    return std::nullopt;
  }
  return command;
}

std::optional<Command> parse_serve(int argc, char **argv, int first,
                                   std::string &error) {
  Command command;
  command.kind = Command::Kind::Serve;
  ServeOptions &options = command.serve;
  for (int i = first; i < argc; ++i) {
    OptionArgument option;
    Step step = read_option(options.function, i, argc, argv, option, error);
    if (step == Step::Help) {
      command.kind = Command::Kind::Help;
      command.help = HelpTopic::Serve;
      return command;
    }
    if (step == Step::Failed)
      return std::nullopt;
    if (step == Step::Shared)
      continue;
    long port = 0;
    if (option.name == "--port") {
      if (!parse_number("--port", option.value, 0, 65535, port, error))
        return std::nullopt;
      options.port = static_cast<int>(port);
    } else {
      error = unknown_option(option.name, "runtime serve", {"--port"});
      return std::nullopt;
    }
  }
  if (options.function.handler.empty() && options.function.bootstrap.empty()) {
    error = "runtime serve needs --handler path/module.function (Python), "
            "--handler path/file.export (Node.js) or --bootstrap EXE (a "
            "custom runtime)";
    return std::nullopt;
  }
  return command;
}

} // namespace hoist::cli
