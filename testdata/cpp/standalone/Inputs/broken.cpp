// Code that does not compile: hoist reports the errors and what it can.
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client s3;
  undeclared_call(request);
  return invocation_response::success("{}", "application/json");
}

int main() { run_handler(handler); }
