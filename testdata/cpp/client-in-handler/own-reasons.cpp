// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// An object that cannot move to main() for a reason of its own (set up from
// the request, reading one that stays, a name main() has) stays, with that
// reason on its own finding; the others still move, together.
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentialsProvider.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config;
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'Aws::Client::ClientConfiguration' builds {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE-2]]:36: note: no fix: 'config' is set up before its use by 'config.region = request.payload;', which cannot move to main() with it (it uses 'request', which main() cannot see); built in main(), 'config' would miss that
  config.region = request.payload;
  Aws::S3::S3Client tenant(config);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: no fix: the declaration of 'tenant' uses 'config', which stays in the handler (its note says why)
  Aws::DynamoDB::DynamoDBClient table;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'Aws::DynamoDB::DynamoDBClient' builds {{.*}} [awslambda-client-in-handler]
  Aws::Auth::EnvironmentAWSCredentialsProvider credentials;
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: 'Aws::Auth::EnvironmentAWSCredentialsProvider' builds {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE-4]]:33: note: moved to main() by the fix of the first one here
  Aws::S3::S3Client archive;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: no fix: main() already declares an 'archive'
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  Aws::S3::S3Client archive;
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-FIXES: {{^}}static invocation_response my_handler(invocation_request const &request, Aws::DynamoDB::DynamoDBClient &table, Aws::Auth::EnvironmentAWSCredentialsProvider &credentials) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  Aws::Client::ClientConfiguration config;
// CHECK-FIXES: {{^}}  config.region = request.payload;
// CHECK-FIXES-NEXT: {{^}}  Aws::S3::S3Client tenant(config);
// CHECK-FIXES: {{^}}  Aws::S3::S3Client archive;
// CHECK-FIXES: {{^}}  Aws::InitAPI(options);
// CHECK-FIXES-NEXT: {{^}}  Aws::S3::S3Client archive;
// CHECK-FIXES-NEXT: {{^}}  {
// CHECK-FIXES-NEXT: {{^}}    Aws::DynamoDB::DynamoDBClient table;
// CHECK-FIXES-NEXT: {{^}}    Aws::Auth::EnvironmentAWSCredentialsProvider credentials;
// CHECK-FIXES-NEXT: {{^}}    run_handler([&table, &credentials](invocation_request const & request) { return my_handler(request, table, credentials); });
// CHECK-FIXES-NEXT: {{^}}  }
