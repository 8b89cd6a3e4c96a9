// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// The names the moved code spells must mean the same in main(), where the
// fix puts it: a using declaration that comes only after main() is not seen
// there, and a name main() declares of its own would hide the file's.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;
using Client = Aws::S3::S3Client;

static invocation_response late(invocation_request const &request);

static invocation_response hidden(invocation_request const &request) {
  Client s3;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'Aws::S3::S3Client' builds {{.*}} of handler 'hidden'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+12]]:5: note: 'hidden' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: no fix: main() declares a 'Client' of its own, which would hide the 'Client' the moved code names
  Aws::DynamoDB::DynamoDBClient table;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'Aws::DynamoDB::DynamoDBClient' builds {{.*}} of handler 'hidden'; {{.*}} [awslambda-client-in-handler]
  return invocation_response::success(request.payload, "text/plain");
}

int main(int argc, char **) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (argc == 1) {
    using Client = Aws::DynamoDB::DynamoDBClient;
    run_handler(hidden);
  } else {
    run_handler(late);
  }
  Aws::ShutdownAPI(options);
  return 0;
}

using Aws::S3::S3Client;
static invocation_response late(invocation_request const &request) {
  S3Client s3;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'Aws::S3::S3Client' builds {{.*}} of handler 'late'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE-10]]:5: note: 'late' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: no fix: the declaration of 's3' uses 'S3Client', which main() cannot see
  return invocation_response::success(request.payload, "text/plain");
}

// CHECK-FIXES: {{^}}static invocation_response hidden(invocation_request const &request, Aws::DynamoDB::DynamoDBClient &table) {{{$}}
// CHECK-FIXES: {{^}}  Client s3;{{$}}
// CHECK-FIXES: {{^}}    Aws::DynamoDB::DynamoDBClient table;{{$}}
// CHECK-FIXES-NEXT: {{^}}    run_handler([&table](invocation_request const & request) { return hidden(request, table); });{{$}}
// CHECK-FIXES: {{^}}  S3Client s3;{{$}}
