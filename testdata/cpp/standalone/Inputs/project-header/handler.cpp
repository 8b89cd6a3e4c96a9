// A handler whose helpers are defined in headers: the project's own
// (helpers.h, included with quotes) is followed; a vendored library's
// (vendor/, outside the project) and a system header's are not.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>

#include "helpers.h"
#include "vendor_helpers.h"

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  int objects = count_objects();
  vendor_count();
  return invocation_response::success(std::to_string(objects),
                                      "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
