#pragma once

#include "core/diagnostic.h"

namespace hoist {

/// A front-end reports a construction once per place and rule, even when
/// several handlers reach it (a helper's client that seven functions build
/// through it): one of them names it, and the message names the others too.

/// Adds `other`'s handlers (the same finding, reached from another
/// handler) to `kept`'s, each once.
void add_reaching_handlers(Diagnostic &kept, const Diagnostic &other);

/// Adds to the message, after "handler '<first>'", the other handlers that
/// reach it: " (and 6 other handlers: 'b', 'c', 'd', ...)", at most three
/// by name, so that a finding stays one readable line. A handler is named
/// by its name when all are in one file, else as Lambda's handler string
/// (`src/functions/list.handler`). JSON and SARIF carry the whole list.
void name_other_handlers(Diagnostic &diagnostic);

} // namespace hoist
