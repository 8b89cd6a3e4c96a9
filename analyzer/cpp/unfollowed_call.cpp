#include "cpp/unfollowed_call.h"

namespace hoist::cpp {

std::string unfollowed_call_message(const std::string &callee, Unfollowed why,
                                    const std::string &header,
                                    std::size_t others) {
  std::string message = "the handler calls '" + callee + "', ";
  switch (why) {
  case Unfollowed::OutsideProject:
    message += "defined in " + header +
               ", a header outside the project (below the nearest directory "
               "with .git above the main file, else the main file's own "
               "directory), which hoist takes for a library's";
    break;
  case Unfollowed::DeclaredOnlyC:
    message += "a C function this translation unit declares but does not "
               "define (a C file defines it, which hoist does not check, or "
               "another translation unit)";
    break;
  case Unfollowed::DeclaredOnly:
    message += "which this translation unit declares but does not define "
               "(another one does, or a library)";
    break;
  }
  message += ": what it runs was not checked";
  if (others == 1)
    message += " (nor what 1 other such function runs)";
  else if (others > 1)
    message += " (nor what " + std::to_string(others) +
               " other such functions run)";
  return message;
}

} // namespace hoist::cpp
