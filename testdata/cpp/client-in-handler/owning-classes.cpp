// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// A class of the project that owns a client builds it when the handler
// builds an object of it, however the object is made (issue 17): declared,
// with `new`, or by std::make_unique, std::make_shared or Aws::MakeShared
// (whose library code runs the constructor); in the class's own
// constructor, a base class's (written or implicit), or one it delegates to.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <memory>

using namespace aws::lambda_runtime;

class OrderStore {
public:
  OrderStore() {}
  explicit OrderStore(Aws::DynamoDB::DynamoDBClient *shared) : shared_(shared) {}
private:
  Aws::DynamoDB::DynamoDBClient *shared_ = nullptr;
  Aws::DynamoDB::DynamoDBClient own_;
  int padding_ = 0;
};

class StoreBase {
public:
  StoreBase() : ddb_(new Aws::DynamoDB::DynamoDBClient()) {}
private:
  std::unique_ptr<Aws::DynamoDB::DynamoDBClient> ddb_;
};
class AuditStore : public StoreBase {
public:
  AuditStore() {}
};
class ImplicitStore : public StoreBase {};

class Delegating {
public:
  Delegating() : Delegating(3) {}
  explicit Delegating(int retries) : retries_(retries) {
    Aws::DynamoDB::DynamoDBClient probe;
  }
private:
  int retries_;
};

static invocation_response unique(invocation_request const &request) {
  auto store = std::make_unique<OrderStore>();
  return invocation_response::success("{}", "application/json");
}
static invocation_response shared(invocation_request const &request) {
  auto store = Aws::MakeShared<AuditStore>("orders");
  return invocation_response::success("{}", "application/json");
}
static invocation_response allocated(invocation_request const &request) {
  std::shared_ptr<ImplicitStore> store(new ImplicitStore);
  auto other = std::make_shared<Delegating>();
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(unique);
  run_handler(shared);
  run_handler(allocated);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-50]]:33: warning: 'Aws::DynamoDB::DynamoDBClient' builds an AWS SDK client on every invocation of handler 'unique'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-24]]:16: note: 'unique' calls 'OrderStore::OrderStore' here
// CHECK-MESSAGES: :[[@LINE-46]]:17: warning: 'Aws::DynamoDB::DynamoDBClient' builds an AWS SDK client on every invocation of handler 'allocated'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-18]]:44: note: 'allocated' calls 'ImplicitStore::ImplicitStore' here
// CHECK-MESSAGES: :[[@LINE-40]]:7: note: 'ImplicitStore::ImplicitStore' calls 'StoreBase::StoreBase' here
// CHECK-MESSAGES: :[[@LINE-49]]:17: warning: 'Aws::DynamoDB::DynamoDBClient' builds an AWS SDK client on every invocation of handler 'shared'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-25]]:16: note: 'shared' calls 'AuditStore::AuditStore' here
// CHECK-MESSAGES: :[[@LINE-45]]:3: note: 'AuditStore::AuditStore' calls 'StoreBase::StoreBase' here
// CHECK-MESSAGES: :[[@LINE-38]]:35: warning: 'Aws::DynamoDB::DynamoDBClient' builds an AWS SDK client on every invocation of handler 'allocated'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-23]]:16: note: 'allocated' calls 'Delegating::Delegating' here
// CHECK-MESSAGES: :[[@LINE-42]]:18: note: 'Delegating::Delegating' calls 'Delegating::Delegating' here
