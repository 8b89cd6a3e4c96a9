// The handler's body builds its client in a branch of a preprocessor
// conditional: this build's client only. A move into main() would change
// this branch and leave the other build's as it is.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
#ifdef USE_LOCAL
  Aws::Client::ClientConfiguration config;
  config.endpointOverride = "http://localhost:4566";
  Aws::S3::S3Client s3(config);
#else
  Aws::S3::S3Client s3;
#endif
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
