#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// Each invocation widens the timeout of the configuration it built: built
// once in main(), the widening would pile up, one step per invocation.
static invocation_response widened(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  Aws::S3::S3Client client(config);
  ++config.requestTimeoutMs;
  return invocation_response::success(std::to_string(config.requestTimeoutMs), "text/plain");
}

static invocation_response counted(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  Aws::S3::S3Client client(config);
  config.maxConnections--;
  return invocation_response::success(std::to_string(config.maxConnections), "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (std::getenv("COUNTED")) {
    run_handler(counted);
  } else {
    run_handler(widened);
  }
  Aws::ShutdownAPI(options);
  return 0;
}
