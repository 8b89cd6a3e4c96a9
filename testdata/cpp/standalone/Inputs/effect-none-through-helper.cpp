#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <string>
using namespace aws::lambda_runtime;
// A helper of the file that changes nothing of the process: the fix stays
// safe.
static std::string tenant_of(const std::string &payload) {
  return payload.substr(0, payload.find(':'));
}
static invocation_response handler(invocation_request const &req) {
  const std::string tenant = tenant_of(req.payload);
  Aws::S3::S3Client s3;
  return invocation_response::success(tenant, "text/plain");
}
int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
