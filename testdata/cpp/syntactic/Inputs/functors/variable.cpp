#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

using namespace aws::lambda_runtime;

// A functor held in a variable of main().
struct Service {
  invocation_response operator()(invocation_request const &request) {
    auto s3 = Aws::MakeShared<Aws::S3::S3Client>("svc");
    return invocation_response::success("ok", "text/plain");
  }
};

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  Service service;
  run_handler(service);
  Aws::ShutdownAPI(options);
  return 0;
}
