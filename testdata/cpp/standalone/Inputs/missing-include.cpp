#include <aws/not_installed.h>
#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  return invocation_response::success("{}", "application/json");
}

int main() { run_handler(handler); }
