// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// A class the handler builds on every invocation builds the SDK clients it
// holds with it: a constructor the user wrote builds its members in its
// initializer list, or, for those the list leaves out, by their own
// initializers or default constructors. Each is reported at the member (or
// its initializer), with the calls from the handler's construction of the
// object; no fix: the object is the handler's own class, which hoist cannot
// tell is safe to share.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/sqs/SQSClient.h>
#include <memory>
#include <string>

using namespace aws::lambda_runtime;

class OrderRepo {
public:
  OrderRepo() : table_("orders"), ddb_() {}
private:
  std::string table_;
  Aws::DynamoDB::DynamoDBClient ddb_;
  // CHECK-MESSAGES: :[[@LINE-4]]:35: warning: 'Aws::DynamoDB::DynamoDBClient' builds an AWS SDK client on every invocation of handler 'handler'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+34]]:13: note: 'handler' calls 'OrderRepo::OrderRepo' here
  // CHECK-MESSAGES: :[[@LINE-6]]:35: note: no fix: it is built in 'OrderRepo::OrderRepo', not in the handler's own body
};

class AuditRepo {
public:
  AuditRepo() {}
private:
  Aws::DynamoDB::DynamoDBClient ddb_;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'Aws::DynamoDB::DynamoDBClient' builds {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+25]]:13: note: 'handler' calls 'AuditRepo::AuditRepo' here
  std::shared_ptr<Aws::S3::S3Client> archive_ = std::make_shared<Aws::S3::S3Client>();
  // CHECK-MESSAGES: :[[@LINE-1]]:{{[0-9]+}}: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
  Aws::S3::S3Client *borrowed_ = nullptr;
  static int instances_;
};

class Notifier {
public:
  Notifier();
private:
  Aws::SQS::SQSClient queue_;
};

Notifier::Notifier() : queue_(Aws::Client::ClientConfiguration("notify")) {}
// CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'Aws::SQS::SQSClient' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-2]]:31: warning: 'Aws::Client::ClientConfiguration' builds {{.*}} [awslambda-client-in-handler]

// The implicit constructor builds the members too.
struct Plain {
  Aws::S3::S3Client s3;
};

static invocation_response handler(invocation_request const &request) {
  OrderRepo orders;
  AuditRepo audit;
  Notifier notifier;
  Plain plain;
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// (Plain's member, built by its implicit constructor.)
// CHECK-MESSAGES: :56:21: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
