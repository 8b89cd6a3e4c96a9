// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// Objects built with braces are built as with parentheses, and a `new`
// handed to a smart pointer's temporary is owned by it: the variable that
// holds the pointer moves to main().
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <memory>

using namespace aws::lambda_runtime;

static void use(const Aws::S3::S3Client &) {}

static invocation_response my_handler(invocation_request const &request) {
  use(Aws::S3::S3Client{});
  auto braced = Aws::S3::S3Client{};
  auto owned = std::unique_ptr<Aws::S3::S3Client>(new Aws::S3::S3Client{});
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-14]]:7: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-6]]:3: note: 'my_handler' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
// CHECK-MESSAGES: :[[@LINE-16]]:7: note: no fix: it is a temporary; {{.*}}
// CHECK-MESSAGES: :[[@LINE-16]]:8: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-16]]:8: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-18]]:8: note: moved to main() by the fix of the first one here
// CHECK-FIXES: static invocation_response my_handler(invocation_request const &request, Aws::S3::S3Client &braced, std::unique_ptr<Aws::S3::S3Client> &owned) {
// CHECK-FIXES: Aws::InitAPI(options);
// CHECK-FIXES-NEXT: {
// CHECK-FIXES-NEXT: auto braced = Aws::S3::S3Client{};
// CHECK-FIXES-NEXT: auto owned = std::unique_ptr<Aws::S3::S3Client>(new Aws::S3::S3Client{});
