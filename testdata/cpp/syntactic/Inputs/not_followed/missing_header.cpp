// A call into a project header that is not beside the file (it is found
// through the build's include path, which hoist does not know without one):
// the call may build anything.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include "project/clients.h"

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  auto client = project::make_client();
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  run_handler(my_handler);
  return 0;
}
