#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
using namespace aws::lambda_runtime;
invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  return invocation_response::success(req.payload, "text/plain");
}
#ifndef UNIT_TEST
int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
#endif
