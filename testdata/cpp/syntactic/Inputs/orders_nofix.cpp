// Checked without a build, where the main() fix cannot be made: each
// finding says why, as the Clang mode does.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>

using namespace aws::lambda_runtime;

static void archive(const Aws::String &key) {
  Aws::S3::S3Client s3;
}

static invocation_response handler(invocation_request const &request) {
  const Aws::String profile = request.payload;
  Aws::Client::ClientConfiguration config(profile.c_str());
  Aws::SQS::SQSClient queue(config);
  auto *raw = new Aws::S3::S3Client();
  archive(request.payload);
  delete raw;
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  run_handler([](invocation_request const &request) {
    Aws::SQS::SQSClient inline_queue;
    return invocation_response::success("{}", "application/json");
  });
  Aws::ShutdownAPI(options);
  return 0;
}
