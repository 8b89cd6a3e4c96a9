// A handler with a defaulted parameter, called through a lambda: a new
// parameter after it would need a default too.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req, int retries = 3) {
  Aws::S3::S3Client s3;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler([](invocation_request const &r) { return handler(r); });
  Aws::ShutdownAPI(options);
  return 0;
}
