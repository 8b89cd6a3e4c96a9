// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// The SDK objects a handler declares move to main(), after Aws::InitAPI and
// before run_handler, and reach the handler by reference, as aws-lambda-cpp's
// examples do.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static const char *const kBucket = "orders";

static invocation_response my_handler(invocation_request const &request) {
  Aws::Client::ClientConfiguration config("default");
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'Aws::Client::ClientConfiguration' builds an SDK client configuration on every invocation of handler 'my_handler'; without a region set, its constructor asks the instance metadata service for one, which takes seconds when the service is unreachable [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+12]]:3: note: 'my_handler' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
  Aws::S3::S3Client client;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Aws::S3::S3Client' builds an AWS SDK client on every invocation of handler 'my_handler'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+9]]:3: note: 'my_handler' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-6]]:36: note: moved to main() by the fix of the first one here
  client.GetObject(Aws::S3::Model::GetObjectRequest().WithBucket(kBucket));
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-FIXES: {{^}}static invocation_response my_handler(invocation_request const &request, Aws::Client::ClientConfiguration &config, Aws::S3::S3Client &client) {{{$}}
// CHECK-FIXES-NOT: Aws::S3::S3Client client;
// CHECK-FIXES: {{^}}  client.GetObject(
// CHECK-FIXES: {{^}}  Aws::InitAPI(options);
// CHECK-FIXES-NEXT: {{^}}  {
// CHECK-FIXES-NEXT: {{^}}    Aws::Client::ClientConfiguration config("default");
// CHECK-FIXES-NEXT: {{^}}    Aws::S3::S3Client client;
// CHECK-FIXES-NEXT: {{^}}    run_handler([&config, &client](invocation_request const & request) { return my_handler(request, config, client); });
// CHECK-FIXES-NEXT: {{^}}  }
