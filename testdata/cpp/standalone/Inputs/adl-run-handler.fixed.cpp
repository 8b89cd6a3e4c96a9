// run_handler called by its bare name, with no using directive: the
// handler's parameter type finds it (argument-dependent lookup), which the
// fix's lambda would not; the fix qualifies the call (aws-doc-sdk-examples'
// photo asset manager is written so).
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/lambda-runtime/runtime.h>

static aws::lambda_runtime::invocation_response
uploadHandler(aws::lambda_runtime::invocation_request const &request, Aws::Client::ClientConfiguration &clientConfiguration) {
  return aws::lambda_runtime::invocation_response::success(request.payload, "text/plain");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    Aws::Client::ClientConfiguration clientConfiguration;
    aws::lambda_runtime::run_handler([&clientConfiguration](aws::lambda_runtime::invocation_request const & request) { return uploadHandler(request, clientConfiguration); });
  }
  Aws::ShutdownAPI(options);
  return 0;
}
