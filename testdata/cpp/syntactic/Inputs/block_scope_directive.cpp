// A using directive and a namespace alias the handler's body declares:
// main() cannot see them, so nothing spelled through them moves there.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

invocation_response directive_names(invocation_request const &req) {
  using namespace Aws::S3;
  namespace Storage = Aws::S3;
  S3Client d;
  Storage::S3Client e;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(directive_names);
  Aws::ShutdownAPI(options);
  return 0;
}
