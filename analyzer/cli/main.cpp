#include <csignal>
#include <iostream>

#include "cli/check_command.h"
#include "cli/command_error.h"
#include "cli/options.h"
#include "cli/rules_command.h"
#include "cli/serve_command.h"
#include "cli/verify_command.h"
#include "core/data_dir.h"

#ifdef HOIST_MIMALLOC
#include <mimalloc.h>
#endif

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
  std::string error;
  auto command = hoist::cli::parse_command_line(argc, argv, error);
  if (!command)
    return hoist::cli::command_error(error);
  switch (command->kind) {
  case hoist::cli::Command::Kind::Rules:
    return hoist::cli::run_rules();
  case hoist::cli::Command::Kind::Explain:
    return hoist::cli::run_explain(command->rule);
  case hoist::cli::Command::Kind::Help:
    std::cout << hoist::cli::usage_text(command->help);
    return 0;
  case hoist::cli::Command::Kind::Version:
    std::cout << "hoist " << HOIST_VERSION << "\n"
              << "rules and docs: " << hoist::find_data_dir().string() << "\n";
    return 0;
  case hoist::cli::Command::Kind::Verify:
    return hoist::cli::run_verify(command->verify);
  case hoist::cli::Command::Kind::Serve:
    return hoist::cli::run_serve(command->serve);
  case hoist::cli::Command::Kind::Check:
    break;
  }
  return hoist::cli::run_check(command->check);
}
