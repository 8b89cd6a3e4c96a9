#include "cli/server_command.h"

#include <iostream>

#include "cli/command_error.h"
#include "core/data_dir.h"
#include "core/rule_registry.h"
#include "server/json_rpc.h"
#include "server/language_server.h"

namespace hoist::cli {
namespace {

// Long enough to let a burst of keystrokes pass, short enough to feel
// immediate.
constexpr std::chrono::milliseconds kDebounce{150};

} // namespace

int run_server() {
  std::optional<RuleRegistry> registry;
  try {
    registry = RuleRegistry::load(find_data_dir() / "rules");
  } catch (const std::exception &error) {
    return command_error(
        std::string("cannot load the rule catalogue: ") + error.what() +
        " (set HOIST_DATA_DIR to the directory holding rules/)");
  }
  server::JsonRpcConnection connection(std::cin, std::cout);
  server::LanguageServer language_server(connection, std::move(*registry),
                                         kDebounce);
  return language_server.run();
}

} // namespace hoist::cli
