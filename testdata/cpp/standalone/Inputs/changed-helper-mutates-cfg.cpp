#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <string>
using namespace aws::lambda_runtime;
static void tune(Aws::Client::ClientConfiguration &c) { c.requestTimeoutMs += 100; }
static invocation_response handler(invocation_request const &req) {
  Aws::Client::ClientConfiguration cfg;
  cfg.requestTimeoutMs = 1000;
  Aws::S3::S3Client s3(cfg);
  tune(cfg);
  return invocation_response::success(std::to_string(cfg.requestTimeoutMs), "text/plain");
}
int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
