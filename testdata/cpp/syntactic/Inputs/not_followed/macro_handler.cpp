#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
using namespace aws::lambda_runtime;

#define LAMBDA_HANDLER(name) static invocation_response name(invocation_request const &req)

LAMBDA_HANDLER(handler) {
  Aws::S3::S3Client s3; // hoist: ignore[client-in-handler]
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
