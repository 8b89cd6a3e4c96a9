#include "cli/serve_command.h"

#include <csignal>
#include <iostream>
#include <thread>

#include "cli/command_error.h"
#include "cli/local_function.h"

namespace hoist::cli {
namespace {

volatile std::sig_atomic_t interrupted = 0;

void on_interrupt(int) { interrupted = 1; }

} // namespace

int run_serve(const ServeOptions &options) {
  std::string error;
  if (!check_function(options.function, error))
    return command_error(error);
  runtime::ExecutionEnvironment environment(
      local_function(options.function, options.function.root, {}), std::cerr);
  if (!environment.start(error) ||
      !environment.serve_invocations(options.port, error))
    return command_error(error);
  std::cerr << "hoist: serving "
            << (options.function.bootstrap.empty() ? options.function.handler
                                                   : options.function.bootstrap)
            << " on http://" << environment.invoke_address() << "\n"
            << "  invoke: curl -d '{}' http://" << environment.invoke_address()
            << "/2015-03-31/functions/function/invocations\n"
            << "  stop with Ctrl-C\n";
  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
  // The signal handler only sets a flag; stopping happens here, off the
  // signal context.
  while (!interrupted)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  environment.stop();
  std::cerr << "hoist: stopped\n";
  return 0;
}

} // namespace hoist::cli
