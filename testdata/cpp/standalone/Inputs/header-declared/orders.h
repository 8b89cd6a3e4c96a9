#pragma once
#include <aws/lambda-runtime/runtime.h>
// The handler, for the project's tests to call.
aws::lambda_runtime::invocation_response handler(aws::lambda_runtime::invocation_request const &req);
