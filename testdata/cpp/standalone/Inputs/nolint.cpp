// Every NOLINT form clang-tidy knows, and a list naming hoist's own id.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client reported;
  Aws::S3::S3Client same_line; // NOLINT
  // NOLINTNEXTLINE(awslambda-client-in-handler)
  Aws::S3::S3Client next_line;
  Aws::S3::S3Client by_hoist_id; // NOLINT(client-in-handler)
  Aws::S3::S3Client by_glob; // NOLINT(awslambda-*)
  Aws::S3::S3Client other_check; // NOLINT(bugprone-use-after-move)
  // NOLINTBEGIN(awslambda-client-in-handler)
  Aws::S3::S3Client in_block;
  Aws::SQS::SQSClient in_block_too;
  // NOLINTEND(awslambda-client-in-handler)
  Aws::S3::S3Client after_block;
  // NOLINTBEGIN
  Aws::SQS::SQSClient in_open_block;
  // NOLINTEND
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
