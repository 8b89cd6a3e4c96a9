#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>
using namespace aws::lambda_runtime;

static std::string on_put(std::string const &body) { Aws::S3::S3Client s3; return body; }
static std::string on_send(std::string const &body) { Aws::SQS::SQSClient sqs; return body; }
static void put(std::string const &key, Aws::S3::S3Client const &c = Aws::S3::S3Client()) {}
struct Store { virtual ~Store() = default; virtual void save() = 0; };
struct DdbStore : Store {
  void save() override { Aws::DynamoDB::DynamoDBClient ddb; }
};
struct SdkGuard {
  Aws::SDKOptions opts;
  SdkGuard() {}
  ~SdkGuard() { Aws::ShutdownAPI(opts); }
};

static invocation_response handler(invocation_request const &req) {
  const std::map<std::string, std::function<std::string(std::string const &)>> routes = {
      {"put", on_put}, {"send", on_send}};
  auto it = routes.find(req.payload);
  put(req.payload);
  std::unique_ptr<Store> store = std::make_unique<DdbStore>();
  store->save();
  Aws::Client::ClientConfiguration cfg;
  std::map<std::string, Aws::S3::S3Client> by_region;
  by_region.emplace("us-east-1", cfg);
  std::vector<Aws::S3::S3Client> three(3);
  SdkGuard guard;
  return invocation_response::success(it->second(req.payload), "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
