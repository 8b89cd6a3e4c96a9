#pragma once

#include "python/check.h"
#include "rules/rule_ids.h"

namespace hoist::python {

/// `handler-signature`: a handler Lambda cannot call as handler(event, context)
/// or whose result it cannot marshal: wrong arity, a required keyword-only
/// parameter, `async def`, a generator.
class HandlerSignature : public Check {
public:
  std::vector<std::string> rule_ids() const override {
    return {rules::kHandlerSignature};
  }
  void run(CheckContext &context) const override;
};

} // namespace hoist::python
