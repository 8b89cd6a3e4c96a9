// A handler function held in a std::function given to run_handler: both
// modes make the same fix (held_handler.test).
#include <aws/core/Aws.h>
#include <aws/s3/S3Client.h>
#include <aws/lambda-runtime/runtime.h>
#include <functional>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  return invocation_response::success(req.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  std::function<invocation_response(invocation_request const &)> h = handler;
  run_handler(h);
  Aws::ShutdownAPI(options);
}
