// run_handler is given a lambda, held in a variable, that forwards to a
// function of the file (aws-lambda-cpp's examples' shape): that function is
// the handler, and the fix gives the lambda its objects.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

static invocation_response my_handler(invocation_request const &request) {
  Aws::S3::S3Client client;
  return invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    auto handler_fn = [](invocation_request const &request) {
      return my_handler(request);
    };
    run_handler(handler_fn);
  }
  Aws::ShutdownAPI(options);
  return 0;
}
