#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include "app/inline_clients.h"
using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  auto s3 = app::make_s3();
  (void)s3;
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
