// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// Shapes of main() the fix must write code for that compiles (clang-tidy
// applies it with no compile check), or offer no fix: a handler in a
// namespace is called by the name main() gives it; a handler held in a
// std::function gets its objects before the variable; a run_handler that is
// a braceless branch has no place for a declaration; a name the handler's
// namespace resolves is not moved where main() would not find it.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <functional>

using namespace aws::lambda_runtime;

namespace svc {
invocation_response handle(invocation_request const &request) {
  Aws::S3::S3Client client;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Aws::S3::S3Client' builds {{.*}} of handler 'handle'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+33]]:5: note: 'handle' is a Lambda handler
  return invocation_response::success(request.payload, "text/plain");
}

using namespace Aws::DynamoDB;
invocation_response scoped(invocation_request const &request) {
  DynamoDBClient table;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'Aws::DynamoDB::DynamoDBClient' builds {{.*}} of handler 'scoped'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+27]]:5: note: 'scoped' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: no fix: the moved code names 'DynamoDBClient' through the handler's namespace or a declaration in its body, which main() does not see
  return invocation_response::success(request.payload, "text/plain");
}
} // namespace svc

static invocation_response held(invocation_request const &request) {
  Aws::S3::S3Client s3;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Aws::S3::S3Client' builds {{.*}} of handler 'held'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+21]]:5: note: 'held' is a Lambda handler
  return invocation_response::success(request.payload, "text/plain");
}

static invocation_response upload(invocation_request const &request) {
  Aws::S3::S3Client uploads;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Aws::S3::S3Client' builds {{.*}} of handler 'upload'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+16]]:5: note: 'upload' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: no fix: run_handler is not called as a statement of its own in a block, where the objects could be declared before it
  return invocation_response::success(request.payload, "text/plain");
}

int main(int argc, char **) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (argc == 1) {
    run_handler(svc::handle);
  } else if (argc == 2) {
    run_handler(svc::scoped);
  } else if (argc == 3) {
    std::function<invocation_response(invocation_request const &)> f = held;
    run_handler(f);
  } else
    run_handler(upload);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-FIXES: {{^}}invocation_response handle(invocation_request const &request, Aws::S3::S3Client &client) {{{$}}
// CHECK-FIXES: {{^}}  DynamoDBClient table;{{$}}
// CHECK-FIXES: {{^}}static invocation_response held(invocation_request const &request, Aws::S3::S3Client &s3) {{{$}}
// CHECK-FIXES: {{^}}  Aws::S3::S3Client uploads;{{$}}
// CHECK-FIXES: {{^}}  if (argc == 1) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    Aws::S3::S3Client client;{{$}}
// CHECK-FIXES-NEXT: {{^}}    run_handler([&client](invocation_request const & request) { return svc::handle(request, client); });{{$}}
// CHECK-FIXES-NEXT: {{^}}  } else if (argc == 2) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    run_handler(svc::scoped);{{$}}
// CHECK-FIXES-NEXT: {{^}}  } else if (argc == 3) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    Aws::S3::S3Client s3;{{$}}
// CHECK-FIXES-NEXT: {{^}}    std::function<invocation_response(invocation_request const &)> f = [&s3](invocation_request const & request) { return held(request, s3); };{{$}}
// CHECK-FIXES-NEXT: {{^}}    run_handler(f);{{$}}
// CHECK-FIXES-NEXT: {{^}}  } else{{$}}
// CHECK-FIXES-NEXT: {{^}}    run_handler(upload);{{$}}
