// The handler is not static, and a project header declares it: a new
// parameter on the definition would leave that declaration without one
// (its other callers would fail to link).
#include <aws/core/Aws.h>
#include <aws/s3/S3Client.h>
#include "orders.h"
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  return invocation_response::success(req.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
