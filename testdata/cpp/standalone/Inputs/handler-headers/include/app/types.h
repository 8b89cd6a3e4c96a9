#pragma once
#include <aws/lambda-runtime/runtime.h>

namespace app {
using Request = aws::lambda_runtime::invocation_request;
using Response = aws::lambda_runtime::invocation_response;
} // namespace app
