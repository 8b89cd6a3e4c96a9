// A handler whose project header cannot be compiled here.
#include "broken-header.h"
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client s3;
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
