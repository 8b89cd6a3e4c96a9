// What a spelled name stands for, as Clang would resolve it: the file's own
// classes are never the SDK's, a using directive reaches only the names its
// namespace has, aliases and using directives inside a function count.
#include <aws/core/Aws.h>
#include <aws/s3/S3Client.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/sqs/SQSClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <string>
using namespace aws::lambda_runtime;
using namespace Aws;

namespace app {
struct HttpClient { explicit HttpClient(std::string const &) {} };
struct MetricsClient {};
} // namespace app
struct RedisClient {};
typedef S3::S3Client Storage;

template <class Client> static void with() { Client c; }

static void setup() { S3::S3Client boot; }
namespace tools {
static void setup() {}
} // namespace tools

static invocation_response my_handler(invocation_request const &request) {
  app::HttpClient http("x");
  app::MetricsClient metrics;
  RedisClient redis;
  ::RedisClient global;
  with<RedisClient>();
  tools::setup();
  Storage stored;
  {
    namespace ddb = Aws::DynamoDB;
    ddb::DynamoDBClient table;
  }
  {
    using namespace Aws::SQS;
    SQSClient queue;
  }
  return invocation_response::success("ok", "text/plain");
}

int main() {
  SDKOptions options;
  InitAPI(options);
  setup();
  run_handler(my_handler);
  ShutdownAPI(options);
}
