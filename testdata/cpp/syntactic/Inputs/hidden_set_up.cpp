#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static long timeout = 9000;

// The set-up reads the file's 'timeout'; main() declares one of its own,
// which the moved set-up would read instead (C++ trial 15 repro 19).
static invocation_response handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  config.requestTimeoutMs = timeout;
  Aws::S3::S3Client s3(config);
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  long timeout = 1;
  (void)timeout;
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
