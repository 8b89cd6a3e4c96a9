// A file-scope counter the handler bumps: the moved set-up reads it.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>
#include <ctime>
#include <string>
using namespace aws::lambda_runtime;

static unsigned g_calls = 0;

static invocation_response handler(invocation_request const &req) {
  Aws::Client::ClientConfiguration cfg;
  cfg.maxConnections = g_calls + 1;
  Aws::S3::S3Client s3(cfg);
  ++g_calls;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
