// The configuration's set-up calls a function whose definition hoist cannot
// see (declared in a header): run once in main(), it might not give what it
// gives in an invocation, so nothing moves, in either mode.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

#include "app_config.h"

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  Aws::Client::ClientConfiguration cfg;
  cfg.region = app::region();
  Aws::S3::S3Client s3(cfg);
  return invocation_response::success(req.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
