#pragma once

#include <string>

#include "cli/options.h"

namespace hoist::cli {

/// --stdin-filename: reads stdin whole into the request's buffers as the
/// file named, which becomes the one path checked. False with `error` set
/// when stdin cannot be read, or holds more than the max-file-size that
/// applies to that path (no more than one byte past it is read).
bool read_stdin_buffer(CheckOptions &options, std::string &error);

/// The absolute, lexically normal path the buffers key the stdin text by.
std::string stdin_buffer_key(const CheckOptions &options);

} // namespace hoist::cli
