// An include guard holds the whole file in every build: not a conditional
// the fix must keep away from.
#ifndef GUARDED_HANDLER
#define GUARDED_HANDLER
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client s3;
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
#endif
