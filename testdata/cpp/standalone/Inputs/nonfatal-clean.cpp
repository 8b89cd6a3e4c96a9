// A handler that builds nothing, with an error in it.
#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  log_event(LOG_LEVEL, request.payload);
  return invocation_response::success("{}", "application/json");
}

int main() { run_handler(handler); }
