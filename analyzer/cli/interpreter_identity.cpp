#include "cli/interpreter_identity.h"

#include "cli/local_function.h"
#include "core/command_output.h"

namespace hoist::cli {

std::string interpreter_identity(const FunctionOptions &function) {
  const bool node = runs_on_node(function);
  const std::string command =
      node ? shell_quoted(node_program(function)) +
                 " -e 'console.log(\"node \" + process.versions.node + \" \" "
                 "+ process.execPath)'"
           : shell_quoted(function.python) +
                 " -c 'import sys; print(\"python%d.%d %s\" % "
                 "(sys.version_info[0], sys.version_info[1], "
                 "sys.executable))'";
  std::optional<std::string> said = command_output(command);
  if (!said)
    return "";
  std::string text = said->substr(0, said->find('\n'));
  // "node 18.19.0 /usr/bin/node": the executable after the second space.
  std::size_t space = text.find(' ');
  if (node && space != std::string::npos)
    space = text.find(' ', space + 1);
  if (space == std::string::npos)
    return "";
  return text.substr(0, space) + " (" + text.substr(space + 1) + ")";
}

} // namespace hoist::cli
