// RUN: %check-clang-tidy %s awslambda-sdk-init-in-handler %t
// mongocxx::instance sets up the MongoDB C++ driver, which a process may do
// only once (issue 17): built on every invocation, the second one's throws.
#include <aws/lambda-runtime/runtime.h>
#include <mongocxx/instance.hpp>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  mongocxx::instance driver;
  return invocation_response::success("{}", "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-9]]:22: warning: 'mongocxx::instance' runs on every invocation of handler 'handler'; initialize the SDK once in main(), around run_handler [awslambda-sdk-init-in-handler]
