#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <string>
using namespace aws::lambda_runtime;
static invocation_response handler(invocation_request const &req) {
  Aws::Client::ClientConfiguration cfg;
  Aws::S3::S3Client s3(cfg);
  auto &c = cfg;
  c.maxConnections *= 2;
  return invocation_response::success(std::to_string(cfg.maxConnections), "text/plain");
}
int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
