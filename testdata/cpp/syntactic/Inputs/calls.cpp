// What a handler runs that the syntactic mode follows as Clang does:
// constructors of the file's classes (in the class or outside it) and the
// members they build, lambdas the handler defines and calls, and calls as
// deep as they go.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>
#include <memory>

using namespace aws::lambda_runtime;

class Repository {
public:
  Repository() { table_ = std::make_shared<Aws::DynamoDB::DynamoDBClient>(); }

private:
  std::shared_ptr<Aws::DynamoDB::DynamoDBClient> table_;
};

struct Store {
  Aws::S3::S3Client bucket;
};

class Queue {
public:
  Queue();
};
Queue::Queue() { Aws::SQS::SQSClient queue; }

static void step10() { Aws::S3::S3Client deep; }
static void step9() { step10(); }
static void step8() { step9(); }
static void step7() { step8(); }
static void step6() { step7(); }
static void step5() { step6(); }
static void step4() { step5(); }
static void step3() { step4(); }
static void step2() { step3(); }
static void step1() { step2(); }

static invocation_response handler(invocation_request const &request) {
  Repository repository;
  Store store;
  Queue queue;
  auto archive = [] { Aws::S3::S3Client archived; };
  archive();
  [] { Aws::DynamoDB::DynamoDBClient once; }();
  auto unused = [] { Aws::SQS::SQSClient never; };
  step1();
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
