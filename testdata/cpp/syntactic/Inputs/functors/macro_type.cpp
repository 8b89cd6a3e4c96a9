#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// A client whose type is spelled through an object-like macro: found, and
// not moved, as in the Clang mode.
#define S3_CLIENT Aws::S3::S3Client

static invocation_response my_handler(invocation_request const &request) {
  S3_CLIENT s3;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
