#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <string>

using namespace aws::lambda_runtime;

// A method of a member that changes it (`append`), after the client: built
// once in main(), each invocation would add to what the last one left. One
// that only reads it (`c_str()`) keeps the fix.
static invocation_response appended(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  Aws::S3::S3Client client(config);
  config.endpointOverride.append("/orders");
  return invocation_response::success(config.endpointOverride, "text/plain");
}

static invocation_response read(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  Aws::S3::S3Client client(config);
  std::string region = config.region.c_str();
  return invocation_response::success(region, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (std::getenv("READ")) {
    run_handler(read);
  } else {
    run_handler(appended);
  }
  Aws::ShutdownAPI(options);
  return 0;
}
