#pragma once

#include "python/check.h"

namespace hoist::python {

/// `client-in-handler`, `connection-in-handler` and every other Python rule
/// whose rule.json says "catalogued": a catalogued constructor (an SDK client
/// or session, a database connection, an HTTP pool) called in a handler's
/// body, so it runs on every invocation. Which rule reports a call is the
/// catalogue's data.
class ConstructionInHandler : public Check {
public:
  std::vector<std::string> rule_ids() const override;
  void run(CheckContext &context) const override;
};

} // namespace hoist::python
