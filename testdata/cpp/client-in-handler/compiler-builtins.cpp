// RUN: %check-clang-tidy %s awslambda-client-in-handler %t
// What the compiler declares itself is not a function of the project's the
// invoke path fails to enter (C++ trial 24 repro 04): va_list's
// `__va_list_tag`, which no file declares, and builtins such as
// `__builtin_expect`. The helper that uses them is followed, and nothing
// is said of them.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <cstdarg>
#include <cstdio>

using namespace aws::lambda_runtime;

static void log_line(char const *format, ...) {
  va_list arguments;
  va_start(arguments, format);
  std::vprintf(format, arguments);
  va_end(arguments);
}

static invocation_response my_handler(invocation_request const &request) {
  if (__builtin_expect(request.payload.empty(), 0))
    log_line("empty event %s\n", request.request_id.c_str());
  Aws::S3::S3Client client;
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}

// CHECK-MESSAGES: :[[@LINE-12]]:21: warning: 'Aws::S3::S3Client' builds {{.*}} [awslambda-client-in-handler]
// CHECK-MESSAGES: :[[@LINE-6]]:3: note: 'my_handler' is a Lambda handler: it is passed to aws::lambda_runtime::run_handler here
