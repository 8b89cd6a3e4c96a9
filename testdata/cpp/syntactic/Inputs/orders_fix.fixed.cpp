// Shaped like aws-lambda-cpp's examples, checked without a build: the
// objects the handler builds per invocation move into main(), after
// Aws::InitAPI and before run_handler, as the Clang mode moves them.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/GetObjectRequest.h>
#include <pqxx/pqxx>

#include <memory>

using namespace aws::lambda_runtime;

static const char *const kBucket = "orders";

static invocation_response handler(invocation_request const &request, Aws::Client::ClientConfiguration &config, Aws::DynamoDB::DynamoDBClient &table, std::shared_ptr<Aws::S3::S3Client> &archive, pqxx::connection &db) {
  auto outcome = archive->GetObject(
      Aws::S3::Model::GetObjectRequest().WithBucket(kBucket).WithKey("k"));
  if (!outcome.IsSuccess())
    return invocation_response::failure("no such order", "NotFound");
  return invocation_response::success(request.payload, "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    Aws::Client::ClientConfiguration config;
    config.region = "eu-west-1";
    Aws::DynamoDB::DynamoDBClient table(config);
    auto archive = std::make_shared<Aws::S3::S3Client>(config);
    pqxx::connection db("dbname=orders");
    run_handler([&config, &table, &archive, &db](invocation_request const & request) { return handler(request, config, table, archive, db); });
  }
  Aws::ShutdownAPI(options);
  return 0;
}
