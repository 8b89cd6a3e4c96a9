#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// aws-lambda-cpp's examples' style: a using directive in the function.
// 'Client::' and 'S3::' are Aws's there, not in the handler's signature.
static invocation_response handler(invocation_request const &request) {
  using namespace Aws;
  Client::ClientConfiguration config;
  config.region = "us-east-1";
  S3::S3Client s3(config);
  return invocation_response::success("ok", "text/plain");
}

int main() {
  using namespace Aws;
  SDKOptions options;
  InitAPI(options);
  run_handler(handler);
  ShutdownAPI(options);
  return 0;
}
