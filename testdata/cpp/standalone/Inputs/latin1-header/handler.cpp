#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include "helpers.h"
using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  helper();
  return invocation_response::success("ok", "text/plain");
}

int main() { run_handler(handler); }
