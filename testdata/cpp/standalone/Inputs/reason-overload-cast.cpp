#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <string>
using namespace aws::lambda_runtime;

static invocation_response handler(std::string const &s) {
  return invocation_response::success(s, "text/plain");
}
static invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  return handler(req.payload);
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(static_cast<invocation_response (*)(invocation_request const &)>(handler));
  Aws::ShutdownAPI(options);
}
