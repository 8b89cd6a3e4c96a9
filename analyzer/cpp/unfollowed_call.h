#pragma once

#include <cstddef>
#include <string>

namespace hoist::cpp {

/// Why the invoke path does not enter a function the handler calls.
enum class Unfollowed {
  /// Declared here, defined in another translation unit (or a library).
  DeclaredOnly,
  /// The same, with C linkage: a C file may define it, which hoist does not
  /// check.
  DeclaredOnlyC,
  /// Defined in a header outside the project, which hoist takes for a
  /// library's.
  OutsideProject,
};

/// The warning on such a call, in both modes' words ("the handler calls
/// 'compute', which this translation unit declares but does not define
/// ...: what it runs was not checked"); `header`: where an OutsideProject
/// function is defined; `others`: how many other functions the handlers'
/// calls do not enter.
std::string unfollowed_call_message(const std::string &callee, Unfollowed why,
                                    const std::string &header,
                                    std::size_t others);

} // namespace hoist::cpp
