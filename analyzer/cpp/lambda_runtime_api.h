#pragma once

#include <string_view>

namespace hoist::cpp {

/// Whether a qualified name is aws-lambda-cpp's public API, or a member of
/// it: what its headers declare in namespaces aws::lambda_runtime
/// (`aws::lambda_runtime::invocation_response::failure`), aws::logging and
/// aws::http. A parse that sees no header knows that such a name, reached
/// through `using namespace aws::lambda_runtime`, is the library's.
bool lambda_runtime_api(std::string_view qualified);

} // namespace hoist::cpp
