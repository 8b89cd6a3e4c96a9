// A handler held in a std::function, given to run_handler in the braceless
// branch of an if/else: the objects go before the variable.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/core/utils/memory/AWSMemory.h>
#include <aws/s3/S3Client.h>
#include <functional>
#include <memory>

using namespace aws::lambda_runtime;

static invocation_response health(invocation_request const &request) {
  return invocation_response::success("ok", "text/plain");
}

static invocation_response upload(invocation_request const &request) {
  auto client = Aws::MakeShared<Aws::S3::S3Client>("upload");
  return invocation_response::success(request.payload, "text/plain");
}

int main(int argc, char **) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  std::function<invocation_response(invocation_request const &)> f = upload;
  if (argc > 1) run_handler(health);
  else run_handler(f);
  Aws::ShutdownAPI(options);
  return 0;
}
