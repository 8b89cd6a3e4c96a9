#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>
#include <string>
using namespace aws::lambda_runtime;
// The profile is chosen two calls away from the handler.
static void export_profile(const std::string &name) {
  setenv("AWS_PROFILE", name.c_str(), 1);
}
static void select_tenant(const std::string &tenant) { export_profile(tenant); }
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
