// The handler is defined once per build configuration: a fix to the branch
// this build compiles would leave the other branch's definition without the
// new parameter, and a build with -DUSE_SQS would fail.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>

using namespace aws::lambda_runtime;

#ifdef USE_SQS
static invocation_response handler(invocation_request const &request) {
  Aws::SQS::SQSClient sqs;
  return invocation_response::success(request.payload, "text/plain");
}
#else
static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client s3;
  return invocation_response::success(request.payload, "text/plain");
}
#endif

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
