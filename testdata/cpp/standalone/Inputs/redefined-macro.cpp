#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// Between the handler and main(), REGION is defined again: moved into
// main(), 'config.region = REGION;' would build the client for cn-north-1.
#define REGION "us-east-1"
static invocation_response handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  config.region = REGION;
  Aws::S3::S3Client s3(config);
  return invocation_response::success("ok", "text/plain");
}
#undef REGION
#define REGION "cn-north-1"

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
