// The moved objects get a block of their own in main(), closing before
// Aws::ShutdownAPI: declared in main()'s own block they would be destroyed
// after it, on a shut-down SDK. The lines down to the end of the statement
// that calls run_handler go into the block too.
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
  // Runs until the runtime API stops answering.
  run_handler(
      handler);
  Aws::ShutdownAPI(options);
  return 0;
}
