// aws-lambda-cpp's own API, however the file names it, is the library's,
// not project code a header beside the build's include path may declare:
// the handler is analyzed whole.
#include <aws/lambda-runtime/runtime.h>
#include <aws/logging/logging.h>
#include "app/config.h"

using namespace aws::lambda_runtime;
using namespace aws::logging;
namespace lr = aws::lambda_runtime;
using aws::lambda_runtime::invocation_response;

static invocation_response my_handler(invocation_request const &request) {
  log_info("handler", "payload of %zu bytes", request.payload.size());
  if (request.payload.empty())
    return invocation_response::failure("empty event", "BadRequest");
  if (request.payload == "{}")
    return lr::invocation_response::failure("no fields", "BadRequest");
  return aws::lambda_runtime::invocation_response::success(request.payload,
                                                           "text/plain");
}

int main() {
  run_handler(my_handler);
  return 0;
}
