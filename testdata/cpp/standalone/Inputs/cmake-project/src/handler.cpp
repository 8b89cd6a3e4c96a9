// A project unpacked from a tarball (no .git): its headers are those of the
// CMake project around the handler, common/ included.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>

#include "clients.h"

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  return invocation_response::success(std::to_string(count_objects()),
                                      "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(my_handler);
  Aws::ShutdownAPI(options);
  return 0;
}
