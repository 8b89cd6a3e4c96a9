// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// After one fix, run_handler gets a forwarding lambda; the next object the
// handler builds joins it (what a second `clang-tidy --fix` run sees when the
// first moved a connection).
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <pqxx/pqxx>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request, pqxx::connection &db) {
  Aws::S3::S3Client s3;
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  pqxx::connection db("dbname=orders");
  run_handler([&db](invocation_request const &request) { return handler(request, db); });
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-13]]:21: warning: 'Aws::S3::S3Client' builds an AWS SDK client on every invocation of handler 'handler'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-6]]:3: note: 'handler' is a Lambda handler: aws::lambda_runtime::run_handler is given a lambda that forwards to it here
// CHECK-FIXES: {{^}}static invocation_response handler(invocation_request const &request, pqxx::connection &db, Aws::S3::S3Client &s3) {{{$}}
// CHECK-FIXES: {{^}}  pqxx::connection db("dbname=orders");
// CHECK-FIXES-NEXT: {{^}}  {
// CHECK-FIXES-NEXT: {{^}}    Aws::S3::S3Client s3;
// CHECK-FIXES-NEXT: {{^}}    run_handler([&db, &s3](invocation_request const &request) { return handler(request, db, s3); });
// CHECK-FIXES-NEXT: {{^}}  }
