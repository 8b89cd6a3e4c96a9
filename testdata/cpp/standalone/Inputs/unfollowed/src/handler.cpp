#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include "app/clients.h"
using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  auto ddb = app::make_ddb();
  CURL *h = app::http();
  curl_easy_cleanup(h);
  return invocation_response::success("ok", "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
