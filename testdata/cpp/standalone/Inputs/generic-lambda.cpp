#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <string>

using namespace aws::lambda_runtime;

// A generic lambda handler: the call to work() is dependent in the
// template, and resolved in the specialization run_handler instantiates.
static invocation_response work(invocation_request const &request,
                                std::string const &table) {
  Aws::DynamoDB::DynamoDBClient ddb;
  return invocation_response::success(table, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  std::string table = "orders";
  run_handler([&](auto const &request) {
    Aws::S3::S3Client s3;
    return work(request, table);
  });
  Aws::ShutdownAPI(options);
  return 0;
}
