#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <cstdlib>
#include <string>

using namespace aws::lambda_runtime;

// A functor built where run_handler is given it: its operator() is the
// handler.
struct Handler {
  std::string table;
  invocation_response operator()(invocation_request const &request) const {
    Aws::DynamoDB::DynamoDBClient ddb;
    return invocation_response::success(table, "text/plain");
  }
};

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(Handler{std::getenv("TABLE")});
  Aws::ShutdownAPI(options);
  return 0;
}
