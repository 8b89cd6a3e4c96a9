#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/sqs/SQSClient.h>
#include <functional>
using namespace aws::lambda_runtime;

static std::function<invocation_response(invocation_request const &)> make_handler() {
  return [](invocation_request const &req) {
    Aws::SQS::SQSClient sqs;
    return invocation_response::success("ok", "text/plain");
  };
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  run_handler(make_handler());
  Aws::ShutdownAPI(options);
}
