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

} // namespace hoist::cpp
