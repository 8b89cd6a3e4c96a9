#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>
#include <string>
using namespace aws::lambda_runtime;
// Its constructor sets the region the client reads.
struct RegionScope {
  explicit RegionScope(const std::string &region);
};
RegionScope::RegionScope(const std::string &region) {
  setenv("AWS_REGION", region.c_str(), 1);
}
static invocation_response handler(invocation_request const &req) {
  RegionScope scope(req.payload);
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
