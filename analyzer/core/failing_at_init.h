#pragma once

#include <string>

namespace hoist {

/// "`why`, and `failure`: at INIT ..." for a context or guard that matters
/// because the moved code may fail: every front-end says it alike.
inline std::string failing_at_init(const std::string &why,
                                   const std::string &failure) {
  return why + ", and " + failure +
         ": at INIT that would fail every invocation";
}

} // namespace hoist
