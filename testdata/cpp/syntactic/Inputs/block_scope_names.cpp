// Names the handler's body declares for types and namespaces: main() cannot
// see them, so nothing spelled through them moves there.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

invocation_response declared_names(invocation_request const &req) {
  using Aws::S3::S3Client;
  typedef Aws::DynamoDB::DynamoDBClient Db;
  using Alias = Aws::S3::S3Client;
  S3Client a;
  Db b;
  Alias c;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(declared_names);
  Aws::ShutdownAPI(options);
  return 0;
}
