#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>
#include <functional>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;

#include <utility>
static invocation_response my_handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  std::function<invocation_response(invocation_request const &)> fn = my_handler;
  run_handler(std::move(fn));
  Aws::ShutdownAPI(options);
}
