#include "cpp/call_chain_notes.h"

namespace hoist::cpp {

std::optional<std::string> call_note(std::size_t index, std::size_t calls,
                                     const std::string &caller,
                                     const std::string &callee) {
  constexpr std::size_t kEnd = kChainNotes / 2; // shown at each end
  if (calls <= kChainNotes || index < kEnd || index >= calls - kEnd)
    return "'" + caller + "' calls '" + callee + "' here";
  if (index == kEnd)
    return "'" + caller + "' calls '" + callee + "' here, and " +
           std::to_string(calls - 2 * kEnd - 1) +
           " more calls lead on to the next one shown";
  return std::nullopt;
}

std::string handler_note(const std::string &handler, HandlerGiven given) {
  const std::string named = "'" + handler + "' is a Lambda handler: ";
  switch (given) {
  case HandlerGiven::Forwarded:
    return named + "aws::lambda_runtime::run_handler is given a lambda that "
                   "forwards to it here";
  case HandlerGiven::BySignature:
    return named +
           "it has the signature invocation_response(invocation_request "
           "const&)";
  case HandlerGiven::Directly:
    break;
  }
  return named + "it is passed to aws::lambda_runtime::run_handler here";
}

} // namespace hoist::cpp
