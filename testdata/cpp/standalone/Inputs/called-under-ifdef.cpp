// A handler also called in a branch this build skips: the local-run idiom.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

#include <iostream>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  Aws::S3::S3Client s3;
  return invocation_response::success("ok", "text/plain");
}


int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
#ifdef LOCAL_RUN
  invocation_request r;
  r.payload = "{}";
  std::cout << handler(r).get_payload() << std::endl;
#endif
  run_handler(handler);
  Aws::ShutdownAPI(options);
}
