#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// The handler changes what it built from the event: built once in main(),
// one event's region would carry into every later invocation.
static invocation_response handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  config.region = "eu-west-1";
  Aws::S3::S3Client s3(config);
  if (!request.payload.empty()) {
    config.region = request.payload;
    s3 = Aws::S3::S3Client(config);
  }
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
