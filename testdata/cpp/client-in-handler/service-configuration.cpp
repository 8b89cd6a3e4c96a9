// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// SDK 1.11's per-service configurations (Aws::S3::S3ClientConfiguration, ...)
// derive from Aws::Client::ClientConfiguration and look the region up as it
// does: reported, and moved to main() with what sets them up, as it is.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  Aws::S3::S3ClientConfiguration config;
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'Aws::S3::S3ClientConfiguration' builds an SDK client configuration on every invocation of handler 'my_handler'; without a region set, its constructor asks the instance metadata service for one, which takes seconds when the service is unreachable [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+13]]:3: note: 'my_handler' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
  config.region = "eu-west-1";
  Aws::S3::S3Client client(config);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Aws::S3::S3Client' builds an AWS SDK client on every invocation of handler 'my_handler'; {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+9]]:3: note: 'my_handler' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-7]]:34: note: moved to main() by the fix of the first one here
  client.GetObject(Aws::S3::Model::GetObjectRequest().WithBucket("orders"));
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-FIXES: {{^}}static invocation_response my_handler(invocation_request const &request, Aws::S3::S3ClientConfiguration &config, Aws::S3::S3Client &client) {{{$}}
// CHECK-FIXES-NOT: config.region
// CHECK-FIXES: {{^}}  client.GetObject(
// CHECK-FIXES: {{^}}  Aws::InitAPI(options);
// CHECK-FIXES-NEXT: {{^}}  {
// CHECK-FIXES-NEXT: {{^}}    Aws::S3::S3ClientConfiguration config;
// CHECK-FIXES-NEXT: {{^}}    config.region = "eu-west-1";
// CHECK-FIXES-NEXT: {{^}}    Aws::S3::S3Client client(config);
// CHECK-FIXES-NEXT: {{^}}    run_handler([&config, &client](invocation_request const & request) { return my_handler(request, config, client); });
// CHECK-FIXES-NEXT: {{^}}  }
