#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// The client's type and the handler named through object-like macros.
#define S3_CLIENT Aws::S3::S3Client
#define HANDLER my_handler

static invocation_response my_handler(invocation_request const &request) {
  S3_CLIENT s3;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(HANDLER);
  Aws::ShutdownAPI(options);
  return 0;
}
