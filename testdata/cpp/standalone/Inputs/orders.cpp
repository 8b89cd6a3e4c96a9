// A C++ Lambda function for the standalone `hoist check` tests.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client s3;
  Aws::S3::S3Client quiet; // NOLINT(awslambda-client-in-handler)
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
