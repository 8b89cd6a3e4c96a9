#pragma once

#include "engine/front_end.h"
#include "engine/session.h"

namespace hoist::setup {

/// The front-ends hoist has, made from `context`, in the order a session
/// runs them (and reports their notices in). Throws engine::SetupError when
/// one refuses the configuration.
engine::FrontEnds registered_front_ends(const engine::FrontEndContext &context);

/// Fills the process's table of file kinds (core/file_kinds.h) with the
/// registered front-ends' kinds, in their order: first thing in a process,
/// before anything is read. Once: later calls change nothing.
void register_file_kinds();

} // namespace hoist::setup
