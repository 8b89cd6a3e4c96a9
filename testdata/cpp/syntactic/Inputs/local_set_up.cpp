#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <string>

using namespace aws::lambda_runtime;

// The configuration is set from a local the request fills: main() cannot
// make that assignment, so neither the configuration nor the client moves.
static invocation_response my_handler(invocation_request const &request) {
  std::string region = request.payload;
  Aws::Client::ClientConfiguration config;
  config.region = region;
  Aws::S3::S3Client client(config);
  return invocation_response::success(region, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
