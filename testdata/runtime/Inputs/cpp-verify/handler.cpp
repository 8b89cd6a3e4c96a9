// A C++ handler that builds its S3 client per invocation, for `hoist verify`:
// built against the mock SDK, whose constructors report to the runtime.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client s3;
  auto outcome = s3.GetObject(Aws::S3::Model::GetObjectRequest().WithBucket("receipts"));
  return invocation_response::success(std::string("{\"found\":") +
                                          (outcome.IsSuccess() ? "true" : "false") +
                                          ",\"event\":" + request.payload + "}",
                                      "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
