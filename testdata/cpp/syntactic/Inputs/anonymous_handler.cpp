#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// A handler in an anonymous namespace is a function main() names as it is:
// both modes move its client into main().
namespace {
invocation_response my_handler(invocation_request const &request) {
  Aws::S3::S3Client s3;
  return invocation_response::success("ok", "text/plain");
}
} // namespace

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
