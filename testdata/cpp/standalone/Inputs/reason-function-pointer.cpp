#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  auto *fp = &handler;
  run_handler(fp);
  Aws::ShutdownAPI(options);
  return 0;
}
