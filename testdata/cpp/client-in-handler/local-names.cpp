// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// A handler whose body declares the names its objects' declarations use
// (a using declaration, a type alias) gets no fix: moved to main(), the
// declaration would name what main() does not see. A handler given by its
// address (`&by_address`) has the whole argument replaced by the lambda.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  using Aws::S3::S3Client;
  S3Client client;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+16]]:5: note: 'my_handler' is a Lambda handler
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: no fix: the moved code names 'S3Client' through the handler's namespace or a declaration in its body, which main() does not see
  return invocation_response::success(request.payload, "text/plain");
}

static invocation_response by_address(invocation_request const &request) {
  Aws::S3::S3Client other;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
  // CHECK-MESSAGES: :[[@LINE+10]]:5: note: 'by_address' is a Lambda handler
  return invocation_response::success(request.payload, "text/plain");
}

int main(int argc, char **) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  if (argc == 1) {
    run_handler(my_handler);
  } else {
    run_handler(&by_address);
  }
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-FIXES: {{^}}  S3Client client;{{$}}
// CHECK-FIXES: {{^}}static invocation_response by_address(invocation_request const &request, Aws::S3::S3Client &other) {{{$}}
// CHECK-FIXES: {{^}}    run_handler(my_handler);{{$}}
// CHECK-FIXES: {{^}}    Aws::S3::S3Client other;{{$}}
// CHECK-FIXES-NEXT: {{^}}    run_handler([&other](invocation_request const & request) { return by_address(request, other); });{{$}}
