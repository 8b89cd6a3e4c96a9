#include <aws/core/Aws.h>
#include <aws/core/utils/memory/AWSMemory.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <curl/curl.h>

using namespace aws::lambda_runtime;

// A pointer or handle built for a variable or a member is reported on the
// variable or the member, in both modes, as Clang places it.
struct Http {
  Http() : handle(curl_easy_init()) {}
  CURL *handle;
};

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client *s3 = Aws::New<Aws::S3::S3Client>("tag");
  auto *ddb = new Aws::DynamoDB::DynamoDBClient();
  Http http;
  delete s3;
  delete ddb;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
