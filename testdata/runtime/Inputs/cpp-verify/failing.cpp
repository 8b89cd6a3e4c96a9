// A C++ handler that fails every invocation (its bucket is not configured):
// verify cannot show that its fix keeps the behaviour.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

#include <cstdlib>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client s3;
  const char *bucket = std::getenv("RECEIPTS_BUCKET");
  if (!bucket)
    return invocation_response::failure("RECEIPTS_BUCKET is not set", "ConfigurationError");
  auto outcome = s3.GetObject(Aws::S3::Model::GetObjectRequest().WithBucket(bucket));
  return invocation_response::success(request.payload, "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
