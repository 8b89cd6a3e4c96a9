#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
using namespace aws::lambda_runtime;
#define LAMBDA_PARAMS invocation_request const &req
#define RESPONSE invocation_response
static RESPONSE handler(LAMBDA_PARAMS) {
  Aws::S3::S3Client s3;
  return invocation_response::success(req.payload, "text/plain");
}
int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
