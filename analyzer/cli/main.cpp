#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "cli/check_command.h"
#include "cli/command_error.h"
#include "cli/options.h"
#include "cli/rules_command.h"
#include "cli/serve_command.h"
#include "cli/server_command.h"
#include "cli/stdin_buffer.h"
#include "cli/verify_command.h"
#include "core/data_dir.h"
#include "setup/registered_front_ends.h"

#ifdef HOIST_MIMALLOC
#include <mimalloc.h>
#endif

namespace hoist::cli {
namespace {

int run(const Command &command) {
  switch (command.kind) {
  case Command::Kind::Rules:
    return run_rules();
  case Command::Kind::Explain:
    return run_explain(command.rule);
  case Command::Kind::Help:
    std::cout << usage_text(command.help);
    return 0;
  case Command::Kind::Version:
    std::cout << "hoist " << HOIST_VERSION << "\n"
              << "rules and docs: " << hoist::find_data_dir().string() << "\n";
    return 0;
  case Command::Kind::Verify:
    return run_verify(command.verify);
  case Command::Kind::Serve:
    return run_serve(command.serve);
  case Command::Kind::Server:
    return run_server();
  case Command::Kind::Check:
    break;
  }
  return run_check(command.check);
}

} // namespace
} // namespace hoist::cli

int main(int argc, char **argv) {
  std::ios::sync_with_stdio(false);
  // A write past a file-size limit should fail (and be reported, leaving the
  // original intact), not kill hoist.
  std::signal(SIGXFSZ, SIG_IGN);
#ifdef HOIST_MIMALLOC
  // Memory freed goes back to the system at once: a large run's peak (the
  // deployment template's YAML tree, the texts kept between phases) does not
  // linger into the next phase. Without it the peak RSS varies by 20%.
  mi_option_set(mi_option_decommit_delay, 0);
#endif
  // How each front-end's files are read and named, before anything is.
  hoist::setup::register_file_kinds();
  std::string error;
  auto command = hoist::cli::parse_command_line(argc, argv, error);
  if (!command)
    return hoist::cli::command_error(error);
  // A check's relative paths, report root and configuration search all
  // start from it.
  if (std::error_code failed;
      command->kind == hoist::cli::Command::Kind::Check &&
      std::filesystem::current_path(failed).empty())
    return hoist::cli::command_error(
        "the current directory cannot be read (" + failed.message() +
        "): it may have been removed; run hoist from a directory that exists");
  if (command->kind == hoist::cli::Command::Kind::Check &&
      !command->check.stdin_filename.empty() &&
      !hoist::cli::read_stdin_buffer(command->check, error))
    return hoist::cli::command_error(error);
  int status = hoist::cli::run(*command);
  // Output nobody can read is a failed run (a full disk, a closed pipe),
  // whatever the command printed: a report, a diff, a list of files.
  errno = 0; // set by the flush only when the flush is what fails
  if (!std::cout.flush() && status != hoist::cli::kExitError)
    return hoist::cli::command_error(
        std::string("cannot write to standard output") +
        (errno ? std::string(": ") + std::strerror(errno) : ""));
  return status;
}
