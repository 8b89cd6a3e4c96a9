#pragma once

#include <string>

#include "python/handler_discovery.h"
#include "python/reachability.h"

namespace hoist::python {

/// How long the values a construction is built from stay the same: for the
/// environment's life (hoistable), per event key, or per invocation.
enum class InputLifetime {
  Hoistable,    ///< literals, imports, constants, environment reads
  Unknown,      ///< something hoist cannot see through
  KeyedByEvent, ///< event or context data, likely to repeat: cache by key
  /// a short-lived token made here (an IAM database auth token): what is
  /// built with it outlives it, so keep it and rebuild it when it fails
  ExpiringToken,
  /// credentials that come with the event (CodePipeline's job credentials):
  /// per-invocation by nature, and never a cache key
  EventCredentials,
  PerInvocation ///< credentials obtained during this invocation (STS)
};

struct ClassifiedInputs {
  InputLifetime lifetime = InputLifetime::Hoistable;
  std::string reason; ///< names what decided it: "depends on 'event'"
};

/// Classifies the construction `call`, made in `where` (reached from
/// `handler` through `where.chain`), by its arguments and receiver. Parameters
/// of helpers are followed to the arguments their callers pass.
ClassifiedInputs classify_construction(const NameResolver &resolver,
                                       const Handler &handler,
                                       const ReachedFunction &where,
                                       TSNode call);

/// Classifies one expression of `where.function` (an argument, say).
ClassifiedInputs classify_expression(const NameResolver &resolver,
                                     const Handler &handler,
                                     const ReachedFunction &where,
                                     TSNode expression);

} // namespace hoist::python
