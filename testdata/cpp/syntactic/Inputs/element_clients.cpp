#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <array>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

using namespace aws::lambda_runtime;

// Clients built as elements, found by both modes (C++ trial 21: both were
// silent): an array's, a std::array's built by default, and the element a
// map's operator[] builds for a key it lacks (a vector's builds none).
static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client clients[2];
  std::array<Aws::S3::S3Client, 2> fixed;
  std::map<std::string, Aws::S3::S3Client> by_region;
  by_region[request.payload].GetObject({});
  std::unordered_map<std::string, Aws::S3::S3Client> by_bucket;
  by_bucket[request.payload].GetObject({});
  std::vector<Aws::S3::S3Client> none;
  none[0].GetObject({});
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
