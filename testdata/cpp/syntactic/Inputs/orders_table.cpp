// Shaped like aws-lambda-cpp's DynamoDB example, checked where neither the
// AWS SDK for C++ nor aws-lambda-cpp is installed.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/GetItemRequest.h>
#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;
using namespace Aws::DynamoDB;
namespace S3 = Aws::S3;

static Model::GetItemOutcome fetch(const Aws::String &key) {
  Aws::Client::ClientConfiguration config;
  config.region = Aws::Environment::GetEnv("AWS_REGION");
  DynamoDBClient client(config);
  Model::GetItemRequest request;
  request.SetTableName("orders");
  return client.GetItem(request);
}

static std::shared_ptr<S3::S3Client> archive() {
  return Aws::MakeShared<S3::S3Client>("archive");
}

static invocation_response my_handler(invocation_request const &request) {
  auto outcome = fetch(request.payload);
  auto bucket = archive();
  auto logs = std::make_unique<Aws::CloudWatchLogs::CloudWatchLogsClient>();
  static Aws::SQS::SQSClient once; // built on the first call only
  Aws::SNS::SNSClient quiet; // NOLINT(awslambda-client-in-handler)
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  run_handler([](invocation_request const &req) {
    pqxx::connection db("dbname=orders");
    return invocation_response::success("{}", "application/json");
  });
  Aws::ShutdownAPI(options);
  return 0;
}

// A test macro parses as a function without a return type.
TEST(OrdersTable, Handles) { invocation_request request; }
