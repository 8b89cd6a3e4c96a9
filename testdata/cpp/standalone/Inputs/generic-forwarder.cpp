#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// A generic lambda that only forwards to the handler: the fix moves the
// client into main() and the lambda captures it, in both modes.
static invocation_response real(invocation_request const &request) {
  Aws::S3::S3Client s3;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler([](auto const &request) { return real(request); });
  Aws::ShutdownAPI(options);
  return 0;
}
