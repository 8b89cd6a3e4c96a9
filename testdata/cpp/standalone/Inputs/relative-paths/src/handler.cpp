// A handler whose compile command names it, and its include directory,
// relative to the command's directory.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>

#include "app/clients.h"

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &request) {
  Aws::S3::S3Client s3;
  auto helper_made = app::make_s3();
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
  return 0;
}
