#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// A using directive between the handler and main() whose namespace has a
// kBucketRegion of its own: in main(), the moved code's name is ambiguous.
static const char *kBucketRegion = "us-east-1";
static invocation_response handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  config.region = kBucketRegion;
  Aws::S3::S3Client s3(config);
  return invocation_response::success("ok", "text/plain");
}
namespace app {
const char *kBucketRegion = "eu-north-1";
}
using namespace app;

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
