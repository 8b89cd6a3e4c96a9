// A handler written for aws-lambda-cpp, unchanged: it builds against hoist's
// C++ runtime library and runs under hoist's reference runtime.
#include <aws/lambda-runtime/runtime.h>

#include <cstdlib>
#include <string>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  if (request.payload.find("\"fail\"") != std::string::npos)
    return invocation_response::failure("order rejected", "OrderError");
  if (request.payload.find("\"crash\"") != std::string::npos)
    std::abort();
  const bool in_time = request.get_time_remaining().count() > 0;
  return invocation_response::success(
      "{\"echo\":" + request.payload + ",\"request_id\":\"" + request.request_id +
          "\",\"arn\":\"" + request.function_arn + "\",\"in_time\":" +
          (in_time ? "true" : "false") + "}",
      "application/json");
}

int main() {
  run_handler(my_handler);
  return 0;
}
