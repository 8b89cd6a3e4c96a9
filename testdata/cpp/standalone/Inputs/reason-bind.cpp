#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <functional>
#include <string>
using namespace aws::lambda_runtime;
using namespace std::placeholders;

static invocation_response handle(invocation_request const &req, std::string const &table) {
  Aws::DynamoDB::DynamoDBClient ddb;
  return invocation_response::success(table, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  std::string table = "orders";
  run_handler(std::bind(&handle, _1, std::cref(table)));
  Aws::ShutdownAPI(options);
}
