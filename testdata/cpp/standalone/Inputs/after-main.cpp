#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request);
static invocation_response timed(invocation_request const &request);

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (std::getenv("TIMED")) {
    run_handler(timed);
  } else {
    run_handler(handler);
  }
  Aws::ShutdownAPI(options);
  return 0;
}

// A macro and a namespace declared after main(), which the moved code
// names: main() does not see them.
#define REGION_NAME "eu-west-3"
static invocation_response handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  config.region = REGION_NAME;
  Aws::S3::S3Client s3(config);
  return invocation_response::success("ok", "text/plain");
}

namespace limits {
constexpr long kTimeoutMs = 5000;
}
static invocation_response timed(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  config.requestTimeoutMs = limits::kTimeoutMs;
  Aws::S3::S3Client s3(config);
  return invocation_response::success("ok", "text/plain");
}
