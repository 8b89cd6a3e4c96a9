// Statements that move to main() with a comment at the end of their line:
// the comment moves with its statement, whether it is a NOLINT for another
// check or a note.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration cfg; /* shared by both clients */
  cfg.region = "us-east-1";
  Aws::S3::S3Client s3(cfg); // NOLINT(awslambda-sdk-init-in-handler)
  cfg.region = "eu-west-1";            // the table lives in another region
  Aws::DynamoDB::DynamoDBClient ddb(cfg);
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
