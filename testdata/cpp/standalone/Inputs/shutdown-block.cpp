// main() already has aws-lambda-cpp's block around run_handler, which
// closes before Aws::ShutdownAPI: the moved objects go in it, with no block
// of their own.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  return invocation_response::success(req.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    run_handler(handler);
  }
  Aws::ShutdownAPI(options);
  return 0;
}
