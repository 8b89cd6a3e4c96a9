#pragma once

#include <cstddef>
#include <string>

#include "core/source_file.h"

namespace hoist {

/// Where `offset` of `file` is, as a message names a place that may be far
/// from the finding: "path:line".
std::string source_place(const SourceFile &file, std::size_t offset);

} // namespace hoist
