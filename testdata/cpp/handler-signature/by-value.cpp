// RUN: %check-clang-tidy %s awslambda-handler-signature %t
// A handler that takes invocation_request by value copies the payload on
// every invocation; the fix takes it by const reference.
#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

static invocation_response copies(invocation_request request) {
  return invocation_response::success(request.payload, "application/json");
}

static invocation_response fine(invocation_request const &request) {
  return invocation_response::success(request.payload, "application/json");
}

int main() {
  run_handler(copies);
  run_handler([](const invocation_request request) {
    return invocation_response::success(request.payload, "application/json");
  });
  run_handler(fine);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-17]]:54: warning: handler 'copies' takes invocation_request by value, which copies the payload on every invocation; take it by const reference [awslambda-handler-signature]
// CHECK-MESSAGES: :[[@LINE-9]]:3: note: 'copies' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
// CHECK-MESSAGES: :[[@LINE-9]]:43: warning: handler 'lambda' takes invocation_request by value{{.*}}
// CHECK-FIXES: {{^}}static invocation_response copies(invocation_request const & request) {{{$}}
// CHECK-FIXES: {{^}}  run_handler([](const invocation_request & request) {{{$}}
