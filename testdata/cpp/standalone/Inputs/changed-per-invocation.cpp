#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
using namespace aws::lambda_runtime;
// Some events point the client elsewhere: built once in main(), a later
// event without an endpoint would use an earlier event's.
static invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  if (!req.payload.empty())
    s3.OverrideEndpoint(req.payload);
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
