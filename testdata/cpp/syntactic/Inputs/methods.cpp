// A handler that calls the methods of the file's classes: on an object
// (`r.load()`), through a pointer (`p->load()`), a static one
// (`Repo::open()`), one defined outside its class, and the methods those
// call (`this->connect()`, `connect()`).
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>
#include <memory>

using namespace aws::lambda_runtime;

namespace orders {
class Repo {
public:
  void load() { Aws::DynamoDB::DynamoDBClient table; (void)table; }
  static void open() { Aws::S3::S3Client bucket; (void)bucket; }
  void refresh();
  void queue() { this->connect(); }
  void requeue() { reconnect(); }

private:
  void connect() { Aws::SQS::SQSClient queue; (void)queue; }
  void reconnect() { Aws::SQS::SQSClient again; (void)again; }
};

void Repo::refresh() { Aws::S3::S3Client archive; (void)archive; }
} // namespace orders

static invocation_response by_object(invocation_request const &request) {
  orders::Repo repo;
  repo.load();
  return invocation_response::success(request.payload, "text/plain");
}

static invocation_response by_pointer(invocation_request const &request) {
  auto repo = std::make_unique<orders::Repo>();
  repo->refresh();
  std::shared_ptr<orders::Repo> shared;
  shared->queue();
  return invocation_response::success(request.payload, "text/plain");
}

static invocation_response by_class(invocation_request const &request) {
  orders::Repo::open();
  orders::Repo *raw = nullptr;
  raw->requeue();
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  run_handler(by_object);
  run_handler(by_pointer);
  run_handler(by_class);
  return 0;
}
