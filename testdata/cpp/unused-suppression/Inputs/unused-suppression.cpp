// hoist: ignore-file[connection-in-handler]
// Suppression comments that silence nothing, which --fix removes as it
// removes Python's: the file-level one above (no connection here), one alone
// on its line (it covers that line only), one after code; one that is only
// partly unused is reported without a fix.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  // hoist: ignore[client-in-handler]
  Aws::S3::S3Client kept; // hoist: ignore[client-in-handler]
  int unused = 0;   // hoist: ignore[client-in-handler]
  Aws::SQS::SQSClient queue; // hoist: ignore[client-in-handler, no-such-rule]
  return invocation_response::success(request.payload, "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
