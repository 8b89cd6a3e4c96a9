// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// Handlers are whatever run_handler is given: a lambda inline or in a
// variable, a std::function, a functor; or a function with the handler
// signature. A function that is neither is not a handler.
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <functional>

using namespace aws::lambda_runtime;

struct Functor {
  invocation_response operator()(invocation_request const &) const {
    Aws::S3::S3Client in_functor;
    return invocation_response::success("{}", "application/json");
  }
};

invocation_response by_signature(invocation_request const &) {
  Aws::S3::S3Client in_signature;
  return invocation_response::success("{}", "application/json");
}

void not_a_handler() { Aws::S3::S3Client fine; }

int main() {
  auto in_variable = [](invocation_request const &) {
    Aws::S3::S3Client in_lambda_variable;
    return invocation_response::success("{}", "application/json");
  };
  std::function<invocation_response(invocation_request const &)> wrapped =
      [](invocation_request const &) {
        Aws::S3::S3Client in_std_function;
        return invocation_response::success("{}", "application/json");
      };
  run_handler(in_variable);
  run_handler(wrapped);
  run_handler(Functor{});
  run_handler([](invocation_request const &) {
    Aws::S3::S3Client inline_lambda;
    return invocation_response::success("{}", "application/json");
  });
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-32]]:23: warning: 'Aws::S3::S3Client' builds an AWS SDK client on every invocation of handler 'Functor'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-9]]:3: note: 'Functor' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
// CHECK-MESSAGES: :[[@LINE-28]]:21: warning: 'Aws::S3::S3Client' builds an AWS SDK client on every invocation of handler 'by_signature'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-30]]:21: note: 'by_signature' is a Lambda handler: it has the signature invocation_response(invocation_request const&)
// CHECK-MESSAGES: :[[@LINE-22]]:23: warning: {{.*}} of handler 'in_variable'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-18]]:27: warning: {{.*}} of handler 'wrapped'; {{.*}}
// CHECK-MESSAGES: :[[@LINE-12]]:23: warning: {{.*}} of handler 'lambda'; {{.*}}
