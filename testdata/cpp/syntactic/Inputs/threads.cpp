// Functions a handler runs through std::async, std::thread or std::invoke
// are on its invoke path, as the functions it calls are.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>
#include <curl/curl.h>
#include <functional>
#include <future>
#include <thread>

using namespace aws::lambda_runtime;

static int upload() {
  Aws::S3::S3Client s3;
  return 0;
}

static void scan_table(int segment) { Aws::DynamoDB::DynamoDBClient ddb; }

namespace jobs {
void notify() { Aws::SQS::SQSClient sqs; }
} // namespace jobs

static void fetch() { CURL *curl = curl_easy_init(); }

// Called only from main(): not on the invoke path.
static void warm_up() { Aws::S3::S3Client at_init; }

static invocation_response my_handler(invocation_request const &request) {
  auto uploaded = std::async(std::launch::async, upload);
  std::thread scanner(scan_table, 1);
  scanner.join();
  std::invoke(&jobs::notify);
  std::thread(fetch).join();
  uploaded.get();
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  warm_up();
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
