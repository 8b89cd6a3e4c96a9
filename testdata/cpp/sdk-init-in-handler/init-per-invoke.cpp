// RUN: %check-clang-tidy %s awslambda-sdk-init-in-handler %t
// Aws::InitAPI and Aws::ShutdownAPI belong around run_handler in main(), once.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

static void with_sdk() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  Aws::ShutdownAPI(options);
}

static invocation_response handler(invocation_request const &request) {
  with_sdk();
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-17]]:3: warning: 'Aws::InitAPI' runs on every invocation of handler 'handler'; initialize the SDK once in main(), around run_handler [awslambda-sdk-init-in-handler]
// CHECK-MESSAGES: :[[@LINE-6]]:3: note: 'handler' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
// CHECK-MESSAGES: :[[@LINE-14]]:3: note: 'handler' calls 'with_sdk' here
// CHECK-MESSAGES: :[[@LINE-19]]:3: warning: 'Aws::ShutdownAPI' runs on every invocation of handler 'handler'; {{.*}} [awslambda-sdk-init-in-handler]
