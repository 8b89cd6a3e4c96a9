#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// A using directive between the handler and main() whose namespace does
// not declare what the moved code names, and one of the SDK in main():
// the fix moves the client as it would without them.
static const char *kBucketRegion = "us-east-1";
static invocation_response handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  config.region = kBucketRegion;
  Aws::S3::S3Client s3(config);
  return invocation_response::success("ok", "text/plain");
}
namespace app {
const char *kTableName = "orders";
}
using namespace app;

int main() {
  using namespace Aws;
  SDKOptions options;
  InitAPI(options);
  run_handler(handler);
  ShutdownAPI(options);
  return 0;
}
