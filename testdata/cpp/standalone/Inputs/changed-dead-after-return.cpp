#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <string>
using namespace aws::lambda_runtime;
static invocation_response handler(invocation_request const &req) {
  return invocation_response::success("maintenance", "text/plain");
  Aws::S3::S3Client s3;
  return invocation_response::success("ok", "text/plain");
}
int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
