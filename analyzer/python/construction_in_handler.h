#pragma once

#include "python/check.h"

namespace hoist::python {

/// `client-in-handler` and `connection-in-handler`: a catalogued constructor
/// (an SDK client or session, a database connection, an HTTP pool) called in
/// a handler's body, so it runs on every invocation. Which rule reports a call
/// is the catalogue's data.
class ConstructionInHandler : public Check {
public:
  std::vector<std::string> rule_ids() const override {
    return {"client-in-handler", "connection-in-handler"};
  }
  void run(CheckContext &context) const override;
};

} // namespace hoist::python
