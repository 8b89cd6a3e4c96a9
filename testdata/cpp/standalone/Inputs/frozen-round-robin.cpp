// A helper of the file with a static counter: a region per call, round robin.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>
#include <ctime>
#include <string>
using namespace aws::lambda_runtime;

static const char *kRegions[] = {"us-east-1", "us-west-2", "eu-west-1"};
static const char *next_region() {
  static unsigned i = 0;
  return kRegions[i++ % 3];
}

static invocation_response handler(invocation_request const &req) {
  Aws::Client::ClientConfiguration cfg;
  cfg.region = next_region();
  Aws::S3::S3Client s3(cfg);
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
