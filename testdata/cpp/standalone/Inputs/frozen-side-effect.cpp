#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdio>
using namespace aws::lambda_runtime;

// Prints on every call: moved to main(), it would print once.
static const char *announced(const char *region) {
  std::printf("using %s\n", region);
  return region;
}

static invocation_response handler(invocation_request const &req) {
  Aws::Client::ClientConfiguration cfg;
  cfg.region = announced("eu-west-1");
  Aws::S3::S3Client s3(cfg);
  return invocation_response::success(req.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
