#pragma once

#include "engine/front_end.h"
#include "engine/session.h"

namespace hoist::setup {

/// The front-ends hoist has, made from `context`, in the order a session
/// runs them (and reports their notices in): one line registers a language.
/// Throws engine::SetupError when one refuses the configuration.
engine::FrontEnds registered_front_ends(const engine::FrontEndContext &context);

} // namespace hoist::setup
