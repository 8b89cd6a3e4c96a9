// hoist's own suppression comments in C++, as in Python files: on the
// finding's line, on the line of a call that reaches it, or for the file.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>
#include <pqxx/pqxx>

using namespace aws::lambda_runtime;

// hoist: ignore-file[sdk-init-in-handler]

static void audit() {
  Aws::SQS::SQSClient audit_queue;
}

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client kept; // hoist: ignore[client-in-handler]
  Aws::S3::S3Client by_tidy_name; // hoist: ignore[awslambda-client-in-handler]
  Aws::SQS::SQSClient every_rule; /* hoist: ignore */
  Aws::S3::S3Client moved;
  pqxx::connection db("dbname=orders"); // hoist: ignore[client-in-handler]
  const char *text = "// hoist: ignore"; Aws::SQS::SQSClient in_string;
  audit(); // hoist: ignore[client-in-handler]
  Aws::SDKOptions sdk;
  Aws::InitAPI(sdk);
  return invocation_response::success(text, "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
