// RUN: %check-clang-tidy %s awslambda-client-in-handler %t -- --fix-notes
// A client a reference holds ('auto &&', 'const T &' bound to a temporary)
// gets no fix, as the syntactic mode decides: moved, its parameter would
// be a reference to a reference (C++ trial 18 repro 01).
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  auto &&s3 = Aws::S3::S3Client();
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-12]]:10: warning: 'Aws::S3::S3Client' builds {{.*}}
// CHECK-MESSAGES: :[[@LINE-13]]:10: note: no fix: it is a temporary; declare it in main() and pass it to the handler
// CHECK-FIXES: {{^}}static invocation_response handler(invocation_request const &request) {{{$}}
// CHECK-FIXES: {{^}}  auto &&s3 = Aws::S3::S3Client();{{$}}
