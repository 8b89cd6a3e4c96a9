// The set-up reads the clock.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>
#include <ctime>
#include <string>
using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  Aws::Client::ClientConfiguration cfg;
  cfg.endpointOverride = std::string("https://s3.example.com/") + std::to_string(std::time(nullptr));
  Aws::S3::S3Client s3(cfg);
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
