#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>
using namespace aws::lambda_runtime;
static invocation_response handler(invocation_request const &req) {
  setenv("AWS_CONFIG_FILE", "/tmp/lambda-profile", 1);
  Aws::Client::ClientConfiguration cfg("lambda");
  Aws::S3::S3Client s3(cfg);
  return invocation_response::success(cfg.region, "text/plain");
}
int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
