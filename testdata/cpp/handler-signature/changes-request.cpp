// RUN: %check-clang-tidy %s awslambda-handler-signature %t
// A handler that changes its copy of the request would not compile taking it
// by const reference: the finding stands, with no fix (C++ trial 18 repro
// 19: std::transform over req.payload failed inside <bits/stl_algo.h>).
#include <aws/lambda-runtime/runtime.h>

#include <algorithm>
#include <cctype>
#include <string>

using namespace aws::lambda_runtime;

static void trim(std::string &text) { text.erase(text.find_last_not_of(' ') + 1); }

static invocation_response upper(invocation_request req) {
  std::transform(req.payload.begin(), req.payload.end(), req.payload.begin(), ::toupper);
  return invocation_response::success(req.payload, "text/plain");
}

static invocation_response trimmed(invocation_request req) {
  trim(req.payload);
  return invocation_response::success(req.payload, "text/plain");
}

int main() {
  run_handler(upper);
  run_handler(trimmed);
  run_handler([](invocation_request req) {
    std::reverse(req.payload.begin(), req.payload.end());
    return invocation_response::success(req.payload, "text/plain");
  });
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-20]]:53: warning: handler 'upper' takes invocation_request by value{{.*}}
// CHECK-MESSAGES: :[[@LINE-20]]:18: note: no fix: 'upper' changes its copy of the request here; copy what it changes from a const reference instead
// CHECK-MESSAGES: :[[@LINE-17]]:55: warning: handler 'trimmed' takes invocation_request by value{{.*}}
// CHECK-MESSAGES: :[[@LINE-17]]:8: note: no fix: 'trimmed' changes its copy of the request here
// CHECK-MESSAGES: :[[@LINE-11]]:37: warning: handler 'lambda' takes invocation_request by value{{.*}}
// CHECK-MESSAGES: :[[@LINE-11]]:18: note: no fix: 'lambda' changes its copy of the request here
// CHECK-FIXES: {{^}}static invocation_response upper(invocation_request req) {{{$}}
// CHECK-FIXES: {{^}}static invocation_response trimmed(invocation_request req) {{{$}}
// CHECK-FIXES: {{^}}  run_handler([](invocation_request req) {{{$}}
