#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// The client's set-up differs between builds: moved to main(), one build's
// set-up would be left in the handler, or the other's taken out of its
// branch.
static invocation_response handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
#ifdef LOCALSTACK
  config.endpointOverride = "http://localhost:4566";
#else
  config.requestTimeoutMs = 1000;
#endif
  Aws::S3::S3Client s3(config);
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
