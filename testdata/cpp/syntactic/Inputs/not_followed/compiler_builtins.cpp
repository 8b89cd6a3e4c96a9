// A builtin of the compiler (a name C++ reserves to it) is not a call into
// "app/log.h", which is not beside the file: the handler is analyzed whole.
#include <aws/lambda-runtime/runtime.h>
#include "app/log.h"

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  if (__builtin_expect(request.payload.empty(), 0))
    return invocation_response::failure("empty event", "BadRequest");
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  run_handler(my_handler);
  return 0;
}
