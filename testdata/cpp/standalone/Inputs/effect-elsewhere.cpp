#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <string>
using namespace aws::lambda_runtime;
// Defined in another translation unit: what it does, hoist cannot see.
void select_tenant(const std::string &tenant);
static invocation_response handler(invocation_request const &req) {
  select_tenant(req.payload);
  Aws::S3::S3Client s3;
  return invocation_response::success(req.payload, "text/plain");
}
int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
