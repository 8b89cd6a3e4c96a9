#pragma once

namespace hoist::cli {

/// `hoist server`: the language server on stdin and stdout, until the
/// client says exit.
int run_server();

} // namespace hoist::cli
