#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdlib>
#include <functional>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;

static void serve(std::function<invocation_response(invocation_request const &)> const &f) {
  run_handler(f);
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  serve([](invocation_request const &req) {
    Aws::S3::S3Client s3;
    return invocation_response::success("ok", "text/plain");
  });
  Aws::ShutdownAPI(options);
}
