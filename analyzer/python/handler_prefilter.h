#pragma once

#include <string>
#include <string_view>

#include "python/handler_discovery.h"

namespace hoist::python {

/// A byte scan that proves a file needs no parse of its own: it defines no
/// function or module-level name a handler pattern matches, no function with
/// (event, context)-shaped parameters, is named by no handler string, holds no
/// suppression comment and no CDK app. Such a file is read again only if a
/// handler imports it. Errs towards parsing: whatever it cannot rule out, it
/// keeps.
bool may_matter(std::string_view text, const std::string &path,
                const HandlerOptions &options);

} // namespace hoist::python
