// RUN: %check-clang-tidy %s awslambda-handler-signature %t
// The fix changes every declaration of the handler in the file with its
// definition: a forward declaration left taking the request by value would
// match no definition (the out-of-line one in the namespace would not
// compile), and one before main() would declare an overload.
#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

namespace svc {
invocation_response handle(invocation_request request);
}

invocation_response svc::handle(invocation_request request) {
  return invocation_response::success(request.payload, "application/json");
}

static invocation_response later(invocation_request request);

int main() {
  run_handler(svc::handle);
  run_handler(later);
  return 0;
}

static invocation_response later(invocation_request request) {
  return invocation_response::success(request.payload, "application/json");
}

// CHECK-MESSAGES: :[[@LINE-16]]:52: warning: handler 'handle' takes invocation_request by value{{.*}} [awslambda-handler-signature]
// CHECK-MESSAGES: :[[@LINE-10]]:3: note: 'handle' is a Lambda handler
// CHECK-MESSAGES: :[[@LINE-6]]:53: warning: handler 'later' takes invocation_request by value{{.*}} [awslambda-handler-signature]
// CHECK-MESSAGES: :[[@LINE-11]]:3: note: 'later' is a Lambda handler
// CHECK-FIXES: {{^}}invocation_response handle(invocation_request const & request);{{$}}
// CHECK-FIXES: {{^}}invocation_response svc::handle(invocation_request const & request) {{{$}}
// CHECK-FIXES: {{^}}static invocation_response later(invocation_request const & request);{{$}}
// CHECK-FIXES: {{^}}static invocation_response later(invocation_request const & request) {{{$}}
