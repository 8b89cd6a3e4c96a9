#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
using namespace aws::lambda_runtime;
// The same endpoint on every invocation, first thing: the call stays in the
// handler with a note, and the fix is safe; the const GetObject changes
// nothing.
static invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  s3.OverrideEndpoint("http://localhost:4566");
  Aws::S3::Model::GetObjectRequest object;
  s3.GetObject(object);
  return invocation_response::success(req.payload, "text/plain");
}
int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
