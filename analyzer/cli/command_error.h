#pragma once

#include <iostream>
#include <string>

namespace hoist::cli {

/// The exit status of a run that could not do its job.
constexpr int kExitError = 2;

/// Prints `message` as hoist's error (it says what went wrong and what to
/// do) and returns kExitError.
inline int command_error(const std::string &message) {
  std::cerr << "hoist: error: " << message << "\n";
  return kExitError;
}

} // namespace hoist::cli
