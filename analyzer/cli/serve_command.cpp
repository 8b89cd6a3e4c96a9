#include "cli/serve_command.h"

#include <csignal>
#include <iostream>
#include <thread>

#include "cli/command_error.h"
#include "cli/local_function.h"
#include "cli/task_root_copy.h"

namespace hoist::cli {
namespace {

volatile std::sig_atomic_t interrupted = 0;

void on_interrupt(int) { interrupted = 1; }

} // namespace

int run_serve(const ServeOptions &options) {
  std::string error;
  if (!check_function(options.function, error))
    return command_error(error);
  // The handler runs in a read-only copy, as in Lambda's /var/task: it
  // cannot change the project's files.
  ScratchDirectory copy;
  if (!copy.create("hoist-serve-", error))
    return command_error(error);
  const std::filesystem::path task_root = copy.path() / "task";
  const bool node =
      options.function.bootstrap.empty() && runs_on_node(options.function);
  if (!copy_task_root(std::filesystem::absolute(options.function.root),
                      task_root, node, error))
    return command_error(error);
  make_read_only(task_root);
  runtime::ExecutionEnvironment environment(
      local_function(options.function, task_root, {}), std::cerr);
  if (!environment.start(error) ||
      !environment.serve_invocations(options.port, error))
    return command_error(error);
  // One write: invocations (and their log lines) may begin at once.
  std::cerr << "hoist: serving " +
                   (options.function.bootstrap.empty()
                        ? options.function.handler
                        : options.function.bootstrap) +
                   " on http://" + environment.invoke_address() +
                   "\n  invoke: curl -d '{}' http://" +
                   environment.invoke_address() +
                   "/2015-03-31/functions/function/invocations\n"
                   "  stop with Ctrl-C\n";
  for (int signal : {SIGINT, SIGTERM, SIGHUP})
    std::signal(signal, on_interrupt);
  // The signal handler only sets a flag; stopping happens here, off the
  // signal context.
  while (!interrupted)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  environment.stop();
  std::cerr << "hoist: stopped\n";
  return 0;
}

} // namespace hoist::cli
