#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace hoist::cpp {

/// The note on call `index` of a chain of `calls` calls from the handler to
/// what it builds ("'my_handler' calls 'make_client' here"), for both
/// modes. A chain up to kChainNotes calls long is shown whole; a longer one
/// shows its first and last calls, and at the first call left out a note
/// saying how many are (a chain 20,000 calls deep would be 20,000 lines).
/// nullopt for a call left out. The findings' call paths stay whole.
inline constexpr std::size_t kChainNotes = 12;
std::optional<std::string> call_note(std::size_t index, std::size_t calls,
                                     const std::string &caller,
                                     const std::string &callee);

/// How a handler is known for one.
enum class HandlerGiven {
  Directly,   ///< run_handler is given it
  Forwarded,  ///< run_handler is given a lambda that forwards to it
  BySignature ///< invocation_response(invocation_request const&)
};

/// The note that names the handler a chain starts from, for both modes:
/// at the run_handler call, or at the handler when known by its signature.
std::string handler_note(const std::string &handler, HandlerGiven given);

} // namespace hoist::cpp
