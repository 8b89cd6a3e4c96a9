// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// Every way of building an SDK object, in every kind of handler; what is
// built once (a local static, main()) is not reported.
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentialsProvider.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>
#include <functional>
#include <memory>

using namespace aws::lambda_runtime;

static std::shared_ptr<Aws::SQS::SQSClient> make_queue() {
  return Aws::MakeShared<Aws::SQS::SQSClient>("queue");
}

static invocation_response orders(invocation_request const &request) {
  static Aws::DynamoDB::DynamoDBClient once;
  auto *raw = new Aws::S3::S3Client();
  delete raw;
  auto shared = std::make_shared<Aws::DynamoDB::DynamoDBClient>();
  auto queue = make_queue();
  Aws::S3::S3Client(Aws::Client::ClientConfiguration()).GetObject({});
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(orders);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-18]]:10: warning: 'Aws::SQS::SQSClient' builds an AWS SDK client on every invocation of handler 'orders'; {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-5]]:3: note: 'orders' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
// CHECK-MESSAGES: :[[@LINE-12]]:16: note: 'orders' calls 'make_queue' here
// CHECK-MESSAGES: :[[@LINE-21]]:10: note: no fix: it is built in 'make_queue', not in the handler's own body
// CHECK-MESSAGES: :[[@LINE-17]]:9: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-18]]:9: note: no fix: it is built with 'new' and held by a raw pointer, not a smart pointer declared with it; build it in main() instead
// CHECK-MESSAGES: :[[@LINE-17]]:8: warning: 'Aws::DynamoDB::DynamoDBClient' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-18]]:8: note: no fix: main() does not call Aws::InitAPI before run_handler, so it has no place where the SDK is ready
// CHECK-MESSAGES: :[[@LINE-17]]:3: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-18]]:3: note: no fix: it is a temporary; declare it in main() and pass it to the handler
// CHECK-MESSAGES: :[[@LINE-19]]:21: warning: 'Aws::Client::ClientConfiguration' builds an SDK client configuration{{.*}} [awslambda-client-in-handler]
