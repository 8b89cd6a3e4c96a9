#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <string>

using namespace aws::lambda_runtime;

// A name a structured binding declares in the handler is the handler's
// local: a set-up statement that reads it stays, and so does the
// configuration (main() has no 'timeout').
struct Limits {
  std::string region;
  long timeout;
};
static Limits limits_of(const std::string &payload) { return {"us-east-1", (long)payload.size()}; }

static invocation_response handler(invocation_request const &request) {
  auto [region, timeout] = limits_of(request.payload);
  Aws::Client::ClientConfiguration config;
  config.requestTimeoutMs = timeout;
  Aws::S3::S3Client client(config);
  return invocation_response::success(region, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
