// A handler whose code uses a macro and a type from a header that is not
// included: Clang goes on after the errors but cannot analyze what uses them.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client s3;
  Aws::Client::ClientConfiguration config(ORDERS_PROFILE);
  Aws::DynamoDB::DynamoDBClient dynamo(config);
  OrderTable table(dynamo, request.payload);
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
